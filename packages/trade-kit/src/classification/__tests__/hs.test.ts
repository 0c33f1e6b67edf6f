import fs from 'node:fs';
import path from 'node:path';
import { getHs, normaliseHsCode, searchHs } from '../hs';
import { REFERENCE } from '../../../test/helpers';

describe('HS 2022 data', () => {
  it('holds every chapter, heading and subheading of the reference CSV', () => {
    const csv = fs.readFileSync(path.join(REFERENCE, 'hs2022', 'harmonized-system.csv'), 'utf8').split('\n');
    const codes = csv.slice(1).map((l) => l.split(',')[1]).filter((c) => c && /^\d+$/.test(c));
    expect(codes.length).toBeGreaterThan(6900);
    for (const code of codes) expect(getHs(code)?.code).toBe(code);
  });
});

describe('normaliseHsCode', () => {
  it.each([
    ['8713.10', '871310'],
    ['8713 10', '871310'],
    ['9021.40.00.00', '9021400000'],
    ['87131000', '87131000'],
  ])('accepts %s', (input, code) => {
    const r = normaliseHsCode(input);
    expect(r).toMatchObject({ ok: true, code, subheading: code.slice(0, 6) });
    if (r.ok) expect(r.description.toLowerCase()).toContain(code.startsWith('8713') ? 'disabled' : 'hearing');
  });

  it.each([
    ['871399', /not an HS 2022 subheading.*heading 8713/],
    ['7721400000', /starts with 772140.*chapter 77 does not exist/],
    ['8713', /4 digits/],
    ['87A310', /only digits/],
    ['', /empty/],
  ])('rejects %s with a reason', (input, reason) => {
    const r = normaliseHsCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('getHs', () => {
  it('returns the parents chapter first', () => {
    const d = getHs('871310')!;
    expect(d.level).toBe('subheading');
    expect(d.parents.map((p) => p.code)).toEqual(['87', '8713']);
    expect(d.parents[1].description).toMatch(/disabled persons/i);
    expect(d.section.code).toBe('XVII');
  });
  it('returns undefined for unknown codes', () => expect(getHs('771000')).toBeUndefined());
});

describe('searchHs', () => {
  it('finds by code prefix', () => {
    const r = searchHs('9021', { limit: 50 });
    expect(r[0].code).toBe('9021');
    expect(r.every((e) => e.code.startsWith('9021'))).toBe(true);
    expect(r.map((e) => e.code)).toContain('902140');
  });
  it('requires every word, case-insensitively', () => {
    const r = searchHs('HEARING aids');
    expect(r.map((e) => e.code)).toContain('902140');
    for (const e of r) expect(e.description.toLowerCase()).toMatch(/hearing[\s\S]*aids|aids[\s\S]*hearing/);
    expect(searchHs('hearing wheelchair zzz')).toEqual([]);
  });
  it('honours the limit', () => expect(searchHs('parts', { limit: 3 })).toHaveLength(3));
});
