import { authorisationCovers } from "../coverage"
import { jobTransitionError, partnerTransitionError } from "../status"

describe("service partner statuses", () => {
  it("verifies or rejects a pending partner, suspends a verified one and verifies it again", () => {
    expect(partnerTransitionError("pending", "verified")).toBeNull()
    expect(partnerTransitionError("pending", "rejected")).toBeNull()
    expect(partnerTransitionError("verified", "suspended")).toBeNull()
    expect(partnerTransitionError("suspended", "verified")).toBeNull()
    expect(partnerTransitionError("pending", "suspended")).toMatch(/only be verified or rejected/)
    expect(partnerTransitionError("rejected", "verified")).toMatch(/register again/)
  })
})

describe("service job statuses", () => {
  it("runs requested → accepted → scheduled (again) → completed, and closes declined, completed and cancelled jobs", () => {
    expect(jobTransitionError("requested", "accepted")).toBeNull()
    expect(jobTransitionError("requested", "declined")).toBeNull()
    expect(jobTransitionError("accepted", "scheduled")).toBeNull()
    expect(jobTransitionError("scheduled", "scheduled")).toBeNull()
    expect(jobTransitionError("scheduled", "completed")).toBeNull()
    expect(jobTransitionError("accepted", "completed")).toMatch(/scheduled or cancelled next/)
    expect(jobTransitionError("requested", "scheduled")).toMatch(/accepted or declined or cancelled/)
    for (const closed of ["declined", "completed", "cancelled"] as const) expect(jobTransitionError(closed, "cancelled")).toMatch(/is closed/)
  })
})

describe("authorisationCovers", () => {
  const chair = { id: "prod_chair", manufacturer_id: "mfr_a", iso_9999: "12 22 03" }
  it("covers every product of the manufacturer unless limited, and only that manufacturer's", () => {
    expect(authorisationCovers({ manufacturer_id: "mfr_a" }, chair)).toBe(true)
    expect(authorisationCovers({ manufacturer_id: "mfr_b" }, chair)).toBe(false)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", product_ids: [] }, chair)).toBe(true)
  })
  it("limits to the products named and to ISO classes with their subclasses", () => {
    expect(authorisationCovers({ manufacturer_id: "mfr_a", product_ids: ["prod_other"] }, chair)).toBe(false)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", product_ids: ["prod_chair"] }, chair)).toBe(true)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", iso_classes: ["12"] }, chair)).toBe(true)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", iso_classes: ["12 22"] }, chair)).toBe(true)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", iso_classes: ["12 2"] }, chair)).toBe(false)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", iso_classes: ["22"] }, chair)).toBe(false)
    expect(authorisationCovers({ manufacturer_id: "mfr_a", iso_classes: ["12"] }, { ...chair, iso_9999: null })).toBe(false)
  })
})
