import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The official files the data and schemas come from (reference/README.md says where each came from). */
export const REFERENCE = path.join(__dirname, '..', 'reference');
export const CEB_REF = path.join(REFERENCE, 'ceb-202205');

export function tmpDir(prefix = 'trade-kit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A throwaway RSA key and self-signed certificate (openssl CLI), for signing tests only. */
export function throwawayCertificate(cn = 'AEM Test Signer'): { privateKeyPem: string; certificatePem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const dir = tmpDir('cert-');
  fs.writeFileSync(path.join(dir, 'key.pem'), privateKeyPem);
  execFileSync('openssl', ['req', '-new', '-x509', '-key', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', `/CN=${cn}`], { stdio: 'pipe' });
  return { privateKeyPem, certificatePem: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
}

/** Text items read back with pdfjs (ESM, so in a child process), page by page and joined. */
export function pdfText(pdf: Buffer): { pages: Array<Array<{ str: string; x: number; y: number }>>; items: Array<{ str: string; x: number; y: number }>; joined: string } {
  const file = path.join(tmpDir('pdf-'), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  const out = execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8' });
  const pages = JSON.parse(out) as Array<Array<{ str: string; x: number; y: number }>>;
  const items = pages.flat();
  return { pages, items, joined: items.map((i) => i.str).join('') };
}
