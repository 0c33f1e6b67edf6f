import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from './helpers';

const ROOT = path.join(__dirname, '..');

// The committed data files must be exactly what the generators make from reference/.
describe('generated reference data is current', () => {
  it('src/data/hs2022.json', () => {
    const out = path.join(tmpDir(), 'hs.json');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-hs.js'), out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'src', 'data', 'hs2022.json'), 'utf8'));
  });
  it('src/data/ceb-fields.json', () => {
    const out = path.join(tmpDir(), 'ceb-fields.json');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-ceb.js'), out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'src', 'data', 'ceb-fields.json'), 'utf8'));
  });
});
