import { getHs } from '../hs';
import { getIsoClass, listIsoClasses, suggestHsForIsoClass } from '../iso9999';

describe('ISO 9999 classes', () => {
  it('accepts the code in several spellings', () => {
    for (const c of ['12 22', '1222', '12.22']) expect(getIsoClass(c)?.names.en).toBe('Manual wheelchairs');
    expect(getIsoClass('99 99')).toBeUndefined();
  });
  it('has names in English, Chinese, Russian and Arabic for every class', () => {
    const all = listIsoClasses();
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const c of all) {
      expect(c.names.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.names.ru).toMatch(/[\u0400-\u04ff]/);
      expect(c.names.ar).toMatch(/[\u0600-\u06ff]/);
      if (c.parent) expect(getIsoClass(c.parent)).toBeDefined();
    }
  });
  it('lists children of a class', () => {
    const codes = listIsoClasses({ parent: '12' }).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['12 03', '12 06', '12 22', '12 23']));
    expect(codes).not.toContain('12 23 06');
  });
  it('marks classes the reference lists as unconfirmed', () => {
    expect(getIsoClass('22 06')?.confirmed).toBe(false);
    expect(getIsoClass('12 22')?.confirmed).toBe(true);
  });
  it('suggests valid HS subheadings', () => {
    expect(suggestHsForIsoClass('12 22').map((s) => s.code)).toEqual(['871310', '871420']);
    expect(suggestHsForIsoClass('22 06')[0]).toMatchObject({ code: '902140', confidence: 'high' });
    expect(suggestHsForIsoClass('18 12')[0].code).toBe('940290');
    for (const c of listIsoClasses()) for (const s of suggestHsForIsoClass(c.code)) expect(getHs(s.code)?.level).toBe('subheading');
  });
  it('falls back to the parent class', () => {
    expect(suggestHsForIsoClass('12 23 06').map((s) => s.code)).toContain('871390');
    expect(suggestHsForIsoClass('06 12 09').map((s) => s.code)).toEqual(['902110']);
  });
});
