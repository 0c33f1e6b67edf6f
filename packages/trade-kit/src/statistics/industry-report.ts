import { PdfCanvas } from '../documents/pdf';
import { csvRows } from '../util/csv';
import { formatMinor } from '../util/money';

/**
 * The industry statistics the pilot zone reports: what was listed and sold by ISO 9999 class, the
 * manufacturers, export orders and value by destination and customs mode (9610 B2C, 9710 B2B),
 * fitting requests, recalls and spot checks over a period. Amounts stay per currency (minor units):
 * orders are paid in the buyer's currency and the report never converts what it did not receive.
 */
export type IndustryStatistics = {
  from: string;
  to: string;
  products_by_iso_class: { iso_class: string; products: number; quantity: number }[];
  manufacturers: { status: string; count: number }[];
  exports: { country_code: string; mode: string; currency_code: string; orders: number; value_minor: number }[];
  export_totals: { currency_code: string; orders: number; value_minor: number }[];
  /** Buyers' "ask the manufacturer" fitting requests made in the period. */
  fitting_requests: number;
  recalls: { opened: number; closed: number };
  spot_checks: { passed: number; failed: number };
};

/** The export rows summed per currency: what the report's totals are made of. */
export function exportTotals(rows: IndustryStatistics['exports']): IndustryStatistics['export_totals'] {
  const byCurrency = new Map<string, { currency_code: string; orders: number; value_minor: number }>();
  for (const r of rows) {
    const t = byCurrency.get(r.currency_code) ?? { currency_code: r.currency_code, orders: 0, value_minor: 0 };
    t.orders += r.orders;
    t.value_minor += r.value_minor;
    byCurrency.set(r.currency_code, t);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency_code.localeCompare(b.currency_code));
}

const money = (minor: number, currency: string) => formatMinor(minor, currency.toUpperCase());

/** One table per section, for both the CSV and the PDF. */
function sections(s: IndustryStatistics): { title: string; header: string[]; rows: (string | number)[][] }[] {
  return [
    { title: 'Products by ISO 9999 class', header: ['iso_class', 'products', 'quantity_sold'], rows: s.products_by_iso_class.map((r) => [r.iso_class, r.products, r.quantity]) },
    { title: 'Manufacturers', header: ['status', 'count'], rows: s.manufacturers.map((r) => [r.status, r.count]) },
    {
      title: 'Exports by destination and mode',
      header: ['country', 'mode', 'currency', 'orders', 'value'],
      rows: s.exports.map((r) => [r.country_code.toUpperCase(), r.mode, r.currency_code.toUpperCase(), r.orders, money(r.value_minor, r.currency_code)]),
    },
    {
      title: 'Export totals',
      header: ['currency', 'orders', 'value'],
      rows: s.export_totals.map((r) => [r.currency_code.toUpperCase(), r.orders, money(r.value_minor, r.currency_code)]),
    },
    {
      title: 'Quality and fitting',
      header: ['measure', 'count'],
      rows: [
        ['recalls_opened', s.recalls.opened],
        ['recalls_closed', s.recalls.closed],
        ['spot_checks_passed', s.spot_checks.passed],
        ['spot_checks_failed', s.spot_checks.failed],
        ['fitting_requests', s.fitting_requests],
      ],
    },
  ];
}

/** The report as CSV: a section column, then each section's own columns. */
export function industryReportCsv(s: IndustryStatistics): string {
  const rows: (string | number)[][] = [['period_from', s.from], ['period_to', s.to]];
  for (const section of sections(s)) {
    rows.push([], [section.title, ...section.header]);
    for (const r of section.rows) rows.push(['', ...r]);
  }
  return csvRows(rows);
}

/** The report as PDF (A4), the same tables as the CSV. */
export async function industryReportPdf(s: IndustryStatistics): Promise<Buffer> {
  const pdf = new PdfCanvas(`Industry statistics ${s.from.slice(0, 10)} to ${s.to.slice(0, 10)}`);
  pdf.line('ASSISTIVE DEVICE EXPORTS — INDUSTRY STATISTICS 康复辅具出口行业统计', { size: 13, bold: true, gap: 6 });
  pdf.line(`Period: ${s.from} to ${s.to} (end exclusive)`, { gap: 10 });
  for (const section of sections(s)) {
    pdf.line(section.title, { bold: true, gap: 4 });
    pdf.table(section.header.map((h) => ({ header: h, width: 10 })), section.rows.map((r) => r.map(String)));
  }
  return pdf.end();
}
