import { gs1Date, gs1ElementString, gtinCheckDigit, parseGs1, validateGtin } from '../gs1';

const GS = '\u001d';
const TODAY = new Date('2026-11-30T00:00:00Z');
// GS1's own example GTIN and a retail EAN-13 printed on a real product, both with valid check digits.
const GTIN = '09506000134352';
const EAN13 = '4006381333931';

describe('GTIN check digit (GS1 mod 10)', () => {
  it('computes the published check digits', () => {
    expect(gtinCheckDigit(GTIN.slice(0, 13))).toBe('2');
    expect(gtinCheckDigit(EAN13.slice(0, 12))).toBe('1');
  });

  it('accepts GTIN-8/12/13/14 and pads them to 14 digits', () => {
    expect(validateGtin(EAN13)).toEqual({ ok: true, gtin: `0${EAN13}` });
    expect(validateGtin('96385074')).toEqual({ ok: true, gtin: '00000096385074' });
    expect(validateGtin(GTIN)).toEqual({ ok: true, gtin: GTIN });
  });

  it('catches every single-digit change', () => {
    for (let i = 0; i < 13; i++) {
      const changed = GTIN.slice(0, i) + ((Number(GTIN[i]) + 1) % 10) + GTIN.slice(i + 1);
      expect([i, validateGtin(changed).ok]).toEqual([i, false]);
    }
  });

  it('refuses wrong lengths and letters, saying what it expected', () => {
    expect(validateGtin('123456789')).toEqual({ ok: false, reason: expect.stringMatching(/8, 12, 13 or 14 digits/) });
    expect(validateGtin('0950600013435A')).toMatchObject({ ok: false });
    expect(validateGtin('09506000134353')).toEqual({ ok: false, reason: expect.stringMatching(/expected 2, got 3/) });
  });
});

describe('GS1 dates (YYMMDD)', () => {
  it('reads a date in this century and day 00 as the last of the month', () => {
    expect(gs1Date('281231', TODAY)).toBe('2028-12-31');
    expect(gs1Date('280200', TODAY)).toBe('2028-02-29');
    expect(gs1Date('270200', TODAY)).toBe('2027-02-28');
  });

  it('puts a year more than 50 ahead in the previous century', () => {
    expect(gs1Date('990101', TODAY)).toBe('1999-01-01');
    expect(gs1Date('760101', TODAY)).toBe('2076-01-01');
    expect(gs1Date('770101', TODAY)).toBe('1977-01-01');
  });

  it('refuses impossible dates', () => {
    for (const bad of ['281301', '280230', '270229', '28123', 'AB1231', '280000']) expect([bad, gs1Date(bad, TODAY)]).toEqual([bad, undefined]);
  });
});

describe('parseGs1', () => {
  const full = { gtin: GTIN, productionDate: '2026-01-15', expiryDate: '2028-12-31', lot: 'A23-7', serial: 'SN0001' };
  const text = `(01)${GTIN}(11)260115(17)281231(10)A23-7(21)SN0001`;

  it('reads the human-readable bracketed form', () => {
    expect(parseGs1(text, TODAY)).toEqual({ ok: true, udi: { ...full, text } });
  });

  it('reads the element string a scanner sends, with FNC1 as GS and a symbology identifier', () => {
    const scanned = `]d201${GTIN}112601151728123110A23-7${GS}21SN0001`;
    expect(parseGs1(scanned, TODAY)).toEqual({ ok: true, udi: { ...full, text } });
    // A leading FNC1 and fields in another order read the same identifier.
    expect(parseGs1(`${GS}01${GTIN}21SN0001${GS}10A23-7${GS}17281231${GS}11260115`, TODAY)).toEqual({ ok: true, udi: { ...full, text } });
  });

  it('writes the element string back with GS only between variable-length fields', () => {
    const parsed = parseGs1(text, TODAY);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(gs1ElementString(parsed.udi)).toBe(`01${GTIN}1126011517281231${'10A23-7'}${GS}21SN0001`);
    expect(parseGs1(gs1ElementString(parsed.udi), TODAY)).toEqual(parsed);
  });

  it('accepts a GTIN alone and a GTIN with serial only', () => {
    expect(parseGs1(`(01)${GTIN}`, TODAY)).toEqual({ ok: true, udi: { gtin: GTIN, text: `(01)${GTIN}` } });
    expect(parseGs1(`01${GTIN}21X9`, TODAY)).toEqual({ ok: true, udi: { gtin: GTIN, serial: 'X9', text: `(01)${GTIN}(21)X9` } });
  });

  it.each([
    ['an empty input', '  ', /empty/],
    ['no GTIN', '(10)A23(21)1', /GTIN \(01\) is missing/],
    ['a wrong GTIN check digit', `(01)09506000134353(21)1`, /wrong check digit: expected 2, got 3/],
    ['a short GTIN', '(01)0950600013435(21)1', /\(01\) GTIN must be 14 digits/],
    ['an impossible expiry', `(01)${GTIN}(17)281332`, /\(17\) expiry date "281332" is not a date/],
    ['an expiry with letters', `(01)${GTIN}(17)28AB31`, /\(17\) expiry date/],
    ['a serial longer than 20', `(01)${GTIN}(21)${'1'.repeat(21)}`, /\(21\) serial must be 1 to 20 characters, got 21/],
    ['an empty lot', `(01)${GTIN}(10)(21)1`, /\(10\) lot must be 1 to 20 characters, got 0/],
    ['a character outside set 82', `(01)${GTIN}(21)SN 01`, /\(21\) serial "SN 01" has a character GS1 does not allow/],
    ['a repeated AI', `(01)${GTIN}(21)1(21)2`, /\(21\) serial appears twice/],
    ['an unsupported AI', `(01)${GTIN}(99)X`, /\(99\) is not one of/],
    ['an unknown AI in an element string', `01${GTIN}30${'5'}`, /application identifier 30 at position 17/],
    ['text outside brackets', `(01)${GTIN}(21)1)`, /cannot read "\)"/],
    ['a truncated element string', `01${GTIN.slice(0, 10)}`, /\(01\) GTIN must be 14 digits/],
  ])('refuses %s and says why', (_what, input, reason) => {
    expect(parseGs1(input, TODAY)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
