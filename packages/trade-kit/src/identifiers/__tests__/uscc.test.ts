import { organisationCodeCheckCharacter, usccCheckCharacter, validateUnifiedSocialCreditCode } from '../uscc';

// Codes of two large companies as published on their business licences.
const REAL = ['91110000100011743X', '914403001922038216'];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(REAL)('accepts the real code %s', (code) => {
    expect(validateUnifiedSocialCreditCode(code)).toEqual({ ok: true, code });
  });

  it('normalises case and surrounding spaces', () => {
    expect(validateUnifiedSocialCreditCode(' 91110000100011743x ')).toEqual({ ok: true, code: '91110000100011743X' });
  });

  it('rejects a wrong final check character and says which one is expected', () => {
    const r = validateUnifiedSocialCreditCode('91110000100011743Y');
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/expected "X", got "Y"/) });
  });

  it('catches every single-character change of a valid code', () => {
    const code = REAL[1];
    for (let i = 0; i < 17; i++) {
      const changed = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1);
      expect([i, validateUnifiedSocialCreditCode(changed).ok]).toEqual([i, false]);
    }
  });

  it('rejects bad length, forbidden letters and a malformed division code', () => {
    expect(validateUnifiedSocialCreditCode('9111000010001174')).toMatchObject({ reason: 'must be 18 characters, got 16' });
    expect(validateUnifiedSocialCreditCode('91110000I0001174 3X'.replace(' ', ''))).toMatchObject({ reason: expect.stringMatching(/character 9 \("I"\)/) });
    expect(validateUnifiedSocialCreditCode('91AB0000100011743X')).toMatchObject({ reason: expect.stringMatching(/administrative division/) });
  });

  it('computes both check characters', () => {
    expect(usccCheckCharacter('91110000100011743')).toBe('X');
    expect(organisationCodeCheckCharacter('10001174')).toBe('3');
  });
});
