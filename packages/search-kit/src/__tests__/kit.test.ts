import {
  buildMeiliSearch,
  buildSearchDocument,
  bucketPrices,
  editDistance,
  facetValues,
  fromMeiliResponse,
  highlight,
  isVisible,
  lexiconOf,
  meiliSettings,
  meiliSynonyms,
  niceNumber,
  normaliseText,
  parseQuery,
  priceBucket,
  priceEdges,
  searchableText,
  toMeiliDocument,
  wordMatches,
  type ProductSource,
} from ".."

const wheelchair: ProductSource = {
  id: "prod_1",
  handle: "kangyi-lightweight-aluminium-wheelchair",
  title: "Lightweight aluminium wheelchair KY-860",
  subtitle: "12 22 Manual wheelchairs",
  description: "Folds to 33 cm.",
  thumbnail: "http://x/1.svg",
  status: "published",
  isoClass: {
    code: "12 22",
    names: { en: "Manual wheelchairs", ru: "Кресла-коляски с ручным приводом", zh: "手动轮椅", ar: "كراسي متحركة يدوية" },
  },
  manufacturer: { id: "mfr_1", nameEn: "Jiaxing Kangyi Medical", nameZh: "嘉兴康意医疗", status: "approved" },
  certificationTypes: ["ce", "iso_13485", "ce"],
  variants: [
    { prices: [{ currency_code: "RUB", amount: 15200 }, { currency_code: "usd", amount: 189 }], inStock: false },
    { prices: [{ currency_code: "rub", amount: 14000 }, { currency_code: "usd", amount: 199 }], inStock: true },
  ],
  salesChannelIds: ["sc_2", "sc_1", "sc_1"],
}

describe("normalisation", () => {
  it("folds case, Latin accents, ё and Arabic letter variants, keeps й", () => {
    expect(normaliseText("Koltuk DEĞNEĞİ")).toBe("koltuk degnegi")
    expect(normaliseText("Işitme")).toBe("isitme")
    expect(normaliseText("Ёлка, йод!")).toBe("елка йод")
    expect(normaliseText("عُكّازة أذن إلى")).toBe("عكازه اذن الي")
  })

  it("indexes Chinese as overlapping character pairs", () => {
    expect(searchableText("电动轮椅 KY-860")).toBe("电动 动轮 轮椅 ky 860")
    expect(searchableText("轮椅")).toBe("轮椅")
  })

  it("parses a query into unique tokens, capped", () => {
    expect(parseQuery("  Wheel  chair wheel ").tokens).toEqual(["wheel", "chair"])
    expect(parseQuery("a b c d e f g h i j").tokens).toHaveLength(8)
    expect(parseQuery("   ").tokens).toEqual([])
  })

  it("measures typos with adjacent swaps as one edit", () => {
    expect(editDistance("wheelchair", "wheelchiar")).toBe(1)
    expect(editDistance("коляска", "каляска")).toBe(1)
    expect(editDistance("abc", "xyz", 1)).toBe(2)
    expect(wordMatches("wheelchair", "wheelchiar")).toBe(true)
    expect(wordMatches("wheelchair", "whee")).toBe(true)
    expect(wordMatches("cane", "can")).toBe(true)
    expect(wordMatches("bed", "bad")).toBe(false)
    expect(wordMatches("cat", "car")).toBe(false)
  })
})

describe("search documents", () => {
  const doc = buildSearchDocument(wheelchair)

  it("carries the wheelchair concept into every language", () => {
    expect(doc.text.id).toContain("kursi roda")
    expect(doc.text.tr).toContain("tekerlekli sandalye")
    expect(doc.text.ru).toContain("коляска")
    expect(doc.text.ar).toContain("كرسي متحرك")
    expect(doc.text.zh).toContain("轮椅")
    // The ISO class names in Russian are there too, normalised.
    expect(doc.text.ru).toContain("кресла коляски с ручным приводом")
  })

  it("does not invent concepts the product does not have", () => {
    expect(doc.text.en).not.toContain("hearing")
    expect(doc.text.tr).not.toContain("baston")
  })

  it("keeps the lowest price per currency, stock, flags and channels", () => {
    expect(doc.min_prices).toEqual({ rub: 14000, usd: 189 })
    expect(doc.in_stock).toBe(true)
    expect(doc.certifications).toEqual(["ce", "iso_13485"])
    expect(doc.sales_channel_ids).toEqual(["sc_1", "sc_2"])
    expect(doc.iso_parent).toBe("12")
    expect(isVisible(doc, "sc_1")).toBe(true)
    expect(isVisible(doc, "sc_9")).toBe(false)
  })

  it("is invisible when unpublished or the manufacturer is not approved", () => {
    expect(isVisible(buildSearchDocument({ ...wheelchair, status: "draft" }), "sc_1")).toBe(false)
    const suspended = { ...wheelchair, manufacturer: { ...wheelchair.manufacturer!, status: "suspended" } }
    expect(isVisible(buildSearchDocument(suspended), "sc_1")).toBe(false)
  })

  it("uses translated titles for display and search", () => {
    const d = buildSearchDocument({ ...wheelchair, translations: { ru: { title: "Лёгкая алюминиевая коляска" } } })
    expect(d.titles.ru).toBe("Лёгкая алюминиевая коляска")
    expect(d.text.ru).toContain("легкая алюминиевая коляска")
  })

  it("offers title words and the concept's terms for did-you-mean", () => {
    const words = lexiconOf(doc)
    expect(words).toEqual(expect.arrayContaining(["wheelchair", "aluminium", "коляска", "kursi", "sandalye", "轮椅"]))
    expect(words).not.toContain("860")
  })
})

