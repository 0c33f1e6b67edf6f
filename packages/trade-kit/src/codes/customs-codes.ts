import data from '../data/customs-codes.json';
import { InvalidInputError } from '../errors';

export type CodeKind = 'currency' | 'country' | 'unit';
export interface CodeRow {
  /** ISO 4217 currency, ISO 3166 alpha-2 country, or trade-kit unit key ("piece", "kg"…). */
  key: string;
  customs: string;
  name: string;
  source: string;
  confirmed: boolean;
}
export interface CodeTablesConfig {
  /** Corrections from the current GACC parameter library: { currency: { RUB: '344' } }. Overrides count as confirmed. */
  overrides?: Partial<Record<CodeKind, Record<string, string>>>;
  overrideSource?: string;
}
export interface CodeTables {
  lookup(kind: CodeKind, key: string): CodeRow | undefined;
  /** Customs code for a key; throws InvalidInputError naming the missing entry. */
  toCustoms(kind: CodeKind, key: string): string;
  rows(kind: CodeKind): CodeRow[];
  /** Rows still marked unconfirmed — show them to whoever signs the declaration. */
  unconfirmed(): Array<CodeRow & { kind: CodeKind }>;
}

const KINDS: CodeKind[] = ['currency', 'country', 'unit'];

export function createCodeTables(config: CodeTablesConfig = {}): CodeTables {
  const tables = new Map<CodeKind, Map<string, CodeRow>>();
  const aliases = new Map<string, string>(); // ISO alpha-3 → alpha-2 for countries
  for (const kind of KINDS) {
    const m = new Map<string, CodeRow>();
    for (const r of data[kind] as Array<{ iso?: string; iso3?: string; key?: string; customs: string; name: string; source: string; confirmed: boolean }>) {
      const key = (r.iso ?? r.key)!;
      m.set(key.toUpperCase(), { key, customs: r.customs, name: r.name, source: r.source, confirmed: r.confirmed });
      if (r.iso3) aliases.set(r.iso3, key.toUpperCase());
    }
    for (const [key, customs] of Object.entries(config.overrides?.[kind] ?? {})) {
      if (!/^[0-9A-Z]{3}$/.test(customs)) throw new InvalidInputError(`Override ${kind}.${key} = "${customs}" is not a 3-character customs code`);
      const prev = m.get(key.toUpperCase());
      m.set(key.toUpperCase(), { key, customs, name: prev?.name ?? key, source: config.overrideSource ?? 'caller override', confirmed: true });
    }
    tables.set(kind, m);
  }
  const lookup = (kind: CodeKind, key: string) => {
    const k = key.toUpperCase();
    return tables.get(kind)!.get(kind === 'country' ? aliases.get(k) ?? k : k);
  };
  return {
    lookup,
    toCustoms(kind, key) {
      const row = lookup(kind, key);
      if (!row) {
        throw new InvalidInputError(`No China customs ${kind} code for "${key}"`, [
          `known ${kind} keys: ${[...tables.get(kind)!.values()].map((r) => r.key).join(', ')}`,
          `add one with createCodeTables({ overrides: { ${kind}: { ${key}: '<3-char code>' } } })`,
        ]);
      }
      return row.customs;
    },
    rows: (kind) => [...tables.get(kind)!.values()],
    unconfirmed: () => KINDS.flatMap((kind) => [...tables.get(kind)!.values()].filter((r) => !r.confirmed).map((r) => ({ ...r, kind }))),
  };
}

export const CUSTOMS_CODES_SOURCE = data.source;
