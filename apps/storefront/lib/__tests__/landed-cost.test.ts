import { estimateLandedCost } from "../landed-cost"

const wheelchair = { hsCode: "8713100000", value: 709, quantity: 1, weightKg: 15.8 }

describe("landed-cost estimate", () => {
  it("offers DDP in Saudi Arabia, where every charge can be priced", () => {
    const estimate = estimateLandedCost({ countryCode: "sa", currency: "sar", items: [wheelchair], shipping: 94, incoterm: "DDP" })!
    expect(estimate.ddpAllowed).toBe(true)
    expect(estimate.quote.lines.map((l) => l.kind)).toEqual(["goods", "shipping", "duty", "tax"])
    expect(estimate.quote.lines.find((l) => l.kind === "tax")?.payableBy).toBe("seller (collected at checkout)")
  })
  it("offers DDP in Kazakhstan: 96,400 KZT is within the EAEU €200 allowance at the trade kit's tenge rate", () => {
    const estimate = estimateLandedCost({ countryCode: "kz", currency: "kzt", items: [{ ...wheelchair, value: 96400 }], shipping: 0, incoterm: "DAP" })!
    expect(estimate.ddpAllowed).toBe(true)
    expect(estimate.quote.lines.find((l) => l.kind === "duty")?.amountMinor).toBe(0)
  })
  it("keeps to DAP in Egypt, where the duty rate is unknown", () => {
    const estimate = estimateLandedCost({ countryCode: "eg", currency: "egp", items: [wheelchair], shipping: 0, incoterm: "DAP" })!
    expect(estimate.ddpAllowed).toBe(false)
    expect(estimate.quote.unknowns.join()).toMatch(/Egypt/)
  })
  it("gives no estimate without an HS code or for a market the trade kit does not know", () => {
    expect(estimateLandedCost({ countryCode: "sa", currency: "sar", items: [{ ...wheelchair, hsCode: null }], shipping: 0, incoterm: "DAP" })).toBeNull()
    expect(estimateLandedCost({ countryCode: "us", currency: "usd", items: [wheelchair], shipping: 0, incoterm: "DAP" })).toBeNull()
  })
})
