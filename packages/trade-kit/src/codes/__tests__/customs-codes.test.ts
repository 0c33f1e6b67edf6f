import { createCodeTables } from '../customs-codes';
import { InvalidInputError } from '../../errors';

describe('customs code tables', () => {
  const t = createCodeTables();
  it('maps ISO codes to China customs codes', () => {
    expect(t.toCustoms('currency', 'CNY')).toBe('142');
    expect(t.toCustoms('country', 'KZ')).toBe(t.toCustoms('country', 'KAZ'));
    expect(t.toCustoms('unit', 'piece')).toBe('007');
  });
  it('only confirms what the reference states', () => {
    expect(t.lookup('currency', 'CNY')?.confirmed).toBe(true);
    expect(t.lookup('currency', 'RUB')?.confirmed).toBe(false);
    const unconfirmed = t.unconfirmed();
    expect(unconfirmed.some((r) => r.kind === 'country' && r.key === 'SA')).toBe(true);
    for (const kind of ['currency', 'country', 'unit'] as const) for (const r of t.rows(kind)) {
      expect(r.customs).toMatch(/^[0-9A-Z]{3}$/);
      expect(r.source).not.toBe('');
    }
  });
  it('lets callers override and add codes', () => {
    const o = createCodeTables({ overrides: { currency: { RUB: '999', UZS: '888' } }, overrideSource: 'GACC 参数库 2026-11' });
    expect(o.lookup('currency', 'RUB')).toMatchObject({ customs: '999', confirmed: true, source: 'GACC 参数库 2026-11' });
    expect(o.toCustoms('currency', 'UZS')).toBe('888');
    expect(t.toCustoms('currency', 'RUB')).not.toBe('999');
  });
  it('declares the Pakistani rupee, and still refuses the market currencies no source gives a code for', () => {
    expect(t.lookup('currency', 'PKR')).toMatchObject({ customs: '127', confirmed: false });
    // No public copy of the JGS-20 table gives these; they stay errors rather than guesses.
    for (const iso of ['KZT', 'SAR', 'AED', 'TRY', 'EGP', 'RSD', 'PLN', 'HUF', 'VND']) {
      expect(() => t.toCustoms('currency', iso)).toThrow(new RegExp(`No China customs currency code for "${iso}"`));
    }
  });
  it('explains a missing code', () => {
    expect(() => t.toCustoms('currency', 'UZS')).toThrow(InvalidInputError);
    expect(() => t.toCustoms('currency', 'UZS')).toThrow(/overrides: \{ currency: \{ UZS/);
    expect(() => createCodeTables({ overrides: { unit: { box: 'toolong' } } })).toThrow(/3-character/);
  });
});
