import { readdirSync, readFileSync } from "node:fs"
import { loadavg } from "node:os"
import autocannon from "autocannon"
import { buildSearchDocument, type ProductSource, type SearchQuery } from "@aem/search-kit"
import { getIsoClass } from "@aem/trade-kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
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
// Over HTTP, runs are timed (seconds per run, after a warm-up), as bench:catalog's are: a few thousand
// requests at a thousand a second would say more about the backend's background work than about search.
const HTTP_SECONDS = { warmUp: 3, 1: 6, 20: 12 } as const

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

/** Request `n` of a run (the warm-up's too), in this process. */
type Run = (q: BenchQuery, n: number) => Promise<unknown>
/** Request `n` of a run over HTTP: the path and query it asks for. */
type HttpRun = (q: BenchQuery, n: number) => string

/**
 * CPU seconds used so far by this process, the backend's processes (BENCH_BACKEND_PID's group) and
 * the PostgreSQL backends serving this database (read from /proc, so only for a local server; `null`
 * where unreadable). On a shared machine latency says as much about the neighbours as about search;
 * CPU per query does not, and bounds the throughput two idle cores would give.
 */
type CpuReading = { node: number; backend: number | null; postgres: Map<number, number> | null }
const TICKS_PER_SECOND = 100

function processCpu(pid: number): number | null {
  try {
    // Fields 14 and 15 (utime, stime) follow the parenthesised command name.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

function groupCpu(pgid: number): number | null {
  let total: number | null = null
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")
      if (Number(fields[2]) === pgid) total = (total ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
    } catch {
      // gone meanwhile
    }
  }
  return total
}

async function readCpu(db: Knex): Promise<CpuReading> {
  const usage = process.cpuUsage()
  const node = (usage.user + usage.system) / 1e6
  const backendPid = Number(process.env.BENCH_BACKEND_PID)
  const { rows } = (await db.raw("select pid from pg_stat_activity where datname = current_database()")) as { rows: { pid: number }[] }
  const postgres = new Map<number, number>()
  for (const { pid } of rows) {
    const cpu = processCpu(pid)
    if (cpu === null) return { node, backend: backendPid ? groupCpu(backendPid) : null, postgres: null }
    postgres.set(pid, cpu)
  }
  return { node, backend: backendPid ? groupCpu(backendPid) : null, postgres }
}

/** CPU milliseconds per query between two readings (a PostgreSQL backend started meanwhile counts whole). */
function cpuPerQuery(before: CpuReading, after: CpuReading, queries: number) {
  const ms = (seconds: number) => (seconds * 1000) / queries
  const postgres =
    before.postgres && after.postgres ? [...after.postgres].reduce((sum, [pid, cpu]) => sum + cpu - (before.postgres!.get(pid) ?? 0), 0) : null
  const backend = before.backend !== null && after.backend !== null ? after.backend - before.backend : null
  return { bench: ms(after.node - before.node), backend: backend === null ? null : ms(backend), postgres: postgres === null ? null : ms(postgres) }
}

/** Latencies of `total` requests from `clients` concurrent clients, each taking the next request when done. */
async function inProcess(run: Run, clients: number, total: number): Promise<number[]> {
  const latencies: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const n = next++
        const t = performance.now()
        await run(QUERIES[n % QUERIES.length], n)
        latencies.push(performance.now() - t)
      }
    })
  )
  return latencies
}

/**
 * Over HTTP with autocannon for `seconds` (as bench:catalog measures): keep-alive connections, and a client
 * light enough that the bench's own CPU takes little from the backend on a shared two-core machine.
 * `run` numbers its requests on from its previous runs, so distinct pages stay distinct.
 */
function overHttp(backendUrl: string, publishableKey: string, run: () => string, clients: number, seconds: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon(
      {
        url: backendUrl,
        connections: clients,
        duration: seconds,
        headers: { "x-publishable-api-key": publishableKey },
        requests: [{ setupRequest: (req) => ({ ...req, path: run() }) }],
      },
      (err, result) => {
        if (err) return reject(err)
        if (result.non2xx || result.errors) return reject(new Error(`${result.non2xx} answers were not 2xx, ${result.errors} requests failed`))
        resolve(latencies)
      }
    )
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}

