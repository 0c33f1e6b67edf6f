import { negotiateLocale, resolveLocale } from "../locale"

describe("negotiateLocale", () => {
  it("takes the first supported language by q-value, ignoring regions", () => {
    expect(negotiateLocale("ar-SA,ar;q=0.9,en;q=0.8")).toBe("ar")
    expect(negotiateLocale("kk-KZ, ru;q=0.8, en;q=0.5")).toBe("ru")
    expect(negotiateLocale("en;q=0.3, tr;q=0.9")).toBe("tr")
    expect(negotiateLocale("id-ID")).toBe("id")
  })
  it("falls back to English for nothing supported, q=0 or no header", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9")).toBe("en")
    expect(negotiateLocale("ru;q=0")).toBe("en")
    expect(negotiateLocale(null)).toBe("en")
  })
})

describe("resolveLocale", () => {
  it("prefers the explicit choice, then the cookie, then Accept-Language", () => {
    expect(resolveLocale("ar", "ru", "tr")).toBe("ar")
    expect(resolveLocale(null, "ru", "tr")).toBe("ru")
    expect(resolveLocale("xx", "yy", "tr")).toBe("tr")
  })
})
