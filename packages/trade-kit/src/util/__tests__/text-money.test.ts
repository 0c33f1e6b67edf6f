import { charLength, escapeXml, truncateChars } from '../text';
import { allocate, formatMinor, toMinor } from '../money';

describe('truncateChars', () => {
  it('counts code points like XML Schema does', () => {
    expect(charLength('𠀀𠀀')).toBe(2);
    expect('𠀀𠀀'.length).toBe(4);
  });
  it('never splits a surrogate pair', () => {
    const cut = truncateChars('ab𠀀cd', 3);
    expect(cut).toBe('ab𠀀');
    expect(truncateChars('ab𠀀cd', 2)).toBe('ab');
  });
  it('never splits a grapheme cluster (combining marks, ZWJ emoji)', () => {
    expect(truncateChars('abe\u0301x', 3)).toBe('ab'); // é as e + combining acute is 2 code points
    expect(truncateChars('x👩‍🦽y', 3)).toBe('x');
    expect(truncateChars('x👩‍🦽y', 4)).toBe('x👩‍🦽');
  });
  it('leaves short text alone', () => expect(truncateChars('Кресло كرسي', 50)).toBe('Кресло كرسي'));
});

describe('escapeXml', () => {
  it('escapes the five markup characters and drops forbidden controls', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('money helpers', () => {
  it('rounds half away from zero into minor units', () => {
    expect(toMinor('80.325', 'USD')).toBe(8033);
    expect(toMinor('1000.5', 'JPY')).toBe(1001);
    expect(formatMinor(8033, 'USD')).toBe('80.33');
    expect(formatMinor(1234, 'KWD')).toBe('1.234');
  });
  it('allocates so the shares add back up', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(7, [0, 0])).toEqual([4, 3]);
    const shares = allocate(99999, [3, 7, 11, 13]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(99999);
  });
});
