#!/usr/bin/env node
// Throughput for a 20-line order: CEB messages built + schema-validated, PDFs rendered, landed-cost
// quotes. Runs against dist/, so `npm run build` first.
const path = require('path');
const kit = require(path.join(__dirname, '..', 'dist', 'index.js'));

async function measure(label, unit, seconds, fn) {
  await fn(); // warm-up: font parsing, wasm compilation
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) n += await fn();
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = n / elapsed;
  console.log(`${label.padEnd(44)} ${rate.toFixed(1).padStart(10)} ${unit}/s   (${n} in ${elapsed.toFixed(2)} s)`);
  return rate;
}

(async () => {
  const order = kit.demoOrder('9710', 20);
  const details = kit.demoDocumentDetails('9710');
  const items = order.lines.map((l) => ({ hsCode: l.hsCode, value: (Number(l.unitPrice) * l.quantity).toFixed(2), quantity: l.quantity, weightKg: l.netWeightKg }));
  console.log(`node ${process.version}, 20-line order (9710, Saudi Arabia)`);
  await measure('CEB messages built + schema-validated', 'messages', 3, async () => {
    const set = kit.buildDeclarationSet(order);
    const msgs = set.consignments.flatMap((c) => Object.values(c.messages));
    const results = await kit.validateManyAgainstSchema(msgs.map((m) => m.xml));
    results.forEach((r, i) => { if (!r.valid) throw new Error(`${msgs[i].type} invalid: ${r.errors[0]}`); });
    return msgs.length;
  });
  await measure('  same, 25 orders validated per xmllint run', 'messages', 3, async () => {
    const msgs = Array.from({ length: 25 }, () => kit.buildDeclarationSet(order)).flatMap((s) => s.consignments.flatMap((c) => Object.values(c.messages)));
    const results = await kit.validateManyAgainstSchema(msgs.map((m) => m.xml));
    if (results.some((r) => !r.valid)) throw new Error('invalid message');
    return msgs.length;
  });
  await measure('CEB messages built (no validation)', 'messages', 2, async () => {
    const set = kit.buildDeclarationSet(order);
    return set.consignments.length * 4;
  });
  await measure('PDFs rendered (invoice, packing list, CO)', 'PDFs', 4, async () => {
    await kit.renderExportDocuments(order, details);
    return 3;
  });
  await measure('landed-cost quotes', 'quotes', 2, async () => {
    kit.quoteLandedCost({ destination: 'SA', date: '2026-11-23', currency: 'USD', incoterm: 'DDP', importer: 'business', items, shipping: '420.00' });
    return 1;
  });
})().catch((e) => { console.error(e); process.exit(1); });
