import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getHs, normaliseHsCode, searchHs } from './classification/hs';
import { buildDeclarationSet } from './ceb/build';
import { demoDocumentDetails, demoOrder } from './ceb/sample';
import { renderExportDocuments } from './documents/documents';
import { validateManyAgainstSchema } from './ceb/validate';
import { TradeKitError, describeIssues } from './errors';
import { quoteLandedCost } from './landed-cost/quote';

/** Exit code for input the user can fix. */
export const EXIT_BAD_INPUT = 2;

const USAGE = `usage:
  trade hs <code|words>                 HS 2022 code, description and parents (or a search)
  trade landed-cost --to SA --hs 871310 --value 450 --currency USD [--shipping 60] [--incoterm DDP|DAP]
                    [--date 2026-11-23] [--weight 14] [--importer consumer|business] [--fx EUR:USD=1.08]
  trade ceb-sample --mode 9610|9710 --out DIR [--lines N]
  trade documents --mode 9610|9710 --out DIR    commercial invoice, packing list, CO application (PDF) for the demo order`;

class UsageError extends Error {}

interface Io { out: (s: string) => void; err: (s: string) => void }
const defaultIo: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

function parseFlags<T extends z.ZodTypeAny>(argv: string[], options: Record<string, { type: 'string' }>, schema: T): z.output<T> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error.issues).map((l) => `--${l}`).join('\n'));
  return parsed.data;
}

const money = z.string({ error: 'is required' }).regex(/^\d+(\.\d+)?$/, 'must be a plain number such as 450 or 12.50');

async function hs(argv: string[], io: Io) {
  const query = argv.join(' ').trim();
  if (!query) throw new UsageError('give an HS code (e.g. 871310) or words to search');
  if (/^[\d.\s]+$/.test(query)) {
    const digits = query.replace(/[.\s]/g, '');
    const detail = digits.length <= 6 ? getHs(digits) : undefined;
    if (detail) return io.out(JSON.stringify(detail, null, 2));
    const n = normaliseHsCode(query);
    if (!n.ok) throw new UsageError(n.reason);
    return io.out(JSON.stringify({ ...getHs(n.subheading), code: n.code, subheading: n.subheading }, null, 2));
  }
  const results = searchHs(query, { limit: 25 });
  if (!results.length) throw new UsageError(`no HS 2022 entry matches all of: ${query}`);
  io.out(JSON.stringify(results, null, 2));
}

async function landedCost(argv: string[], io: Io) {
  const f = parseFlags(argv, Object.fromEntries(['to', 'hs', 'value', 'currency', 'shipping', 'incoterm', 'date', 'weight', 'importer', 'fx'].map((k) => [k, { type: 'string' as const }])),
    z.object({
      to: z.string({ error: 'is required (ISO country, e.g. SA)' }),
      hs: z.string({ error: 'is required (e.g. 871310)' }),
      value: money,
      currency: z.string({ error: 'is required (e.g. USD)' }).transform((s) => s.toUpperCase()),
      shipping: money.optional(),
      incoterm: z.enum(['DAP', 'DDP']).default('DAP'),
      date: z.string().default(() => new Date().toISOString().slice(0, 10)),
      weight: money.optional(),
      importer: z.enum(['consumer', 'business']).default('consumer'),
      fx: z.string().regex(/^[A-Z]{3}:[A-Z]{3}=\d+(\.\d+)?$/, 'use FROM:TO=RATE, e.g. EUR:USD=1.08').optional(),
    }));
  const fx = f.fx?.match(/^([A-Z]{3}):([A-Z]{3})=(.+)$/);
  const q = quoteLandedCost({
    destination: f.to, date: f.date, currency: f.currency, incoterm: f.incoterm, importer: f.importer,
    items: [{ hsCode: f.hs, value: f.value, weightKg: f.weight }], shipping: f.shipping ?? '0',
    exchangeRates: fx ? [{ from: fx[1], to: fx[2], rate: fx[3] }] : [],
  });
  io.out(JSON.stringify({ currency: q.currency, lines: q.lines.map(({ label, amount, basis }) => ({ label, amount, basis })), total: q.total, unknowns: q.unknowns, unconfirmed: q.unconfirmed }, null, 2));
}

const demoFlags = z.object({
  mode: z.enum(['9610', '9710'], { error: 'must be 9610 (B2C parcel) or 9710 (B2B direct export)' }),
  out: z.string({ error: 'is required (directory to write the files to)' }),
  lines: z.coerce.number().int().min(1).max(10000).optional(),
});
const demoOptions = { mode: { type: 'string' as const }, out: { type: 'string' as const }, lines: { type: 'string' as const } };

async function documents(argv: string[], io: Io) {
  const f = parseFlags(argv, demoOptions, demoFlags);
  const docs = await renderExportDocuments(demoOrder(f.mode, f.lines), demoDocumentDetails(f.mode));
  fs.mkdirSync(f.out, { recursive: true });
  const files = Object.entries(docs).map(([name, pdf]) => {
    const file = path.join(f.out, `${name}.pdf`);
    fs.writeFileSync(file, pdf);
    return { file, bytes: pdf.length };
  });
  io.out(JSON.stringify({ mode: f.mode, files }, null, 2));
}

async function cebSample(argv: string[], io: Io) {
  const f = parseFlags(argv, demoOptions, demoFlags);
  const set = buildDeclarationSet(demoOrder(f.mode, f.lines));
  fs.mkdirSync(f.out, { recursive: true });
  const written = set.consignments.flatMap((c) => Object.values(c.messages).map((m) => ({
    file: path.join(f.out, set.consignments.length === 1 ? `${m.type}Message.xml` : `${m.type}Message-${c.part}.xml`), type: m.type, orderNo: c.orderNo, xml: m.xml,
  })));
  const checks = await validateManyAgainstSchema(written.map((w) => w.xml));
  const files = written.map(({ xml, ...w }, i) => {
    if (!checks[i].valid) throw new TradeKitError(`generated ${w.file} failed schema validation`, checks[i].errors);
    fs.writeFileSync(w.file, xml);
    return { ...w, valid: true };
  });
  io.out(JSON.stringify({ mode: f.mode, consignments: set.consignments.length, files, warnings: set.warnings }, null, 2));
}

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<void>> = { hs, 'landed-cost': landedCost, 'ceb-sample': cebSample, documents };

/** Runs the CLI and returns the exit code (0 ok, 2 bad input, 1 unexpected failure). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const handler = command ? COMMANDS[command] : undefined;
    if (!handler) throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    await handler(rest, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof TradeKitError) {
      io.err(`trade: ${e.message}${e instanceof UsageError ? `\n\n${USAGE}` : ''}`);
      return EXIT_BAD_INPUT;
    }
    io.err(`trade: unexpected error: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
