import { z } from 'zod';
import { parseExportOrder } from '../ceb/build';
import type { ExportLine, ExportOrder, ExportOrderInput } from '../ceb/order';
import { InvalidInputError, describeIssues } from '../errors';
import { Decimal } from '../util/money';
import { PdfCanvas } from './pdf';

export const documentDetailsSchema = z.object({
  invoiceNo: z.string().min(1),
  invoiceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date'),
  incoterm: z.enum(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF']),
  namedPlace: z.string().min(1),
  paymentTerms: z.string().min(1),
  exporterTaxId: z.string().optional(),
  /** Shipping marks on the packages. */
  marks: z.string().default('N/M'),
  packageType: z.string().default('cartons'),
  /** Route, e.g. "Jiaxing → Khorgos → Almaty by road". */
  route: z.string().min(1),
  /** Certificate of origin kind and origin criterion (e.g. RCEP "WO", Form E "WO"). */
  certificate: z.object({ kind: z.string().default('Non-preferential'), originCriterion: z.string().default('WO') }).prefault({}),
  signatory: z.string().min(1),
});
export type DocumentDetailsInput = z.input<typeof documentDetailsSchema>;

export interface ExportDocuments { commercialInvoice: Buffer; packingList: Buffer; certificateOfOrigin: Buffer }

const fmt = (d: Decimal.Value, places = 2) => new Decimal(d).toFixed(places);
const lineTotal = (l: ExportLine) => new Decimal(l.quantity).mul(l.unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const describe = (l: ExportLine) => (l.localName ? `${l.localName} · ${l.name}` : l.name);
const hs6 = (l: ExportLine) => `${l.hsCode.slice(0, 4)}.${l.hsCode.slice(4, 6)}`;

export interface DocumentTotals { goods: string; freight: string; insurance: string; invoiceTotal: string; quantity: string; netKg: string; grossKg: string; packages: number }

/** Figures shared by all three documents, so the invoice, packing list and waybill agree. */
export function documentTotals(order: ExportOrder): DocumentTotals {
  const goods = order.lines.reduce((s, l) => s.plus(lineTotal(l)), new Decimal(0));
  return {
    goods: fmt(goods), freight: fmt(order.freight), insurance: fmt(order.insuredFee),
    invoiceTotal: fmt(goods.plus(order.freight).plus(order.insuredFee)),
    quantity: order.lines.reduce((s, l) => s.plus(l.quantity), new Decimal(0)).toString(),
    netKg: fmt(order.lines.reduce((s, l) => s.plus(l.netWeightKg ?? 0), new Decimal(0)), 3),
    grossKg: fmt(order.logistics.grossWeightKg, 3), packages: order.logistics.packages,
  };
}

function parties(pdf: PdfCanvas, order: ExportOrder, d: z.output<typeof documentDetailsSchema>) {
  const half = pdf.width / 2 - 6;
  const top = pdf.y;
  const col = (x: number, lines: string[]) => lines.forEach((t, i) => pdf.text(t, x, top + i * 12, half, { size: i === 0 ? 7 : 9, bold: i === 0 }));
  col(pdf.margin, ['EXPORTER / 出口商', order.seller.name, order.seller.address ?? '', `Customs code ${order.seller.code}${d.exporterTaxId ? ` · Tax ID ${d.exporterTaxId}` : ''}`]);
  col(pdf.margin + half + 12, ['CONSIGNEE / IMPORTER', order.buyer.name, order.buyer.address ?? '', [order.buyer.telephone, order.buyer.taxId && `Tax ID ${order.buyer.taxId}`].filter(Boolean).join(' · ')]);
  pdf.y = top + 52;
  pdf.rule();
}

function header(pdf: PdfCanvas, title: string, order: ExportOrder, d: z.output<typeof documentDetailsSchema>) {
  pdf.line(title, { size: 15, bold: true, align: 'center', gap: 8 });
  pdf.line(`Invoice No. ${d.invoiceNo}    Date ${d.invoiceDate}    Order ${order.orderNo}`, { size: 9, align: 'center', gap: 10 });
  pdf.rule();
  parties(pdf, order, d);
}

function parse(orderInput: ExportOrderInput, details: DocumentDetailsInput) {
  const order = parseExportOrder(orderInput);
  const parsed = documentDetailsSchema.safeParse(details);
  if (!parsed.success) throw new InvalidInputError('Document details are invalid', describeIssues(parsed.error.issues));
  return { order, d: parsed.data, totals: documentTotals(order) };
}

export async function renderCommercialInvoice(orderInput: ExportOrderInput, details: DocumentDetailsInput): Promise<Buffer> {
  const { order, d, totals } = parse(orderInput, details);
  const pdf = new PdfCanvas(`Commercial invoice ${d.invoiceNo}`);
  header(pdf, 'COMMERCIAL INVOICE 商业发票', order, d);
  pdf.line(`Terms of delivery: ${d.incoterm} ${d.namedPlace} (Incoterms 2020)    Payment: ${d.paymentTerms}    Currency: ${order.currency}`);
  pdf.line(`Country of origin: ${[...new Set(order.lines.map((l) => l.originCountry))].join(', ')}    Destination: ${order.destination}    Route: ${d.route}`, { gap: 8 });
  pdf.table([
    { header: '#', width: 3, align: 'right' }, { header: 'Description 品名', width: 34 }, { header: 'HS', width: 8 }, { header: 'Origin', width: 5 },
    { header: 'Qty', width: 6, align: 'right' }, { header: 'Net kg', width: 8, align: 'right' }, { header: `Unit price`, width: 9, align: 'right' }, { header: `Amount ${order.currency}`, width: 11, align: 'right' },
  ], order.lines.map((l, i) => [String(i + 1), describe(l), hs6(l), l.originCountry, new Decimal(l.quantity).toString(), l.netWeightKg ? fmt(l.netWeightKg, 3) : '', fmt(l.unitPrice), fmt(lineTotal(l))]));
  for (const [label, value] of [['Goods total', totals.goods], ['Freight', totals.freight], ['Insurance', totals.insurance], ['INVOICE TOTAL', totals.invoiceTotal]]) {
    pdf.ensureSpace(14);
    pdf.text(label, pdf.margin + pdf.width * 0.55, pdf.y, pdf.width * 0.25, { bold: label === 'INVOICE TOTAL' });
    pdf.text(`${value} ${order.currency}`, pdf.margin + pdf.width * 0.8, pdf.y, pdf.width * 0.2, { align: 'right', bold: label === 'INVOICE TOTAL' });
    pdf.y += 13;
  }
  pdf.line(`Total quantity ${totals.quantity}    Net weight ${totals.netKg} kg    Gross weight ${totals.grossKg} kg    Packages ${totals.packages}`, { gap: 14 });
  pdf.line('We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.', { size: 8 });
  pdf.line(`Signed: ${d.signatory}, for ${order.seller.name}`, { size: 9 });
  return pdf.end();
}

export async function renderPackingList(orderInput: ExportOrderInput, details: DocumentDetailsInput): Promise<Buffer> {
  const { order, d, totals } = parse(orderInput, details);
  const pdf = new PdfCanvas(`Packing list ${d.invoiceNo}`);
  header(pdf, 'PACKING LIST 装箱单', order, d);
  pdf.line(`Packages: ${totals.packages} ${d.packageType}    Marks: ${d.marks}    Waybill: ${order.logistics.waybillNos.join(', ')}`, { gap: 8 });
  pdf.table([
    { header: '#', width: 3, align: 'right' }, { header: 'Contents 品名', width: 42 }, { header: 'Model', width: 16 }, { header: 'HS', width: 8 },
    { header: 'Qty', width: 7, align: 'right' }, { header: 'Net kg', width: 10, align: 'right' },
  ], order.lines.map((l, i) => [String(i + 1), describe(l), l.model, hs6(l), new Decimal(l.quantity).toString(), l.netWeightKg ? fmt(l.netWeightKg, 3) : '']));
  pdf.line(`TOTAL: quantity ${totals.quantity}    net weight ${totals.netKg} kg    gross weight ${totals.grossKg} kg    ${totals.packages} ${d.packageType}`, { bold: true, gap: 14 });
  pdf.line(`Signed: ${d.signatory}`, { size: 9 });
  return pdf.end();
}

export async function renderCertificateOfOriginApplication(orderInput: ExportOrderInput, details: DocumentDetailsInput): Promise<Buffer> {
  const { order, d, totals } = parse(orderInput, details);
  const pdf = new PdfCanvas(`Certificate of origin application ${d.invoiceNo}`);
  header(pdf, 'APPLICATION FOR CERTIFICATE OF ORIGIN 原产地证书申请书', order, d);
  pdf.line(`Certificate: ${d.certificate.kind}    Means of transport and route: ${d.route}    Destination: ${order.destination}`, { gap: 8 });
  pdf.table([
    { header: 'Item', width: 4, align: 'right' }, { header: 'Marks', width: 10 }, { header: 'Description of goods 货物描述', width: 40 }, { header: 'HS', width: 8 },
    { header: 'Origin criterion', width: 10 }, { header: 'Quantity', width: 8, align: 'right' }, { header: 'Invoice', width: 14 },
  ], order.lines.map((l, i) => [String(i + 1), d.marks, describe(l), hs6(l), d.certificate.originCriterion, new Decimal(l.quantity).toString(), `${d.invoiceNo} ${d.invoiceDate}`]));
  pdf.line(`Total quantity ${totals.quantity}    Gross weight ${totals.grossKg} kg    Invoice value ${totals.invoiceTotal} ${order.currency}`, { gap: 14 });
  pdf.line('The undersigned exporter declares that the goods were produced in China and comply with the origin requirements specified for the certificate requested.', { size: 8 });
  pdf.line(`Applicant: ${d.signatory}, ${order.seller.name}    Place and date: ${d.invoiceDate}`, { size: 9 });
  return pdf.end();
}

export async function renderExportDocuments(order: ExportOrderInput, details: DocumentDetailsInput): Promise<ExportDocuments> {
  const [commercialInvoice, packingList, certificateOfOrigin] = await Promise.all([
    renderCommercialInvoice(order, details), renderPackingList(order, details), renderCertificateOfOriginApplication(order, details),
  ]);
  return { commercialInvoice, packingList, certificateOfOrigin };
}
