import { deliveryWindow } from "../delivery"

describe("delivery window from the park", () => {
  it("adds the park's handling days to the carrier's transit days", () => {
    const from = new Date("2026-11-23T12:00:00Z")
    expect(deliveryWindow("express", from)).toEqual({ earliest: new Date("2026-11-29T12:00:00Z"), latest: new Date("2026-12-03T12:00:00Z") })
    expect(deliveryWindow("standard-air", from)?.latest).toEqual(new Date("2026-12-15T12:00:00Z"))
  })
  it("knows nothing of an option it has no transit times for", () => {
    expect(deliveryWindow("sea-freight")).toBeNull()
    expect(deliveryWindow(undefined)).toBeNull()
  })
})
