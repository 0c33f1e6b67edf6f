import { periodStart, seesAll, transitionError } from "../rules"

describe("organisation rules", () => {
  it("moves through review as manufacturers do, and says why not otherwise", () => {
    expect(transitionError("pending", "verified")).toBeNull()
    expect(transitionError("pending", "rejected")).toBeNull()
    expect(transitionError("verified", "suspended")).toBeNull()
    expect(transitionError("suspended", "verified")).toBeNull()
    expect(transitionError("verified", "rejected")).toBe("A verified organisation can only be suspended, not rejected.")
    expect(transitionError("rejected", "verified")).toBe("A rejected organisation cannot change status; it has to register again.")
  })

  it("starts a limit's period on the first day of its month, quarter or year (UTC)", () => {
    const at = new Date("2026-08-17T23:30:00Z")
    expect(periodStart("month", at).toISOString()).toBe("2026-08-01T00:00:00.000Z")
    expect(periodStart("quarter", at).toISOString()).toBe("2026-07-01T00:00:00.000Z")
    expect(periodStart("year", at).toISOString()).toBe("2026-01-01T00:00:00.000Z")
    expect(periodStart("quarter", new Date("2026-03-31T12:00:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z")
  })

  it("lets admins and approvers see every order and approval, a buyer their own", () => {
    expect([seesAll("admin"), seesAll("approver"), seesAll("buyer")]).toEqual([true, true, false])
  })
})
