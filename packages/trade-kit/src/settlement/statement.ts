import { csvRows } from '../util/csv';
import { formatMinor } from '../util/money';

/** Chinese manufacturers close their books on Beijing time. */
export const STATEMENT_TIME_ZONE = 'Asia/Shanghai';

function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(at)
      .map((p) => [p.type, p.value])
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

function zonedMonthStart(year: number, month: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, 1));
  return new Date(guess.getTime() - offsetMs(guess, timeZone));
}

/** The instants [from, to) a statement month ("2026-11") covers in the given time zone. */
export function statementPeriod(month: string, timeZone = STATEMENT_TIME_ZONE): { from: Date; to: Date } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`month must look like 2026-11, got "${month}"`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  return {
    from: zonedMonthStart(year, mon, timeZone),
    to: mon === 12 ? zonedMonthStart(year + 1, 1, timeZone) : zonedMonthStart(year, mon + 1, timeZone),
  };
}

/** One child order on a manufacturer's statement, amounts in minor units. */
export type StatementLine = {
  orderId: string;
  displayId: number | string;
  placedAt: Date;
  currencyCode: string;
  grossMinor: number;
  /** What commission is charged on: the items after discounts, without tax and shipping. */
  commissionBaseMinor: number;
  commissionMinor: number;
};

export type StatementCurrencyTotal = { currencyCode: string; orderCount: number; grossMinor: number; commissionMinor: number; netMinor: number };

/** Totals per currency: the platform pays each manufacturer gross minus commission. */
export function statementTotals(lines: StatementLine[]): StatementCurrencyTotal[] {
  const byCurrency = new Map<string, StatementCurrencyTotal>();
  for (const l of lines) {
    const code = l.currencyCode.toLowerCase();
    const t = byCurrency.get(code) ?? { currencyCode: code, orderCount: 0, grossMinor: 0, commissionMinor: 0, netMinor: 0 };
    t.orderCount += 1;
    t.grossMinor += l.grossMinor;
    t.commissionMinor += l.commissionMinor;
    t.netMinor = t.grossMinor - t.commissionMinor;
    byCurrency.set(code, t);
  }
  return [...byCurrency.values()].sort((a, b) => a.currencyCode.localeCompare(b.currencyCode));
}

/** The statement as CSV (RFC 4180, CRLF): one row per order, then one total row per currency. */
export function statementCsv(month: string, manufacturer: string, lines: StatementLine[]): string {
  const rows: (string | number)[][] = [['month', 'manufacturer', 'order', 'display_id', 'placed_at', 'currency', 'gross', 'commission_base', 'commission', 'net']];
  for (const l of [...lines].sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())) {
    const currency = l.currencyCode.toUpperCase();
    rows.push([month, manufacturer, l.orderId, l.displayId, l.placedAt.toISOString(), currency, formatMinor(l.grossMinor, currency),
      formatMinor(l.commissionBaseMinor, currency), formatMinor(l.commissionMinor, currency), formatMinor(l.grossMinor - l.commissionMinor, currency)]);
  }
  for (const t of statementTotals(lines)) {
    const currency = t.currencyCode.toUpperCase();
    rows.push([month, manufacturer, 'TOTAL', t.orderCount, '', currency, formatMinor(t.grossMinor, currency), '',
      formatMinor(t.commissionMinor, currency), formatMinor(t.netMinor, currency)]);
  }
  return csvRows(rows);
}
