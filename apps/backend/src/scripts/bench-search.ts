import { buildSearchDocument, type ProductSource, type SearchQuery } from "@aem/search-kit"
import { getIsoClass } from "@aem/trade-kit"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { DEMO_PRODUCTS } from "./demo-data/catalog"
import { DEMO_MARKETS, localPrice } from "./demo-data/markets"

/**
 * Run by `npm run bench:search` (scripts/bench-search.mjs) on its own seeded database: 10,000
 * generated products go into the index beside the demo catalogue, then a fixed set of typo'd
 * queries in five languages is timed at 1 and 20 concurrent clients through the module's search
 * (what GET /store/search calls), and a real product update is timed until search shows it (the
 * backend that scripts/bench-search.mjs started consumes the event and the index job, as in production).
 */
const PRODUCTS = 10_000
const ROUNDS = { 1: 300, 20: 2000 } as const

// Typos on purpose, in five languages (and Chinese); countries rotate so prices and facets come
// in different currencies. `params` are the store route's filters.
type BenchQuery = { q: string; country: string; params?: Record<string, string> }
const QUERIES: BenchQuery[] = [
  { q: "wheelchiar", country: "kz" },
  { q: "lightweight wheelchair", country: "ru" },
  { q: "hearring aid", country: "sa" },
  { q: "rolator with seat", country: "tr" },
  { q: "инвалидная каляска", country: "ru" },
  { q: "слуховой апарат", country: "kz" },
  { q: "ходунки", country: "ru" },
  { q: "كرسي متحرق", country: "sa" },
  { q: "عكاز", country: "ae" },
  { q: "kursi rodda", country: "id" },
  { q: "alat bantu dengr", country: "id" },
  { q: "tekerlekli sandalya", country: "tr" },
  { q: "bastn", country: "tr" },
  { q: "轮椅", country: "kz" },
  { q: "wheelchair", country: "kz", params: { iso_class: "12 22", in_stock: "true" } },
  { q: "cane", country: "ru", params: { price_min: "1000", price_max: "8000" } },
]

const currencyOf = (country: string) => DEMO_MARKETS.find((m) => m.countries.includes(country))?.currency ?? "usd"

/** A bench query as the store route turns it into a search. */
function toSearchQuery({ q, country, params = {} }: BenchQuery, salesChannelId: string): SearchQuery {
  return {
    q,
    currency: currencyOf(country),
    salesChannelId,
    limit: 20,
    filters: {
      isoClass: params.iso_class,
      inStock: params.in_stock ? params.in_stock === "true" : undefined,
      priceMin: params.price_min ? Number(params.price_min) : undefined,
      priceMax: params.price_max ? Number(params.price_max) : undefined,
    },
  }
}

const ADJECTIVES = ["Compact", "Premium", "Heavy-duty", "Lightweight", "Folding", "Adjustable", "Deluxe", "Travel", "Home-care", "Clinical"]

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function timeQueries(label: string, run: (q: BenchQuery) => Promise<unknown>, clients: number, total: number) {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const q = QUERIES[next++ % QUERIES.length]
        const t = performance.now()
        await run(q)
        latencies.push(performance.now() - t)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const f = (n: number) => n.toFixed(1).padStart(6)
  console.log(
    `${label.padEnd(22)} ${String(clients).padStart(2)} client(s): p50 ${f(percentile(latencies, 50))} ms  p95 ${f(percentile(latencies, 95))} ms  ` +
      `p99 ${f(percentile(latencies, 99))} ms  (${total} queries, ${(total / seconds).toFixed(0)}/s)`
  )
}

/** GET /store/search on the backend scripts/bench-search.mjs started, as the storefront asks it. */
function httpSearch(backendUrl: string, publishableKey: string) {
  return async ({ q, country, params = {} }: BenchQuery) => {
    const qs = new URLSearchParams({ q, country_code: country, limit: "20", ...params })
    const res = await fetch(`${backendUrl}/store/search?${qs}`, { headers: { "x-publishable-api-key": publishableKey } })
    if (!res.ok) throw new Error(`GET /store/search answered ${res.status}: ${await res.text()}`)
    return res.json()
  }
}

