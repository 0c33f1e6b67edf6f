import type { DeclarationStatus } from "../../../modules/customs/status"
import { planReceipts, type AnsweredMessage, type CustomsReceipt } from "../receipt-plan"

const declaration = { id: "decl_1", version: 1, order_id: "order_1", manufacturer_id: "mfr_1", order_no: "AEM-1" }
const inventoryList = (returnTime: string | null = null, status: DeclarationStatus = "submitted"): AnsweredMessage => ({
  id: "cmsg_603", type: "CEB603", head_guid: "HEAD-603", version: 1, return_time: returnTime, declaration: { ...declaration, status },
})
const receipt = (guid: string, status: string, time: string): CustomsReceipt => ({
  type: "CEB604", guid, xml: `<r guid="${guid}"/>`, statuses: [{ guid: "HEAD-603", status, note: `status ${status}`, time }],
})
const accepted = receipt("IN-120", "120", "20261208025906069")
const released = receipt("IN-800", "800", "20261208025906083")

describe("planReceipts", () => {
  it("stores fresh receipts and moves the message and the declaration, oldest receipt first", () => {
    const plan = planReceipts([released, accepted], new Set(), [inventoryList()])
    expect(plan.inbound.map((m) => m.guid)).toEqual(["IN-120", "IN-800"])
    expect(plan.messages.map((m) => m.status)).toEqual(["accepted", "released"])
    expect(plan.declarations.map((d) => d.to)).toEqual(["accepted", "released"])
    expect(plan.clearances.map((c) => c.status)).toEqual(["accepted", "released"])
    expect(plan.duplicates).toBe(0)
  })

  it("moves what receipts stored by a run that died before moving anything say, without storing them again", () => {
    // The topology test's crash: the receipts were stored, the backend was killed, the declaration stayed submitted.
    const plan = planReceipts([accepted, released], new Set(["IN-120", "IN-800"]), [inventoryList()])
    expect(plan.inbound).toEqual([])
    expect(plan.duplicates).toBe(2)
    expect(plan.messages.map((m) => [m.status, m.return_status])).toEqual([["accepted", "120"], ["released", "800"]])
    expect(plan.declarations.map((d) => d.to)).toEqual(["accepted", "released"])
    expect(plan.clearances.map((c) => c.status)).toEqual(["accepted", "released"])
  })

  it("changes nothing for receipts already applied, and a late older receipt does not take the message back", () => {
    const done = inventoryList(released.statuses[0].time!, "released")
    const again = planReceipts([accepted, released], new Set(["IN-120", "IN-800"]), [done])
    expect(again.declarations).toEqual([])
    expect(again.clearances).toEqual([])
    expect(again.messages.map((m) => m.status)).toEqual(["released"])
    const late = planReceipts([accepted], new Set(["IN-120"]), [done])
    expect([late.messages, late.declarations]).toEqual([[], []])
  })

  it("announces a manual-review hold for a fresh receipt only", () => {
    const held = receipt("IN-300", "300", "20261208025906070")
    expect(planReceipts([held], new Set(), [inventoryList()]).holds).toHaveLength(1)
    expect(planReceipts([held], new Set(["IN-300"]), [inventoryList()]).holds).toEqual([])
  })

  it("names receipts that answer no message we sent", () => {
    const stray = { ...accepted, guid: "IN-x", statuses: [{ ...accepted.statuses[0], guid: "NOT-OURS" }] }
    expect(planReceipts([stray], new Set(), [inventoryList()]).unmatched).toEqual(["IN-x"])
  })
})
