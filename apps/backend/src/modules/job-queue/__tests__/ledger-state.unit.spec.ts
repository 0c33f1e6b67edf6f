import { ledgerState, sortableEventId, streamEventId } from "../ledger-state"

describe("ledger state", () => {
  it("tells a job waiting for its retry from new work", () => {
    expect(ledgerState("waiting", 0, "added")).toBe("waiting")
    expect(ledgerState("delayed", 0, "delayed")).toBe("waiting")
    expect(ledgerState("delayed", 1, "delayed")).toBe("retrying")
    expect(ledgerState("waiting", 2, "waiting")).toBe("retrying")
    expect(ledgerState("prioritized", 1, "waiting")).toBe("retrying")
  })

  it("keeps BullMQ's active, completed and failed", () => {
    expect(ledgerState("active", 3, "active")).toBe("active")
    expect(ledgerState("completed", 1, "completed")).toBe("completed")
    expect(ledgerState("failed", 5, "failed")).toBe("failed")
  })

  it("names a job gone from Redis by the event that reported it", () => {
    expect(ledgerState("unknown", 0, "completed")).toBe("completed")
    expect(ledgerState("unknown", 0, "failed")).toBe("failed")
    expect(ledgerState("unknown", 0, "removed")).toBe("removed")
  })
})

describe("event ids", () => {
  it("sort as text in the order of the stream, and convert back", () => {
    const ids = ["1732999999999-10", "1732999999999-2", "999999999999-5", "1733000000000-0"]
    const sorted = ids.map(sortableEventId).sort()
    expect(sorted.map(streamEventId)).toEqual(["999999999999-5", "1732999999999-2", "1732999999999-10", "1733000000000-0"])
  })
})
