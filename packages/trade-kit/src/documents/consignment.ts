import bwipjs from 'bwip-js';
import { z } from 'zod';
import { InvalidInputError, describeIssues } from '../errors';
import { PdfCanvas } from './pdf';

/** What the park prints for a consignment: the label on each carton and the packing list inside. */
export const consignmentPrintSchema = z.object({
  barcode: z.string().regex(/^[A-Z0-9-]{4,40}$/, 'barcode must be 4 to 40 capital letters, digits or dashes'),
  park: z.object({ code: z.string().min(1), name: z.string().min(1), address: z.string().min(1) }),
  orderNo: z.string().nullable(),
  manufacturer: z.string().min(1),
  consignee: z.object({ name: z.string(), city: z.string().nullable(), postalCode: z.string().nullable(), country: z.string().min(2) }),
  items: z.array(z.object({ title: z.string().min(1), sku: z.string().nullable(), quantity: z.number().positive(), hsCode: z.string().nullable() })).min(1),
  packages: z.array(z.object({ sequence: z.number().int().min(1), barcode: z.string().min(1), weightG: z.number().int().min(1), lengthMm: z.number().int(), widthMm: z.number().int(), heightMm: z.number().int() })),
  expectedPackages: z.number().int().min(1),
  carrier: z.string().nullable(),
  waybillNumber: z.string().nullable(),
});
export type ConsignmentPrintInput = z.input<typeof consignmentPrintSchema>;

function parse(input: ConsignmentPrintInput) {
  const parsed = consignmentPrintSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('The consignment cannot be printed', describeIssues(parsed.error.issues));
  return parsed.data;
}

/** A Code 128 barcode (what parcel scanners read) as a PNG, with the text under it. */
function code128(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'code128', text, scale: 3, height: 14, includetext: true, textxalign: 'center' });
}

const kg = (g: number) => (g / 1000).toFixed(3);

/**
 * One label per package (or one for the consignment before it is packed): the consignment's barcode,
 * the package's own barcode, the consignee and the order.
 */
export async function renderConsignmentLabel(input: ConsignmentPrintInput): Promise<Buffer> {
  const c = parse(input);
  const pdf = new PdfCanvas(`Label ${c.barcode}`);
  const labels = c.packages.length ? c.packages : [null];
  for (const [i, pkg] of labels.entries()) {
    if (i > 0) {
      pdf.doc.addPage();
      pdf.y = pdf.margin;
    }
    pdf.line(`${c.park.name} · ${c.park.code}`, { size: 10, bold: true });
    pdf.line(c.park.address, { size: 8, gap: 10 });
    pdf.doc.image(await code128(c.barcode), pdf.margin, pdf.y, { width: pdf.width * 0.7 });
    pdf.y += 110;
    pdf.line(`TO / 收货人: ${c.consignee.name}`, { size: 12, bold: true });
    pdf.line([c.consignee.postalCode, c.consignee.city, c.consignee.country].filter(Boolean).join(' '), { size: 12, gap: 10 });
    pdf.line(`Order ${c.orderNo ?? '—'}    From ${c.manufacturer}`, { size: 9 });
    pdf.line(pkg ? `Package ${pkg.sequence} of ${c.packages.length} · ${kg(pkg.weightG)} kg · ${pkg.lengthMm}×${pkg.widthMm}×${pkg.heightMm} mm` : `Expected packages: ${c.expectedPackages}`, { size: 9 });
    if (c.waybillNumber) pdf.line(`${c.carrier ?? 'Carrier'} waybill ${c.waybillNumber}`, { size: 9 });
    if (pkg) {
      pdf.y += 6;
      pdf.doc.image(await code128(pkg.barcode), pdf.margin, pdf.y, { width: pdf.width * 0.5 });
    }
  }
  return pdf.end();
}

/** The packing list that travels with the consignment: its goods and its packages with weights and sizes. */
export async function renderConsignmentPackingList(input: ConsignmentPrintInput): Promise<Buffer> {
  const c = parse(input);
  const pdf = new PdfCanvas(`Packing list ${c.barcode}`);
  pdf.line('PACKING LIST 装箱单', { size: 15, bold: true, align: 'center', gap: 8 });
  pdf.line(`Consignment ${c.barcode}    Order ${c.orderNo ?? '—'}    ${c.park.name}`, { align: 'center', gap: 10 });
  pdf.rule();
  pdf.line(`From: ${c.manufacturer}`);
  pdf.line(`To: ${c.consignee.name}, ${[c.consignee.postalCode, c.consignee.city, c.consignee.country].filter(Boolean).join(' ')}`, { gap: 8 });
  pdf.table(
    [{ header: '#', width: 3, align: 'right' }, { header: 'Goods 品名', width: 45 }, { header: 'SKU', width: 18 }, { header: 'HS', width: 12 }, { header: 'Qty', width: 6, align: 'right' }],
    c.items.map((item, i) => [String(i + 1), item.title, item.sku ?? '', item.hsCode ?? '', String(item.quantity)])
  );
  if (c.packages.length) {
    pdf.table(
      [{ header: 'Package', width: 8, align: 'right' }, { header: 'Barcode', width: 30 }, { header: 'Gross kg', width: 12, align: 'right' }, { header: 'L×W×H mm', width: 24 }],
      c.packages.map((p) => [String(p.sequence), p.barcode, kg(p.weightG), `${p.lengthMm}×${p.widthMm}×${p.heightMm}`])
    );
    pdf.line(`TOTAL: ${c.packages.length} package(s), ${kg(c.packages.reduce((g, p) => g + p.weightG, 0))} kg`, { bold: true });
  } else {
    pdf.line(`Not packed yet: ${c.expectedPackages} package(s) expected`, { bold: true });
  }
  if (c.waybillNumber) pdf.line(`${c.carrier ?? 'Carrier'} waybill ${c.waybillNumber}`);
  return pdf.end();
}
