import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The GACC schemas, as published, in the package's reference folder (the same path from src/ and dist/). */
export const SCHEMA_DIR = path.join(__dirname, '..', '..', 'reference', 'ceb-202205');
const FILES = { ceb: 'ceb-export-202205.xsd', dxp: 'ceb-terminal-node-202205.xsd', dsig: 'xmldsig-core-schema.xsd' } as const;

let cache: Record<keyof typeof FILES, string> | undefined;
function schemaTexts() {
  cache ??= Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8')])) as Record<keyof typeof FILES, string>;
  return cache;
}

export interface ValidationResult { valid: boolean; errors: string[] }

/**
 * Validates with libxml2 (compiled to wasm) exactly as `xmllint --schema` does. `schema` picks
 * the CEB export schema or the DXP transport envelope schema; both import XML-DSig.
 */
export async function validateAgainstSchema(xml: string, schema: 'ceb' | 'dxp' = 'ceb'): Promise<ValidationResult> {
  return (await validateManyAgainstSchema([xml], schema))[0];
}

/**
 * Validates several documents in one xmllint run. Each run starts a wasm worker and compiles the
 * schema, which costs far more than checking a message, so batches are much faster.
 */
export async function validateManyAgainstSchema(xmls: string[], schema: 'ceb' | 'dxp' = 'ceb'): Promise<ValidationResult[]> {
  if (!xmls.length) return [];
  const texts = schemaTexts();
  const names = xmls.map((_, i) => `message-${i + 1}.xml`);
  const result = await validateXML({
    xml: xmls.map((contents, i) => ({ fileName: names[i], contents })),
    schema: [{ fileName: FILES[schema], contents: texts[schema] }],
    preload: [{ fileName: FILES.dsig, contents: texts.dsig }],
  });
  const byFile = new Map<string, string[]>(names.map((n) => [n, []]));
  const unattributed: string[] = [];
  for (const e of result.errors) {
    const message = e.rawMessage.trim();
    const file = e.loc?.fileName ?? names.find((n) => message.startsWith(`${n} `) || message.startsWith(`${n}:`));
    (file ? byFile.get(file)! : unattributed).push(message);
  }
  return names.map((n) => {
    // libxml2 names the file in its messages; anything it could not place fails every document.
    const errors = [...byFile.get(n)!, ...(result.valid ? [] : unattributed)];
    return { valid: result.valid || errors.length === 0, errors };
  });
}
