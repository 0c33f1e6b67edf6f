import { buildSearchDocument, type ProductSource } from "@aem/search-kit"
import { MeilisearchEngine } from "../engines/meilisearch"

/**
 * The Meilisearch engine against a real server. None can run on the CI machine, so this runs only
 * when MEILISEARCH_HOST is set (infra/docker-compose.yml starts one); the documents, settings and
 * queries it sends are unit-tested in packages/search-kit regardless.
 */
const host = process.env.MEILISEARCH_HOST
if (!host) {
  console.log("Meilisearch live tests skipped: MEILISEARCH_HOST is not set (no Meilisearch server can run here)")
}
const describeLive = host ? describe : describe.skip

const product = (id: string, title: string, over: Partial<ProductSource> = {}): ProductSource => ({
  id,
  handle: id,
  title,
  status: "published",
  isoClass: { code: "12 22", names: { en: "Manual wheelchairs", ru: "Кресла-коляски с ручным приводом" } },
  manufacturer: { id: "mfr_a", nameEn: "Kangyi", status: "approved" },
  certificationTypes: ["ce"],
  variants: [{ prices: [{ currency_code: "rub", amount: 15000 }], inStock: true }],
  salesChannelIds: ["sc_1"],
  ...over,
})

describeLive("Meilisearch engine (live)", () => {
  jest.setTimeout(60_000)
  let engine: MeilisearchEngine
  const query = { currency: "rub", salesChannelId: "sc_1" }

  beforeAll(async () => {
    // Its own index: settings are applied (and waited for) before the first document goes in.
    engine = new MeilisearchEngine({ host: host!, apiKey: process.env.MEILISEARCH_API_KEY, index: `aem-test-${process.pid}-${Date.now()}` })
    await engine.rebuild(
      [
        product("p1", "Lightweight aluminium wheelchair KY-860"),
        product("p2", "Folding walking cane AJ-C1", { isoClass: { code: "12 03", names: { en: "Walking aids" } } }),
        product("p3", "Draft wheelchair", { status: "draft" }),
        product("p4", "Suspended maker's wheelchair", { manufacturer: { id: "mfr_b", nameEn: "B", status: "suspended" } }),
        product("p5", "Other channel wheelchair", { salesChannelIds: ["sc_2"] }),
      ].map(buildSearchDocument)
    )
  })
  afterAll(() => engine?.drop())

  it("finds typo'd queries in other languages through the indexed vocabulary", async () => {
    for (const q of ["wheelchiar", "kursi rodda", "инвалидная коляска", "tekerlekli sandalya"]) {
      const result = await engine.search({ ...query, q })
      expect([q, result.hits.map((h) => h.id)]).toEqual([q, ["p1"]])
    }
  })

  it("returns only published products of approved manufacturers in the buyer's channel, with facets", async () => {
    const result = await engine.search({ ...query, q: "" })
    expect(result.hits.map((h) => h.id).sort()).toEqual(["p1", "p2"])
    expect(result.facets.iso_class).toEqual([
      { value: "12 03", count: 1 },
      { value: "12 22", count: 1 },
    ])
    expect(result.facets.price).toEqual({ currency: "rub", ranges: [{ min: 10000, max: 20000, count: 2 }] })
  })

  it("applies filters and forgets removed documents", async () => {
    expect((await engine.search({ ...query, q: "", filters: { isoClass: "12 03" } })).hits.map((h) => h.id)).toEqual(["p2"])
    await engine.remove(["p2"])
    expect((await engine.search({ ...query, q: "cane" })).hits).toEqual([])
  })
})
