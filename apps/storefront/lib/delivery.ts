/**
 * Delivery windows from the Jiaxing logistics park, by shipping option type code (the demo's two options),
 * counting the park's export handling and customs clearance days before the carrier's transit days.
 */
const HANDLING_DAYS = 2
const TRANSIT_DAYS: Record<string, [number, number]> = {
  "standard-air": [10, 20],
  express: [4, 8],
}
export const SHIPPING_CODES = Object.keys(TRANSIT_DAYS)

export function deliveryWindow(code: string | undefined | null, from = new Date()): { earliest: Date; latest: Date } | null {
  const days = code ? TRANSIT_DAYS[code] : undefined
  if (!days) return null
  const add = (n: number) => new Date(from.getTime() + (HANDLING_DAYS + n) * 24 * 3600 * 1000)
  return { earliest: add(days[0]), latest: add(days[1]) }
}
