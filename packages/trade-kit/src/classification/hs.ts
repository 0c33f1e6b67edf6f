import hsData from '../data/hs2022.json';

export interface HsEntry {
  code: string;
  description: string;
  level: 'chapter' | 'heading' | 'subheading';
}
export interface HsDetail extends HsEntry {
  section: { code: string; name: string };
  /** Broader entries, chapter first. */
  parents: HsEntry[];
}
export type HsNormalised =
  | { ok: true; code: string; subheading: string; description: string }
  | { ok: false; reason: string };

interface Row { code: string; description: string; parent: string }
const LEVEL: Record<number, HsEntry['level']> = { 2: 'chapter', 4: 'heading', 6: 'subheading' };
const byCode = new Map<string, Row>();
for (const [code, description, parent] of hsData.entries as [string, string, string][]) byCode.set(code, { code, description, parent });
const sections = hsData.sections as Record<string, string>;

const entry = (r: Row): HsEntry => ({ code: r.code, description: r.description, level: LEVEL[r.code.length] });

/**
 * Checks a tariff code against HS 2022. Accepts "8713.10", "8713 10 00 00" etc. A 6-digit code must
 * be an existing subheading; an 8- or 10-digit national code (China declares 10) must start with one.
 */
export function normaliseHsCode(input: string): HsNormalised {
  const raw = String(input ?? '').trim();
  const code = raw.replace(/[.\s-]/g, '');
  if (!code) return { ok: false, reason: 'HS code is empty' };
  if (!/^\d+$/.test(code)) return { ok: false, reason: `HS code "${raw}" may contain only digits, dots and spaces` };
  if (![6, 8, 10].includes(code.length)) {
    return { ok: false, reason: `HS code "${raw}" has ${code.length} digits; use the 6-digit subheading or an 8/10-digit national code` };
  }
  const subheading = code.slice(0, 6);
  const row = byCode.get(subheading);
  if (!row) {
    const heading = byCode.get(code.slice(0, 4));
    const hint = heading ? ` (heading ${heading.code} "${heading.description}" exists; check the last two digits)` : byCode.has(code.slice(0, 2)) ? '' : ` (chapter ${code.slice(0, 2)} does not exist)`;
    return { ok: false, reason: `${code.length === 6 ? '' : `National code "${raw}" starts with `}${subheading}, which is not an HS 2022 subheading${hint}` };
  }
  return { ok: true, code, subheading, description: row.description };
}

/** Looks up a chapter (2), heading (4) or subheading (6 digits, dots allowed). */
export function getHs(code: string): HsDetail | undefined {
  const row = byCode.get(String(code).replace(/[.\s]/g, ''));
  if (!row) return undefined;
  const parents: HsEntry[] = [];
  let sectionCode = row.parent;
  for (let p = byCode.get(row.parent); p; p = byCode.get(p.parent)) {
    parents.unshift(entry(p));
    sectionCode = p.parent;
  }
  return { ...entry(row), section: { code: sectionCode, name: sections[sectionCode] ?? '' }, parents };
}

/** Finds entries by code prefix ("8713") or by words, all of which must occur (case-insensitive). */
export function searchHs(query: string, options: { limit?: number } = {}): HsEntry[] {
  const limit = options.limit ?? 20;
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const digits = q.replace(/[.\s]/g, '');
  const results: HsEntry[] = [];
  if (/^\d+$/.test(digits)) {
    for (const r of byCode.values()) if (r.code.startsWith(digits) && results.push(entry(r)) >= limit) break;
    return results;
  }
  const words = q.split(/\s+/);
  for (const r of byCode.values()) {
    const text = r.description.toLowerCase();
    if (words.every((w) => text.includes(w)) && results.push(entry(r)) >= limit) break;
  }
  return results;
}
