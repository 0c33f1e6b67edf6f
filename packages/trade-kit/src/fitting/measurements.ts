/**
 * The body measurements a buyer takes for products that need fitting, keyed by the product option they
 * size, with the range a person can plausibly measure (a typo outside it is refused, not answered).
 * The storefront's size chart and the backend's fitting requests read the same table.
 */
export const FITTING_MEASUREMENTS = ['hip_width', 'wrist_height'] as const;
export type FittingMeasurement = (typeof FITTING_MEASUREMENTS)[number];

export type SizingRule = { option: string; measurement: FittingMeasurement; min: number; max: number };

export const SIZING_RULES: readonly SizingRule[] = [
  { option: 'Seat width', measurement: 'hip_width', min: 20, max: 80 },
  { option: 'Handle height', measurement: 'wrist_height', min: 50, max: 120 },
];

/** The rule for a product whose first option is `optionTitle` ("Seat width"…), or null: no fitting needed. */
export function sizingRuleForOption(optionTitle: string | undefined): SizingRule | null {
  return SIZING_RULES.find((r) => r.option === optionTitle) ?? null;
}
