import isoData from '../data/iso9999.json';
import { getHs } from './hs';

export type Language = 'en' | 'zh' | 'ru' | 'ar';
export interface HsSuggestion { code: string; description: string; confidence: 'high' | 'medium' | 'low'; note: string }
export interface IsoClass {
  /** "12 22" — ISO 9999 writes levels as space-separated pairs. */
  code: string;
  level: 1 | 2 | 3;
  parent?: string;
  names: Record<Language, string>;
  /** false where the class code/title is marked unconfirmed in the reference sheet. */
  confirmed: boolean;
}

type RawClass = (typeof isoData.classes)[number];
const classes = new Map<string, RawClass>(isoData.classes.map((c) => [c.code, c]));

/** Accepts "12 22", "1222", "12.22" or "12-22". */
function canonical(code: string): string {
  const digits = String(code).replace(/[\s.-]/g, '');
  return /^\d{2}(\d{2}){0,2}$/.test(digits) ? digits.match(/\d{2}/g)!.join(' ') : '';
}

function toClass(c: RawClass): IsoClass {
  const parts = c.code.split(' ');
  return {
    code: c.code,
    level: parts.length as 1 | 2 | 3,
    parent: parts.length > 1 ? parts.slice(0, -1).join(' ') : undefined,
    names: c.names,
    confirmed: c.confirmed,
  };
}

export function getIsoClass(code: string): IsoClass | undefined {
  const c = classes.get(canonical(code));
  return c && toClass(c);
}

export function listIsoClasses(options: { parent?: string } = {}): IsoClass[] {
  const all = [...classes.values()].map(toClass);
  if (options.parent === undefined) return all;
  const parent = canonical(options.parent);
  return all.filter((c) => c.parent === parent);
}

/**
 * HS 2022 subheadings usually used for a class. Falls back to the nearest broader class that has
 * suggestions, because e.g. "06 12 lower-limb orthoses" is declared like any orthosis.
 */
export function suggestHsForIsoClass(code: string): HsSuggestion[] {
  for (let key = canonical(code); key; key = key.split(' ').slice(0, -1).join(' ')) {
    const c = classes.get(key);
    if (c && c.hs.length) {
      return c.hs.map((h) => ({ code: h.code, description: getHs(h.code)?.description ?? '', confidence: h.confidence as HsSuggestion['confidence'], note: h.note }));
    }
  }
  return [];
}

export const ISO9999_SOURCE = isoData.source;
