import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from './helpers';

const ROOT = path.join(__dirname, '..');

// The committed data files must be exactly what the generators make from shared/reference.
describe('generated reference data is current', () => {
  it('src/data/hs2022.json', () => {
    const out = path.join(tmpDir(), 'hs.json');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-hs.js'), out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'src', 'data', 'hs2022.json'), 'utf8'));
  });
  it('schemas/ and src/data/ceb-fields.json', () => {
    const out = tmpDir();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-ceb.js'), out]);
    for (const rel of ['src/data/ceb-fields.json', 'schemas/ceb-export-202205.xsd', 'schemas/ceb-terminal-node-202205.xsd', 'schemas/xmldsig-core-schema.xsd']) {
      expect(fs.readFileSync(path.join(out, rel), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
    }
  });
});
