import { parseSerialRange, serialInRange } from '../serial-range';

describe('serial number ranges', () => {
  const range = (from: string, to: string) => {
    const r = parseSerialRange(from, to);
    if (!r.ok) throw new Error(r.reason);
    return r.range;
  };

  it('takes in exactly the serials between the ends, inclusive', () => {
    const r = range('SN-0100', 'SN-0199');
    const inside = ['SN-0100', 'SN-0150', 'SN-0199'];
    const outside = ['SN-0099', 'SN-0200', 'SN-01000', 'SN-100', 'XN-0150', 'SN-015A', '0150'];
    expect(inside.filter((s) => serialInRange(s, r))).toEqual(inside);
    expect(outside.filter((s) => serialInRange(s, r))).toEqual([]);
  });

  it('handles serials longer than a JavaScript number holds', () => {
    const r = range('A12345678901234567890', 'A12345678901234567899');
    expect(serialInRange('A12345678901234567895', r)).toBe(true);
    expect(serialInRange('A12345678901234567900', r)).toBe(false);
  });

  it('refuses ends without digits, with different prefixes or widths, and backwards', () => {
    expect(parseSerialRange('ABC', 'ABD')).toEqual({ ok: false, reason: expect.stringMatching(/must end in digits/) });
    expect(parseSerialRange('SN01', 'SX99')).toEqual({ ok: false, reason: expect.stringMatching(/share their prefix/) });
    expect(parseSerialRange('SN01', 'SN100')).toEqual({ ok: false, reason: expect.stringMatching(/number of digits/) });
    expect(parseSerialRange('SN50', 'SN10')).toEqual({ ok: false, reason: expect.stringMatching(/comes after/) });
  });
});
