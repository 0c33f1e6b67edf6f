import layout from '../data/ceb-fields.json';
import { InvalidInputError } from '../errors';
import { charLength, escapeXml, truncateChars } from '../util/text';

export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
export const CEB_VERSION = '1.0';

interface Field { name: string; min: number; max: number | null; type: string; maxLength?: number; minLength?: number; length?: number }
const entities = layout.entities as Record<string, Field[]>;

/** How many times the schema allows `child` inside `parent` (e.g. OrderList in Order → 100). */
export function maxOccurs(parent: string, child: string): number {
  const f = entities[parent]?.find((x) => x.name === `ceb:${child}`);
  if (!f) throw new Error(`schema layout has no ${child} in ${parent}`);
  return f.max ?? Number.POSITIVE_INFINITY;
}

/** Free-text fields that may be shortened to fit; codes and numbers are never cut. */
const TRUNCATABLE = new Set(['ebpName', 'ebcName', 'logisticsName', 'agentName', 'ownerName', 'payName', 'itemName', 'itemDescribe',
  'gname', 'gmodel', 'goodsInfo', 'note', 'copName', 'trafName']);

export interface RenderContext {
  /** Where truncations are recorded, so the caller can show what was shortened. */
  warnings: string[];
  path: string;
}

type Value = string | number | undefined | null;

/**
 * Renders one entity's simple fields in the schema's own order. Required fields must be present;
 * free text longer than the schema's maxLength is truncated on whole characters; a code that does
 * not fit is an input error naming the field.
 */
export function renderEntity(entity: string, values: Record<string, Value>, ctx: RenderContext, indent = '\t\t'): string {
  const fields = entities[entity];
  if (!fields) throw new Error(`unknown CEB entity ${entity}`);
  const known = new Set(fields.map((f) => f.name));
  for (const k of Object.keys(values)) if (!known.has(k)) throw new Error(`${entity} has no field ${k} in the 202205 schema`);
  const errors: string[] = [];
  let out = '';
  for (const f of fields) {
    if (f.type === 'ref') continue;
    const raw = values[f.name];
    if (raw === undefined || raw === null || raw === '') {
      if (f.min > 0) errors.push(`${ctx.path}.${f.name} is required by the CEB schema`);
      continue;
    }
    let text = String(raw);
    const len = charLength(text);
    if (f.maxLength !== undefined && len > f.maxLength) {
      if (TRUNCATABLE.has(f.name)) {
        text = truncateChars(text, f.maxLength);
        ctx.warnings.push(`${ctx.path}.${f.name} shortened from ${len} to ${charLength(text)} characters (schema maxLength ${f.maxLength})`);
      } else errors.push(`${ctx.path}.${f.name} "${text}" is ${len} characters; the CEB schema allows at most ${f.maxLength}`);
    }
    if (f.length !== undefined && len !== f.length) errors.push(`${ctx.path}.${f.name} "${text}" must be exactly ${f.length} characters`);
    out += `${indent}<ceb:${f.name}>${escapeXml(text)}</ceb:${f.name}>\n`;
  }
  if (errors.length) throw new InvalidInputError('The order cannot be expressed as a valid CEB message', errors);
  return out;
}

export function wrap(tag: string, body: string, indent: string): string {
  return `${indent}<ceb:${tag}>\n${body}${indent}</ceb:${tag}>\n`;
}

export function message(root: string, guid: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ceb:${root} guid="${guid}" version="${CEB_VERSION}" xmlns:ceb="${CEB_NS}">\n${body}</ceb:${root}>\n`;
}
