import Decimal from 'decimal.js';

/** A platform commission rule: no manufacturer and no class is the default rate. Rates are in basis points. */
export type CommissionRule = { manufacturerId?: string | null; isoClass?: string | null; rateBps: number };

export type ResolvedCommissionRate = {
  rateBps: number;
  /** Which rule applied, so a statement can explain every rate. */
  source: 'manufacturer-and-class' | 'manufacturer' | 'class' | 'default' | 'none';
};

// ISO 9999 codes are two-digit levels: class "12", subclass "12 22", division "12 22 03".
const levels = (isoClass: string) => isoClass.replace(/\D/g, '').match(/\d{1,2}/g) ?? [];

/** How many levels deep `ruleClass` covers `productClass`, or -1 when it is not one of its ancestors. */
function coversClass(ruleClass: string, productClass: string | null | undefined): number {
  if (!productClass) return -1;
  const rule = levels(ruleClass);
  const product = levels(productClass);
  return rule.length > 0 && rule.every((level, i) => product[i] === level) ? rule.length : -1;
}

/**
 * The rate for one product: a manufacturer's own rate for the product's ISO 9999 class beats the
 * manufacturer's rate, which beats a class rate, which beats the default; among class rules the
 * most specific class wins (a rule for "12 22" beats one for "12").
 */
export function resolveCommissionRate(
  rules: CommissionRule[],
  product: { manufacturerId: string; isoClass?: string | null }
): ResolvedCommissionRate {
  const best = (candidates: CommissionRule[]) =>
    candidates
      .map((r) => ({ r, depth: r.isoClass ? coversClass(r.isoClass, product.isoClass) : 0 }))
      .filter((c) => c.depth >= 0)
      .sort((a, b) => b.depth - a.depth)[0]?.r;
  const own = rules.filter((r) => r.manufacturerId === product.manufacturerId);
  const platform = rules.filter((r) => !r.manufacturerId);
  const ownClass = best(own.filter((r) => r.isoClass));
  if (ownClass) return { rateBps: ownClass.rateBps, source: 'manufacturer-and-class' };
  const ownDefault = own.find((r) => !r.isoClass);
  if (ownDefault) return { rateBps: ownDefault.rateBps, source: 'manufacturer' };
  const classRule = best(platform.filter((r) => r.isoClass));
  if (classRule) return { rateBps: classRule.rateBps, source: 'class' };
  const platformDefault = platform.find((r) => !r.isoClass);
  if (platformDefault) return { rateBps: platformDefault.rateBps, source: 'default' };
  return { rateBps: 0, source: 'none' };
}

/** Commission on an amount in minor units, rounded half up to a whole minor unit. */
export function commissionMinor(baseMinor: number, rateBps: number): number {
  if (!Number.isInteger(baseMinor)) throw new RangeError(`baseMinor must be whole minor units, got ${baseMinor}`);
  if (!Number.isInteger(rateBps) || rateBps < 0 || rateBps > 10000) throw new RangeError(`rateBps must be 0..10000, got ${rateBps}`);
  return new Decimal(baseMinor).mul(rateBps).div(10000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
