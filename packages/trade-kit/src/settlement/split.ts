import Decimal from 'decimal.js';
import { allocate, minorExponent, toMinor } from '../util/money';

/**
 * Splits a major-unit amount (a shipping charge, a discount) across parts in proportion to
 * `weights`, in whole minor units of the currency, so the parts add back up to the amount exactly.
 */
export function splitAmount(amount: Decimal.Value, currency: string, weights: number[]): number[] {
  const scale = Decimal.pow(10, minorExponent(currency));
  return allocate(toMinor(amount, currency), weights).map((minor) => new Decimal(minor).div(scale).toNumber());
}
