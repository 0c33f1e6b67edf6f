import { planDeliveryTerms, planIsApplied, sameJson, type DeliveryTermsCart } from "../delivery-terms"

const date = "2026-11-23"
const chair = (id: string, maker: string, unit_price: number, quantity = 1) => ({
  id, product_id: `prod_${maker}`, unit_price, quantity,
  product: { hs_code: "8713.10.0000", weight: 19000, manufacturer: { id: maker } },
})
const dutiesLine = (id: string, unit_price: number) => ({ id, unit_price, quantity: 1, metadata: { duties_and_taxes: true } })
const kzCart = (items: DeliveryTermsCart["items"], terms?: "DAP" | "DDP"): DeliveryTermsCart => ({
  id: "cart_1", currency_code: "kzt", items,
  shipping_methods: [{ amount: 5000 }],
  shipping_address: { country_code: "kz" },
  metadata: terms ? { delivery_terms: { terms } } : {},
})

describe("planDeliveryTerms", () => {
  // Two chairs of 89,000 KZT + 5,000 shipping, one parcel: 15% × (183,000 − 118,320 KZT, i.e. €200) = 9,702.00.
  const two = [chair("li_a", "maker_a", 89_000, 2)]

  it("adds one line of the DDP charges and records both amounts", () => {
    const plan = planDeliveryTerms(kzCart(two), "DDP", date)
    expect(plan.add).toMatchObject({ unit_price: 9702, quantity: 1, is_discountable: false, metadata: { duties_and_taxes: true } })
    expect(plan.removeLineIds).toEqual([])
    expect(plan.record).toMatchObject({ terms: "DDP", charges_at_checkout: "9702.00", charges_on_delivery: "0.00", ddp_allowed: true })
  })

  it("under DAP adds nothing and removes a duties line left from DDP", () => {
    const plan = planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 9702)], "DDP"), "DAP", date)
    expect([plan.add, plan.removeLineIds]).toEqual([null, ["li_d"]])
    expect(plan.record).toMatchObject({ terms: "DAP", charges_on_delivery: "9702.00" })
  })

  it("leaves a right line alone, and replaces a stale or duplicated one", () => {
    expect(planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 9702)], "DDP"), undefined, date)).toMatchObject({ add: null, removeLineIds: [] })
    expect(planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 100)], "DDP"), undefined, date)).toMatchObject({ add: { unit_price: 9702 }, removeLineIds: ["li_d"] })
    const twice = planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 9702), dutiesLine("li_e", 9702)], "DDP"), undefined, date)
    expect(twice).toMatchObject({ add: { unit_price: 9702 }, removeLineIds: ["li_d", "li_e"] })
  })

  it("gives each manufacturer's parcel its own allowance", () => {
    const plan = planDeliveryTerms(kzCart([chair("li_a", "maker_a", 89_000), chair("li_b", "maker_b", 89_000)]), "DDP", date)
    expect(plan.add).toBeNull()
    expect(plan.record!.shipments.map((s) => s.manufacturer_id)).toEqual(["maker_a", "maker_b"])
  })

  it("refuses DDP it cannot price, and a refresh falls back to DAP", () => {
    const egypt = { ...kzCart(two, "DDP"), currency_code: "egp", shipping_address: { country_code: "eg" } }
    const asked = planDeliveryTerms(egypt, "DDP", date)
    expect(asked.refusal).toMatch(/not available for this cart: Import duty rate for HS 8713100000 in Egypt/)
    expect(asked.record).toMatchObject({ terms: "DAP" })
    expect(planDeliveryTerms({ ...egypt, items: [...two, dutiesLine("li_d", 5)] }, undefined, date)).toMatchObject({ add: null, removeLineIds: ["li_d"] })
  })

  it("gives no record without goods or an HS code", () => {
    expect(planDeliveryTerms(kzCart([dutiesLine("li_d", 5)], "DDP"), undefined, date)).toMatchObject({ record: null, removeLineIds: ["li_d"], add: null })
    const noHs = [{ ...chair("li_a", "maker_a", 89_000), product: { hs_code: null } }]
    expect(planDeliveryTerms(kzCart(noHs), "DDP", date).refusal).toMatch(/cannot be estimated/)
  })
})

describe("planIsApplied", () => {
  const two = [chair("li_a", "maker_a", 89_000, 2)]
  // As jsonb gives an object back: its keys in another order than written.
  const reordered = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(reordered) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) : value

  it("is true for a cart left as the plan would leave it, whatever the order of the stored record's keys", () => {
    const plan = planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 9702)], "DDP"), undefined, date)
    const stored = { ...kzCart([...two, dutiesLine("li_d", 9702)]), metadata: { delivery_terms: reordered(plan.record) } }
    expect(planIsApplied(stored, planDeliveryTerms(stored, undefined, date))).toBe(true)
  })

  it("is false when the line or the record must change", () => {
    const plan = planDeliveryTerms(kzCart([...two, dutiesLine("li_d", 9702)], "DDP"), undefined, date)
    const stale = { ...kzCart([...two, dutiesLine("li_d", 100)]), metadata: { delivery_terms: plan.record } }
    expect(planIsApplied(stale, planDeliveryTerms(stale, undefined, date))).toBe(false)
    const unrecorded = kzCart([...two, dutiesLine("li_d", 9702)], "DDP")
    expect(planIsApplied(unrecorded, planDeliveryTerms(unrecorded, undefined, date))).toBe(false)
  })

  it("compares JSON values, not key order", () => {
    expect(sameJson({ a: 1, b: [{ c: "x", d: null }] }, { b: [{ d: null, c: "x" }], a: 1 })).toBe(true)
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameJson(null, {})).toBe(false)
  })
})
