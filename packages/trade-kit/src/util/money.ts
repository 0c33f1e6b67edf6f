import Decimal from 'decimal.js';

// ISO 4217 minor-unit exponents that differ from the usual 2.
const MINOR_EXPONENT: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, KWD: 3, BHD: 3, OMR: 3, JOD: 3, IQD: 3, TND: 3, LYD: 3 };

export function minorExponent(currency: string): number {
  return MINOR_EXPONENT[currency.toUpperCase()] ?? 2;
}

/** Converts a major-unit amount to integer minor units, rounding half away from zero. */
export function toMinor(amount: Decimal.Value, currency: string): number {
  return new Decimal(amount).mul(Decimal.pow(10, minorExponent(currency))).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Formats integer minor units as a fixed-point string ("1912.50"). */
export function formatMinor(minor: number, currency: string): string {
  const exp = minorExponent(currency);
  return new Decimal(minor).div(Decimal.pow(10, exp)).toFixed(exp);
}

/**
 * Splits an integer total into integer shares proportional to `weights` (largest remainder), so
 * the shares always add back up to the total exactly.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? weights : weights.map(() => 1);
  const basisSum = sum > 0 ? sum : weights.length;
  const exact = basis.map((w) => new Decimal(total).mul(w).div(basisSum));
  const shares = exact.map((e) => e.floor().toNumber());
  let rest = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e.minus(e.floor()).toNumber() })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) shares[order[k].i]++;
  return shares;
}

/** Decimal text for CEB amounts: at most `fractionDigits` places, no exponent, trailing zeros kept to 2. */
export function decimalText(v: Decimal.Value, fractionDigits = 5): string {
  const d = new Decimal(v).toDecimalPlaces(fractionDigits, Decimal.ROUND_HALF_UP);
  const fixed = d.toFixed(Math.max(2, d.decimalPlaces()));
  return fixed;
}

export { Decimal };
