/**
 * Sizing help for products that need fitting. Seat width: the hips plus 2–5 cm of clearance
 * (common wheelchair fitting guidance). Handle height: the wrist crease measured from the floor
 * while standing with arms relaxed must fall within the handle's range.
 */
import type { SizingRule } from "@aem/trade-kit"

export type { SizingRule }
export { sizingRuleForOption as sizingRule } from "@aem/trade-kit"
export type Fit = { variant: string; value: string; reason: "seat" | "handle" } | { variant: null; reason: "none" }

const SEAT_CLEARANCE_CM = { min: 2, max: 5 }

/** Numbers in centimetres in a variant value: "46 cm" → [46], "Low (76–88 cm)" → [76, 88]. */
export function centimetres(value: string): number[] {
  return (value.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)
}

/** What a variant fits, for the size chart: [from, to] of the body measurement. */
export function fitsRange(rule: SizingRule, value: string): [number, number] | null {
  const cm = centimetres(value)
  if (!cm.length) return null
  if (rule.measurement === "hip_width") return [cm[0] - SEAT_CLEARANCE_CM.max, cm[0] - SEAT_CLEARANCE_CM.min]
  return cm.length >= 2 ? [cm[0], cm[1]] : null
}

/** The variant that fits the measurement; the narrowest seat that still leaves room, or the handle range containing it. */
export function recommend(rule: SizingRule, measurement: number, variants: { id: string; title: string }[]): Fit {
  const candidates = variants
    .map((v) => ({ v, range: fitsRange(rule, v.title) }))
    .filter((c): c is { v: { id: string; title: string }; range: [number, number] } => !!c.range)
  if (rule.measurement === "hip_width") {
    const fit = candidates
      .filter((c) => measurement <= c.range[1])
      .sort((a, b) => a.range[1] - b.range[1])[0]
    return fit ? { variant: fit.v.id, value: fit.v.title, reason: "seat" } : { variant: null, reason: "none" }
  }
  const fit = candidates.find((c) => measurement >= c.range[0] && measurement <= c.range[1])
  return fit ? { variant: fit.v.id, value: fit.v.title, reason: "handle" } : { variant: null, reason: "none" }
}