describe("highlights", () => {
  it("marks typo'd and prefix matches", () => {
    expect(highlight("Lightweight aluminium wheelchair KY-860", ["wheelchiar", "alum"])).toEqual([
      { text: "Lightweight ", match: false },
      { text: "aluminium", match: true },
      { text: " ", match: false },
      { text: "wheelchair", match: true },
      { text: " KY-860", match: false },
    ])
  })

  it("marks Chinese characters covered by a query pair", () => {
    expect(highlight("电动轮椅", ["轮椅"])).toEqual([
      { text: "电动", match: false },
      { text: "轮椅", match: true },
    ])
  })

  it("leaves a title whole when there is no query", () => {
    expect(highlight("Care bed", [])).toEqual([{ text: "Care bed", match: false }])
  })
})

describe("facets", () => {
  it("places price edges where they read naturally in each currency", () => {
    expect(niceNumber(3960)).toBe(5000)
    expect(niceNumber(187.5)).toBe(200)
    expect(priceEdges("usd")).toEqual([0, 50, 100, 250, 500, 1000, 2500])
    expect(priceEdges("rub")).toEqual([0, 5000, 10000, 20000, 50000, 100000, 200000])
    expect(priceBucket(14000, priceEdges("rub"))).toBe(2)
    expect(priceBucket(1e9, priceEdges("rub"))).toBe(6)
  })

  it("buckets an exact-price distribution into ranges, the last one open", () => {
    expect(bucketPrices({ "40": 2, "60": 1, "3000": 4 }, priceEdges("usd"))).toEqual([
      { min: 0, max: 50, count: 2 },
      { min: 50, max: 100, count: 1 },
      { min: 2500, max: null, count: 4 },
    ])
  })

  it("orders facet values by count, then label", () => {
    expect(facetValues({ b: 2, a: 2, c: 5, z: 0 }, { a: "Alpha" })).toEqual([
      { value: "c", count: 5 },
      { value: "a", label: "Alpha", count: 2 },
      { value: "b", count: 2 },
    ])
  })
})

describe("Meilisearch settings and queries", () => {
  it("declares synonyms per language from the vocabulary", () => {
    const synonyms = meiliSynonyms()
    expect(synonyms["коляска"]).toEqual(expect.arrayContaining(["инвалидная коляска", "кресло коляска"]))
    expect(synonyms["walker"]).toEqual(expect.arrayContaining(["rollator", "walking frame"]))
    const settings = meiliSettings()
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["published", "approved", "sales_channel_ids", "prices"]))
    expect(settings.searchableAttributes).toContain("text_tr")
  })

  it("always filters on visibility and the buyer's channel, then the facets asked for", () => {
    const { q, params } = buildMeiliSearch({
      q: "Kursi  Rodaa",
      currency: "IDR",
      salesChannelId: "sc_1",
      filters: { isoClass: "12 22", certification: "ce", priceMin: 100, priceMax: 900, inStock: true },
      limit: 500,
    })
    expect(q).toBe("kursi rodaa")
    expect(params.filter).toEqual([
      "published = true",
      "approved = true",
      'sales_channel_ids = "sc_1"',
      'iso_class = "12 22"',
      'certifications = "ce"',
      "prices.idr >= 100",
      "prices.idr <= 900",
      "in_stock = true",
    ])
    expect(params.limit).toBe(100)
    expect(params.facets).toContain("prices.idr")
  })

  it("quotes values so a filter cannot be injected", () => {
    const { params } = buildMeiliSearch({ q: "", currency: "usd", salesChannelId: 'x" OR published = false' })
    expect(params.filter[2]).toBe('sales_channel_ids = "x\\" OR published = false"')
  })

  it("shapes a response into hits with highlights and facets", () => {
    const doc = toMeiliDocument(buildSearchDocument(wheelchair))
    const result = fromMeiliResponse(
      {
        hits: [doc],
        estimatedTotalHits: 1,
        facetDistribution: {
          iso_class: { "12 22": 1 },
          manufacturer_key: { "mfr_1::Jiaxing Kangyi Medical": 1 },
          certifications: { ce: 1, iso_13485: 1 },
          in_stock: { true: 1 },
          "prices.rub": { "14000": 1 },
        },
      },
      { q: "wheelchiar", currency: "RUB", salesChannelId: "sc_1" }
    )
    expect(result.estimatedTotal).toBe(1)
    expect(result.hits[0]).toMatchObject({ id: "prod_1", price: 14000, manufacturer: { id: "mfr_1", name: "Jiaxing Kangyi Medical" } })
    expect(result.hits[0].highlight.title.find((s) => s.match)?.text).toBe("wheelchair")
    expect(result.facets.manufacturer).toEqual([{ value: "mfr_1", label: "Jiaxing Kangyi Medical", count: 1 }])
    expect(result.facets.price).toEqual({ currency: "rub", ranges: [{ min: 10000, max: 20000, count: 1 }] })
  })
})
