import { consignmentTransitionProblem, exceptionResolutionKey, openExceptions, statusAfter } from "../status"

describe("consignment status machine", () => {
  it("goes allocated → received → packed → handed over → in transit → delivered", () => {
    expect(consignmentTransitionProblem("allocated", "received")).toBeNull()
    expect(consignmentTransitionProblem("received", "packed")).toBeNull()
    expect(consignmentTransitionProblem("packed", "handed_over")).toBeNull()
    expect(consignmentTransitionProblem("handed_over", "in_transit")).toBeNull()
    expect(consignmentTransitionProblem("in_transit", "delivered")).toBeNull()
    expect(consignmentTransitionProblem("handed_over", "delivered")).toBeNull()
  })

  it("lets a scan or a re-weigh repeat, and refuses skipping a step with what must come first", () => {
    expect(consignmentTransitionProblem("received", "received")).toBeNull()
    expect(consignmentTransitionProblem("packed", "packed")).toBeNull()
    expect(consignmentTransitionProblem("allocated", "packed")).toBe("it is allocated; it must be received first")
    expect(consignmentTransitionProblem("received", "handed_over")).toBe("it is received; it must be packed first")
    expect(consignmentTransitionProblem("handed_over", "packed")).toBe("it is handed over; it must be received first")
    expect(consignmentTransitionProblem("packed", "delivered")).toBe("it is packed; it must be handed over or in transit first")
  })

  it("keeps a delivered consignment delivered when a late 'in transit' arrives", () => {
    expect(consignmentTransitionProblem("delivered", "in_transit")).toBeNull()
    expect(statusAfter("delivered", "in_transit")).toBe("delivered")
    expect(statusAfter("handed_over", "in_transit")).toBe("in_transit")
  })
})

describe("open exceptions", () => {
  const event = (id: string, code: string, dedupe_key = `${code}:${id}`) => ({ id, code, dedupe_key })
  it("are the recorded exceptions without a resolution; a resolution is not itself an exception", () => {
    const events = [
      event("e1", "received"),
      event("e2", "exception_damaged"),
      event("e3", "exception_missing"),
      event("e4", "exception_resolved", exceptionResolutionKey("e2")),
    ]
    expect(openExceptions(events).map((e) => e.id)).toEqual(["e3"])
    expect(openExceptions([...events, event("e5", "exception_resolved", exceptionResolutionKey("e3"))])).toEqual([])
  })
})
