import { parseSerialRange, serialInRange } from "@aem/trade-kit"

type RecallScope = { product_id: string; scope: string; lot?: string | null; serial_from?: string | null; serial_to?: string | null }
type Unit = { product_id: string; serial: string; lot?: string | null }

/** Whether a recall takes in a unit: its whole product, its lot, or its serial in the range. */
export function recallCovers(recall: RecallScope, unit: Unit): boolean {
  if (recall.product_id !== unit.product_id) return false
  if (recall.scope === "lot") return !!recall.lot && recall.lot === unit.lot
  if (recall.scope === "serial_range") {
    const range = parseSerialRange(recall.serial_from ?? "", recall.serial_to ?? "")
    return range.ok && serialInRange(unit.serial, range.range)
  }
  return true
}
