import { BUYER_LANGUAGES, buyerLanguage, RECALL_NOTICE_TEXT } from "../notice-texts"
import { isRecallNoticeToken, recallNoticeToken } from "../recall-link"
import { recallCovers } from "../recall-scope"

describe("the buyer's language", () => {
  it("is the one recorded on the order, else the country's, else English", () => {
    expect(buyerLanguage("kz", { language: "tr" })).toBe("tr")
    expect(buyerLanguage("kz", { language: "xx" })).toBe("ru")
    expect(buyerLanguage("SA", null)).toBe("ar")
    expect(buyerLanguage("id")).toBe("id")
    expect(buyerLanguage("pl")).toBe("en")
  })

  it("has a notice in every storefront language that names the units, the reason and the link", () => {
    const facts = { product: "Wheelchair AX-1", manufacturer: "Kangyi", serials: ["SN-1", "SN-2"], reason: "Brake lever may crack", url: "https://shop.example/kz/trace?notice=1" }
    for (const lang of BUYER_LANGUAGES) {
      const { subject, body } = RECALL_NOTICE_TEXT[lang](facts)
      expect([lang, subject.includes(facts.product), body.includes(facts.url), body.includes("SN-1"), body.includes(facts.reason)]).toEqual([lang, true, true, true, true])
    }
  })
})

describe("the acknowledgement link", () => {
  it("accepts the token signed for the notice and nothing else", () => {
    const token = recallNoticeToken("rcln_1", "secret")
    expect(isRecallNoticeToken("rcln_1", token, "secret")).toBe(true)
    expect(isRecallNoticeToken("rcln_2", token, "secret")).toBe(false)
    expect(isRecallNoticeToken("rcln_1", token, "another secret")).toBe(false)
    expect(isRecallNoticeToken("rcln_1", token.slice(1), "secret")).toBe(false)
  })
})

describe("what a recall covers", () => {
  const unit = { product_id: "prod_1", serial: "SN-0150", lot: "L7" }
  it.each([
    [{ product_id: "prod_1", scope: "product" }, true],
    [{ product_id: "prod_2", scope: "product" }, false],
    [{ product_id: "prod_1", scope: "lot", lot: "L7" }, true],
    [{ product_id: "prod_1", scope: "lot", lot: "L8" }, false],
    [{ product_id: "prod_1", scope: "serial_range", serial_from: "SN-0100", serial_to: "SN-0199" }, true],
    [{ product_id: "prod_1", scope: "serial_range", serial_from: "SN-0151", serial_to: "SN-0199" }, false],
  ])("%j covers SN-0150 of lot L7: %s", (recall, covers) => {
    expect(recallCovers(recall, unit)).toBe(covers)
  })
})
