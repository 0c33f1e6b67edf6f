// Prints the text of each PDF page as JSON (pdfjs-dist legacy build is ESM, so tests run it as a child process).
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const content = await (await doc.getPage(i)).getTextContent();
  pages.push(content.items.map((it) => ({ str: it.str, x: it.transform[4], y: it.transform[5], dir: it.dir })));
}
process.stdout.write(JSON.stringify(pages));
