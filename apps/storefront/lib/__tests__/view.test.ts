import { parseView, readState, stateSegment, viewSegment } from "../view"

describe("view segment", () => {
  it("names the language and the flags, and reads them back", () => {
    const views = [
      { locale: "en", highContrast: false, signedIn: false },
      { locale: "ar", highContrast: true, signedIn: false },
      { locale: "tr", highContrast: true, signedIn: true },
      { locale: "ru", highContrast: false, signedIn: true },
    ] as const
    expect(views.map(viewSegment)).toEqual(["en", "ar~contrast", "tr~contrast~signed-in", "ru~signed-in"])
    for (const v of views) expect(parseView(viewSegment(v))).toEqual(v)
  })
  it("reads an unknown segment as the default view", () => {
    expect(parseView("xx~whatever")).toEqual({ locale: "en", highContrast: false, signedIn: false })
    expect(parseView("ar%7Econtrast")).toEqual({ locale: "ar", highContrast: true, signedIn: false })
  })
})

describe("page state segment", () => {
  it("keeps a page's known parameters only, in one order, so equal queries share one cached page", () => {
    const a = stateSegment("categories", new URLSearchParams("max=120000&maker=jiaxing-kangyi&lang=ru&utm=x"))
    const b = stateSegment("categories", new URLSearchParams("maker=jiaxing-kangyi&max=120000"))
    expect(a).toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(readState("categories", a)).toEqual({ max: "120000", maker: "jiaxing-kangyi" })
  })
  it("drops values out of shape, and is _ for none", () => {
    expect(stateSegment("categories", new URLSearchParams("page=0&min=abc&ships=yes&cert="))).toBe("_")
    expect(stateSegment("products", new URLSearchParams(""))).toBe("_")
    expect(readState("products", "_")).toEqual({})
    const s = stateSegment("products", new URLSearchParams("measure=43.5&ask=sent&fit=variant_01ABC&page=2"))
    expect(readState("products", s)).toEqual({ measure: "43.5", ask: "sent", fit: "variant_01ABC" })
  })
  it("checks a hand-made segment again", () => {
    const forged = Buffer.from("measure=9999999&ask=<script>&fit=ok").toString("base64url")
    expect(readState("products", forged)).toEqual({ fit: "ok" })
    expect(readState("products", "not base64 at all!")).toEqual({})
  })
})
