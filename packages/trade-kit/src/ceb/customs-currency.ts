import { createCodeTables, CodeTables } from '../codes/customs-codes';
import { InvalidInputError } from '../errors';
import { Decimal, decimalText } from '../util/money';
import type { ExportOrderInput } from './order';

/** The currency every declaration can fall back on: its customs code (142) is the one our reference confirms. */
export const CUSTOMS_FALLBACK_CURRENCY = 'CNY';

/** Customs' monthly conversion rate: `rate` CNY for one unit of `currency` during `month` (YYYY-MM). */
export interface CustomsExchangeRate {
  currency: string;
  month: string;
  rate: string;
}

/** A rate as customs publishes it: a positive decimal, at most 10 places. */
export const CUSTOMS_RATE_PATTERN = /^(?!0+(\.0+)?$)\d{1,8}(\.\d{1,10})?$/;
export const CUSTOMS_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month whose customs rate applies to a payment: customs counts in China Standard Time (UTC+8). */
export function customsRateMonth(paidAt: Date): string {
  return new Date(paidAt.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/**
 * The currency a declaration is made in: the order's own when its customs code is confirmed (checked
 * against the customs parameter library), otherwise CNY. A code recalled from memory is never
 * declared: a wrong currency code gets the declaration rejected, CNY at customs' own rate does not.
 */
export function declaredCurrencyFor(currency: string, codes: CodeTables = createCodeTables()): string {
  const row = codes.lookup('currency', currency);
  return row?.confirmed ? currency.toUpperCase() : CUSTOMS_FALLBACK_CURRENCY;
}

const convert = (amount: string | number | undefined, rate: Decimal, places: number) =>
  decimalText(new Decimal(amount ?? 0).mul(rate).toDecimalPlaces(places, Decimal.ROUND_HALF_UP), places);

/**
 * The order re-expressed in CNY at customs' rate for the month: unit prices at the five places the
 * messages allow (line totals, goods value and the payment charge are then computed from them as for
 * any order), freight and insurance to the fen.
 */
export function convertExportOrder(order: ExportOrderInput, rate: CustomsExchangeRate): ExportOrderInput {
  if (order.currency.toUpperCase() !== rate.currency.toUpperCase()) {
    throw new InvalidInputError(`The rate is for ${rate.currency}, but the order is in ${order.currency}`);
  }
  if (!CUSTOMS_RATE_PATTERN.test(rate.rate)) {
    throw new InvalidInputError(`The customs rate for ${rate.currency} in ${rate.month} is "${rate.rate}": use a positive decimal, CNY per one ${rate.currency}`);
  }
  const r = new Decimal(rate.rate);
  return {
    ...order,
    currency: CUSTOMS_FALLBACK_CURRENCY,
    lines: order.lines.map((l) => ({ ...l, unitPrice: convert(l.unitPrice, r, 5) })),
    freight: convert(order.freight, r, 2),
    insuredFee: convert(order.insuredFee, r, 2),
  };
}