async function timeQueries(db: Knex, label: string, measure: () => Promise<number[]>, clients: number) {
  const cpuBefore = await readCpu(db)
  const started = performance.now()
  const latencies = await measure()
  const seconds = (performance.now() - started) / 1000
  const total = latencies.length
  const cpu = cpuPerQuery(cpuBefore, await readCpu(db), total)
  latencies.sort((a, b) => a - b)
  const f = (n: number) => n.toFixed(1).padStart(6)
  const g = (n: number | null) => (n === null ? "  n/a" : n.toFixed(2).padStart(5))
  const sum = cpu.bench + (cpu.backend ?? 0) + (cpu.postgres ?? 0)
  console.log(
    `${label.padEnd(34)} ${String(clients).padStart(2)} client(s): p50 ${f(percentile(latencies, 50))} ms  p95 ${f(percentile(latencies, 95))} ms  ` +
      `p99 ${f(percentile(latencies, 99))} ms  ${String((total / seconds).toFixed(0)).padStart(5)}/s  ` +
      `CPU/query: bench ${g(cpu.bench)} + backend ${g(cpu.backend)} + postgres ${g(cpu.postgres)} = ${g(sum)} ms  [load ${loadavg()[0].toFixed(1)}]`
  )
}

/**
 * GET /store/search as the storefront asks it. With `distinctPages`, request n asks for page n/16 of its
 * query, so no two requests of a run share a result-cache entry (beyond a query's last page the page is
 * empty; its total and facets are computed all the same).
 */
function searchPath({ distinctPages = false } = {}): HttpRun {
  return ({ q, country, params = {} }, n) => {
    const offset = distinctPages ? 20 * Math.floor(n / QUERIES.length) : 0
    return `/store/search?${new URLSearchParams({ q, country_code: country, limit: "20", offset: String(offset), ...params })}`
  }
}

export default async function benchSearch({ container }: ExecArgs) {
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
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
  // The rows these replaced (an earlier run's) are dead: reclaimed as autovacuum would, which is off on
  // this kind of machine, so every run measures the same table.
  await db.raw("vacuum analyze product_search_document, product_search_term")
  console.log(`\nsearch bench (${search.engine.name} engine): ${PRODUCTS} generated products indexed in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  console.log(`queries: ${QUERIES.map((q) => q.q).join(" · ")}`)

  // The engine alone (every query computed, no cache anywhere); the module's search as the store
  // route calls it (after the warm-up every query is a result-cache hit until the index changes);
  // the route over HTTP with cache hits and with cache misses; and, for Medusa's own share of an
  // HTTP request (publishable key, sales channel, routing, JSON), a small store route that reads a
  // table and /health, which runs no store middleware.
  // The key of the channel the products are in (the demo's other key sells from an empty channel).
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token", "revoked_at", "sales_channels.id"], filters: { type: "publishable" } })
  const key = keys.find((k) => !k.revoked_at && k.sales_channels?.some((c) => c?.id === channel))
  if (!key) throw new Error(`no publishable API key sells from the store's default sales channel ${channel}`)
  const inProcessRuns: [string, Run][] = [
    ["engine, no cache", (q) => search.engine.search(toSearchQuery(q, channel))],
    ["module, result cache (all hits)", (q) => search.search(toSearchQuery(q, channel))],
  ]
  const httpRuns: [string, HttpRun][] = [
    ["HTTP /store/search, cache hits", searchPath()],
    ["HTTP /store/search, cache misses", searchPath({ distinctPages: true })],
    ["HTTP /store/regions?limit=1 (floor)", () => "/store/regions?limit=1&fields=id"],
    ["HTTP /health (no store middleware)", () => "/health"],
  ]
  const backendUrl = process.env.BENCH_BACKEND_URL
  console.log(`CPU/query: this process (bench clients, and the engine when in-process), the backend's, PostgreSQL's`)
  for (const [label, run] of inProcessRuns) {
    // Warm the connection pool (and the cache) once, as a running server would be.
    for (const [n, q] of QUERIES.entries()) await run(q, n)
    for (const clients of [1, 20] as const) await timeQueries(db, label, () => inProcess(run, clients, ROUNDS[clients]), clients)
  }
  for (const [label, run] of backendUrl ? httpRuns : []) {
    // Distinct pages wrap round before the route's largest offset (10,000).
    let n = 0
    const next = () => run(QUERIES[n % QUERIES.length], n++ % (QUERIES.length * 500))
    await overHttp(backendUrl!, key.token, next, 20, HTTP_SECONDS.warmUp)
    for (const clients of [1, 20] as const) await timeQueries(db, label, () => overHttp(backendUrl!, key.token, next, clients, HTTP_SECONDS[clients]), clients)
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
  console.log(`update → visible in search: median ${delays[2].toFixed(0)} ms, max ${delays[4].toFixed(0)} ms (5 updates)  [load ${loadavg()[0].toFixed(1)}]\n`)
}
