import { priceFilter, priceValue, readSearchParams, searchHref, storeSearchQuery } from "../search-params"

describe("search page parameters", () => {
  it("reads the query, facets and page, ignoring junk", () => {
    expect(readSearchParams({ q: " kursi roda ", page: "2", iso_class: "12 22", colour: "red" })).toEqual({
      q: "kursi roda",
      page: 2,
      iso_class: "12 22",
    })
    expect(readSearchParams({ q: ["a", "b"], page: "-3" })).toEqual({ q: "a", page: 1 })
  })

  it("turns a price range into the store API's bounds, the upper edge excluded", () => {
    expect(priceFilter("5000-10000")).toEqual({ price_min: "5000", price_max: "9999.99" })
    expect(priceFilter("200000-")).toEqual({ price_min: "200000" })
    expect(priceFilter("abc")).toEqual({})
    expect(priceValue({ min: 0, max: 50 })).toBe("0-50")
    expect(priceValue({ min: 2500, max: null })).toBe("2500-")
  })

  it("asks the store API for the right page in the buyer's country", () => {
    expect(storeSearchQuery({ q: "cane", page: 3, in_stock: "true", price: "0-50" }, "kz")).toEqual({
      q: "cane",
      country_code: "kz",
      limit: "24",
      offset: "48",
      in_stock: "true",
      price_min: "0",
      price_max: "49.99",
    })
  })

  it("links to a changed search, back on page 1", () => {
    const p = { q: "cane", page: 3, iso_class: "12 03" }
    expect(searchHref("kz", p, { iso_class: undefined })).toBe("/kz/search?q=cane")
    expect(searchHref("kz", p, { page: 4 })).toBe("/kz/search?q=cane&page=4&iso_class=12+03")
    expect(searchHref("kz", p, { q: "crutch" })).toBe("/kz/search?q=crutch&iso_class=12+03")
  })
})
