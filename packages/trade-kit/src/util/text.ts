const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Number of characters as XML Schema counts them (Unicode code points, not UTF-16 units or bytes). */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Shortens text to at most `max` code points without splitting a surrogate pair or a grapheme
 * cluster (a base letter and its combining marks, an emoji ZWJ sequence), so the cut never leaves
 * a broken character behind.
 */
export function truncateChars(s: string, max: number): string {
  if (charLength(s) <= max) return s;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(s)) {
    const len = charLength(segment);
    if (used + len > max) break;
    out += segment;
    used += len;
  }
  return out;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content or attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}
