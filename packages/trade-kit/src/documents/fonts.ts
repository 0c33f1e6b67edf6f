import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as fontkit from 'fontkit';

/**
 * Noto fonts from @fontsource (OFL). Fontsource splits each family into unicode-range subsets
 * (Noto Sans SC alone has ~100); the CSS tells which file covers which code points, so we pick a
 * file per character instead of loading every subset.
 */
interface Face { id: string; file: string; ranges: Array<[number, number]>; rtl: boolean }
export interface Run { text: string; faceId: string; file: string; rtl: boolean }

const FAMILIES = [
  { pkg: '@fontsource/noto-sans', rtl: false },
  { pkg: '@fontsource/noto-sans-arabic', rtl: true },
  { pkg: '@fontsource/noto-sans-sc', rtl: false },
];

function parseCss(pkg: string, weight: number, rtl: boolean): Face[] {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const woff = block.match(/url\(\.\/(files\/[^)]+\.woff)\)/)?.[1]; // fontkit reads WOFF; WOFF2 support is patchy
    const range = block.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!woff || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    faces.push({ id: path.basename(woff, '.woff'), file: path.join(dir, woff), ranges, rtl });
  }
  return faces;
}

let faces: Face[] | undefined;
let boldFaces: Face[] | undefined;
const fkCache = new Map<string, fontkit.Font>();
const bytesCache = new Map<string, Buffer>();

function allFaces(bold: boolean): Face[] {
  if (bold) return (boldFaces ??= [...parseCss(FAMILIES[0].pkg, 700, false), ...parseCss(FAMILIES[1].pkg, 700, true), ...allFaces(false)]);
  return (faces ??= FAMILIES.flatMap((f) => parseCss(f.pkg, 400, f.rtl)));
}

/**
 * Unpacks a WOFF 1.0 file into the plain TrueType/OpenType it wraps. fontkit would otherwise
 * inflate every table each time pdfkit opens the font (once per document), which dominated
 * rendering time.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) return woff; // not 'wOFF'
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => woff.readUInt32BE(at + o));
    const raw = woff.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? zlib.inflateSync(raw) : raw };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    header.writeUInt32BE(t.tag, 12 + i * 16);
    header.writeUInt32BE(t.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

export function fontBytes(file: string): Buffer {
  let b = bytesCache.get(file);
  if (!b) bytesCache.set(file, (b = woffToSfnt(fs.readFileSync(file))));
  return b;
}

export function fontkitFont(file: string): fontkit.Font {
  let f = fkCache.get(file);
  if (!f) fkCache.set(file, (f = fontkit.create(fontBytes(file)) as fontkit.Font));
  return f;
}

const covers = (face: Face, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[\p{L}\p{N}]/u;

function faceFor(list: Face[], ch: string, current?: Face): Face {
  const cp = ch.codePointAt(0)!;
  if (current && !LTR_CHAR.test(ch) && !RTL_CHAR.test(ch) && fontkitFont(current.file).hasGlyphForCodePoint(cp)) return current;
  // The CSS range says which subset should hold a character, but a few declared characters are
  // missing from the file (U+2192 → in the Arabic math subset), so the font has the last word.
  const has = (f: Face) => fontkitFont(f.file).hasGlyphForCodePoint(cp);
  return list.find((f) => covers(f, cp) && has(f))
    ?? list.find(has)
    ?? current ?? list[0];
}

/** Splits text into runs that one font file can draw; neutral characters stay in the current run. */
export function splitRuns(text: string, bold = false, rtl = false): Run[] {
  const list = allFaces(bold);
  const runs: Run[] = [];
  let current: Face | undefined;
  for (const ch of text) {
    const face = faceFor(list, ch, current);
    const last = runs[runs.length - 1];
    if (last && last.faceId === face.id) last.text += ch;
    else runs.push({ text: ch, faceId: face.id, file: face.file, rtl });
    current = face;
  }
  return runs;
}

/**
 * Lays out one line for drawing left to right — a reduced Unicode bidi algorithm: letters of
 * Arabic/Hebrew are right-to-left, other letters and digits left-to-right, neutrals (spaces,
 * punctuation) take the direction of their neighbours when both agree and the paragraph's
 * direction otherwise. Right-to-left segments are reversed; fontkit shapes Arabic (joining forms)
 * and reverses the glyphs of each Arabic-font run itself, so only other runs are reversed here.
 * Enough for names, addresses and figures; no explicit embeddings or mirrored brackets.
 */
export function layoutLine(text: string, bold = false): { runs: Run[]; rtl: boolean } {
  const chars = Array.from(text);
  const strong = chars.map((c) => (RTL_CHAR.test(c) ? 'R' : LTR_CHAR.test(c) ? 'L' : undefined));
  const first = strong.find(Boolean);
  const paragraphRtl = first === 'R';
  const dirs = strong.map((d, i) => {
    if (d) return d;
    const prev = strong.slice(0, i).reverse().find(Boolean);
    const next = strong.slice(i + 1).find(Boolean);
    return prev && prev === next ? prev : paragraphRtl ? 'R' : 'L';
  });
  const segments: Array<{ rtl: boolean; text: string }> = [];
  chars.forEach((c, i) => {
    const rtl = dirs[i] === 'R';
    const last = segments[segments.length - 1];
    if (last && last.rtl === rtl) last.text += c;
    else segments.push({ rtl, text: c });
  });
  const ordered = paragraphRtl ? segments.reverse() : segments;
  const runs = ordered.flatMap((seg) => {
    const r = splitRuns(seg.text, bold, seg.rtl);
    if (!seg.rtl) return r;
    return r.reverse().map((run) => (RTL_CHAR.test(run.text) ? run : { ...run, text: Array.from(run.text).reverse().join('') }));
  });
  return { runs, rtl: paragraphRtl };
}
