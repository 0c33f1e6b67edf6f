import { declarationStatusForReceipt, declarationTransitionProblem, messageStatusForReceipt, resubmissionProblem, stepsForReceipt } from "../status"

describe("declaration status machine", () => {
  it("goes draft → generated → submitted → accepted → released", () => {
    expect(declarationTransitionProblem("draft", "generated")).toBeNull()
    expect(declarationTransitionProblem("generated", "submitted")).toBeNull()
    expect(declarationTransitionProblem("submitted", "accepted")).toBeNull()
    expect(declarationTransitionProblem("accepted", "released")).toBeNull()
  })

  it("lets a submitted declaration be rejected, and a rejected or unsent one be cancelled", () => {
    expect(declarationTransitionProblem("submitted", "rejected")).toBeNull()
    expect(declarationTransitionProblem("rejected", "cancelled")).toBeNull()
    expect(declarationTransitionProblem("rejected", "draft")).toBeNull()
    expect(declarationTransitionProblem("draft", "cancelled")).toBeNull()
    expect(declarationTransitionProblem("generated", "cancelled")).toBeNull()
  })

  it("refuses skipped or backward steps, saying what is possible", () => {
    expect(declarationTransitionProblem("draft", "submitted")).toBe("a draft declaration can only become generated or cancelled")
    expect(declarationTransitionProblem("submitted", "cancelled")).toBe("a submitted declaration can only become accepted or rejected")
    expect(declarationTransitionProblem("released", "rejected")).toBe("a released declaration can no longer change")
    expect(declarationTransitionProblem("cancelled", "draft")).toBe("a cancelled declaration can no longer change")
  })

  it("treats a repeated step as no change rather than an error", () => {
    expect(declarationTransitionProblem("generated", "generated")).toBeNull()
  })
})

describe("receipts", () => {
  it("reads acceptance and release from the inventory list's receipt only", () => {
    expect(declarationStatusForReceipt("CEB604", "120")).toBe("accepted")
    expect(declarationStatusForReceipt("CEB604", "399")).toBe("accepted")
    expect(declarationStatusForReceipt("CEB604", "800")).toBe("released")
    expect(declarationStatusForReceipt("CEB304", "120")).toBeNull()
    expect(declarationStatusForReceipt("CEB506", "800")).toBeNull()
  })

  it("rejects on a rejection, a failed delivery or an e-port error from any receipt", () => {
    expect(declarationStatusForReceipt("CEB304", "100")).toBe("rejected")
    expect(declarationStatusForReceipt("CEB604", "4")).toBe("rejected")
    expect(declarationStatusForReceipt("CEB404", "-301010")).toBe("rejected")
  })

  it("names what a receipt says about the message it answers", () => {
    expect(["120", "300", "399", "800", "100", "-1", "2"].map(messageStatusForReceipt)).toEqual([
      "accepted", "manual_review", "cleared", "released", "rejected", "rejected", "in_progress",
    ])
  })

  it("leaves manual review and progress codes alone", () => {
    for (const code of ["1", "2", "3", "300"]) expect(declarationStatusForReceipt("CEB604", code)).toBeNull()
  })

  it("passes through accepted when the release is read first, and ignores late receipts", () => {
    expect(stepsForReceipt("submitted", "released")).toEqual(["accepted", "released"])
    expect(stepsForReceipt("submitted", "accepted")).toEqual(["accepted"])
    expect(stepsForReceipt("released", "accepted")).toEqual([])
    expect(stepsForReceipt("accepted", "accepted")).toEqual([])
    expect(stepsForReceipt("submitted", null)).toEqual([])
    expect(stepsForReceipt("rejected", "released")).toEqual([])
    // Customs answered before the workers' "submitted" was recorded: the receipt itself proves it.
    expect(stepsForReceipt("generated", "released")).toEqual(["submitted", "accepted", "released"])
    expect(stepsForReceipt("generated", "rejected")).toEqual(["submitted", "rejected"])
    expect(stepsForReceipt("generated", null)).toEqual(["submitted"])
    expect(stepsForReceipt("draft", "accepted")).toEqual([])
  })

  it("resubmits only the current version, after a rejection or a build problem", () => {
    expect(resubmissionProblem({ status: "rejected", version: 1 }, 1)).toBeNull()
    expect(resubmissionProblem({ status: "draft", version: 2, problem: "No China customs currency code" }, 2)).toBeNull()
    expect(resubmissionProblem({ status: "rejected", version: 2 }, 1)).toBe("version 1 is not the current one (2); reload the order")
    expect(resubmissionProblem({ status: "draft", version: 1, problem: null }, 1)).toMatch(/a draft declaration is resubmitted only after/)
    expect(resubmissionProblem({ status: "released", version: 1 }, 1)).toMatch(/a released declaration/)
  })
})
