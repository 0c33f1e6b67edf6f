import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli';
import { validateAgainstSchema } from '../src/ceb/validate';
import { tmpDir } from './helpers';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'trade.js');

/** Runs the `trade` command the way a user would (bin/trade.js runs the source; no build needed). */
function trade(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runInProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('trade CLI (the command)', () => {
  it('prints a landed-cost quote whose lines add up to the total', () => {
    const r = trade('landed-cost', '--to', 'SA', '--hs', '871310', '--value', '450', '--currency', 'USD', '--shipping', '60', '--incoterm', 'DDP', '--date', '2026-11-23');
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.currency).toBe('USD');
    expect(q.lines.map((l: { label: string }) => l.label)).toEqual(['Goods', 'Shipping', 'Duty 5% on goods + shipping', 'VAT 15% on goods + shipping + duty']);
    const cents = q.lines.reduce((s: number, l: { amount: string }) => s + Math.round(Number(l.amount) * 100), 0);
    expect(Math.round(Number(q.total) * 100)).toBe(cents);
    for (const l of q.lines) expect(Object.keys(l)).toEqual(['label', 'amount', 'basis']);
  });

  it('prints an HS code with its description and parents', () => {
    const r = trade('hs', '871310');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ code: '871310', description: expect.stringMatching(/disabled persons/) });
    expect(d.parents.map((p: { code: string }) => p.code)).toEqual(['87', '8713']);
  });

  it.each(['9610', '9710'])('writes a schema-valid message set for mode %s', async (mode) => {
    const out = tmpDir();
    const r = trade('ceb-sample', '--mode', mode, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual(['CEB303Message.xml', 'CEB403Message.xml', 'CEB505Message.xml', 'CEB603Message.xml']);
    for (const f of files) {
      const xml = fs.readFileSync(path.join(out, f), 'utf8');
      expect((await validateAgainstSchema(xml)).errors).toEqual([]);
    }
    const inv = fs.readFileSync(path.join(out, 'CEB603Message.xml'), 'utf8');
    expect(inv).toContain(`<ceb:tradeMode>${mode}</ceb:tradeMode>`);
  });

  it('exits 2 with a clear message on bad input', () => {
    const missing = trade('landed-cost', '--to', 'SA', '--hs', '871310');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--value: is required/);
    expect(trade('ceb-sample', '--mode', '1210', '--out', tmpDir()).stderr).toMatch(/--mode: must be 9610 \(B2C parcel\) or 9710/);
    expect(trade('hs', '871399').code).toBe(2);
    expect(trade('hs', '871399').stderr).toMatch(/not an HS 2022 subheading/);
    expect(trade('frobnicate').stderr).toMatch(/unknown command "frobnicate"/);
    expect(trade().code).toBe(2);
  });
});

describe('trade CLI (in process)', () => {
  it('writes the three export documents as PDF', async () => {
    const out = tmpDir();
    const r = await runInProcess('documents', '--mode', '9710', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['certificateOfOrigin.pdf', 'commercialInvoice.pdf', 'packingList.pdf']);
    for (const f of fs.readdirSync(out)) expect(fs.readFileSync(path.join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await runInProcess('documents', '--mode', '9610')).stderr).toMatch(/--out: is required/);
  });

  it('rejects a bad value, date and destination with the field named', async () => {
    const base = ['landed-cost', '--hs', '871310', '--currency', 'USD'];
    expect(await runInProcess(...base, '--to', 'SA', '--value', 'lots')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--value: must be a plain number/) });
    expect(await runInProcess(...base, '--to', 'ZZ', '--value', '1')).toMatchObject({ code: 2, stderr: expect.stringMatching(/No market data for destination "ZZ"/) });
    expect(await runInProcess(...base, '--to', 'SA', '--value', '1', '--date', 'tomorrow')).toMatchObject({ code: 2, stderr: expect.stringMatching(/date: use an ISO date/) });
    expect(await runInProcess(...base, '--to', 'SA', '--value', '1', '--bogus', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option '--bogus'/) });
  });

  it('searches HS descriptions by words', async () => {
    const r = await runInProcess('hs', 'hearing', 'aids');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((e: { code: string }) => e.code)).toContain('902140');
  });

  it('splits a large sample into numbered files', async () => {
    const out = tmpDir();
    const r = await runInProcess('ceb-sample', '--mode', '9710', '--out', out, '--lines', '120');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).consignments).toBe(2);
    expect(fs.readdirSync(out)).toHaveLength(8);
  });
});