export default async function benchSearch({ container }: ExecArgs) {
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const channel = store.default_sales_channel_id!
  const { data: manufacturers } = await query.graph({ entity: "manufacturer", fields: ["id", "legal_name_en", "legal_name_zh", "status"] })

  // 10,000 products made from the demo catalogue's, varied in title, model, price and stock.
  const sources: ProductSource[] = Array.from({ length: PRODUCTS }, (_, i) => {
    const base = DEMO_PRODUCTS[i % DEMO_PRODUCTS.length]
    const m = manufacturers[i % manufacturers.length]
    const iso = getIsoClass(base.iso)
    const usd = Math.round(base.usd * (0.6 + ((i * 7919) % 100) / 100))
    const model = `${base.title.split(" ").pop()}-${i}`
    return {
      id: `bench_${String(i).padStart(5, "0")}`,
      handle: `bench-${base.handle}-${i}`,
      title: `${ADJECTIVES[i % ADJECTIVES.length]} ${base.title.replace(/\S+$/, model)}`,
      subtitle: iso ? `${iso.code} ${iso.names.en}` : null,
      description: base.highlights,
      material: base.material,
      status: i % 50 === 0 ? "draft" : "published",
      isoClass: iso ? { code: iso.code, names: iso.names, parentNames: getIsoClass(iso.parent ?? "")?.names } : null,
      manufacturer: { id: m.id, nameEn: m.legal_name_en, nameZh: m.legal_name_zh, status: m.status },
      certificationTypes: i % 3 === 0 ? ["ce"] : i % 3 === 1 ? ["iso_13485", "nmpa_filing"] : [],
      variants: [
        {
          prices: [{ currency_code: "usd", amount: usd }, ...DEMO_MARKETS.map((mk) => ({ currency_code: mk.currency, amount: localPrice(usd, mk) }))],
          inStock: i % 7 !== 0,
        },
      ],
      salesChannelIds: [channel],
    }
  })
  let t = performance.now()
  await search.engine.upsert(sources.map(buildSearchDocument))
  console.log(`\nsearch bench (${search.engine.name} engine): ${PRODUCTS} generated products indexed in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  console.log(`queries: ${QUERIES.map((q) => q.q).join(" · ")}`)

  // The engine alone (every query computed); the module's search as the store route calls it
  // (repeated queries answered from the result cache until the index changes); the route over HTTP.
  const key = (await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })).find((k) => !k.revoked_at)!
  const runs: [string, (q: BenchQuery) => Promise<unknown>][] = [
    ["engine, no cache", (q) => search.engine.search(toSearchQuery(q, channel))],
    ["module, result cache", (q) => search.search(toSearchQuery(q, channel))],
  ]
  if (process.env.BENCH_BACKEND_URL) runs.push(["HTTP /store/search", httpSearch(process.env.BENCH_BACKEND_URL, key.token)])
  for (const [label, run] of runs) {
    // Warm the connection pool (and the cache) once, as a running server would be.
    for (const q of QUERIES) await run(q)
    for (const clients of [1, 20] as const) await timeQueries(label, run, clients, ROUNDS[clients])
  }

  // Update → visible: a real product changes through Medusa's workflow; the event, the index job
  // and the batch write happen as in production; we poll search until the new word is found.
  const [product] = (await query.graph({ entity: "product", fields: ["id", "title"], filters: { handle: DEMO_PRODUCTS[0].handle } })).data
  const delays: number[] = []
  for (let n = 0; n < 5; n++) {
    const word = `benchword${Date.now().toString(36)}${n}`
    t = performance.now()
    await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: `${product.title} ${word}` } } })
    for (;;) {
      const r = await search.search({ q: word, currency: "usd", salesChannelId: channel, limit: 1 })
      if (r.hits.length) break
      if (performance.now() - t > 30_000) throw new Error("the update did not reach search within 30 s")
      await new Promise((r) => setTimeout(r, 5))
    }
    delays.push(performance.now() - t)
  }
  await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: product.title } } })
  delays.sort((a, b) => a - b)
  console.log(`update → visible in search: median ${delays[2].toFixed(0)} ms, max ${delays[4].toFixed(0)} ms (5 updates)\n`)
}
