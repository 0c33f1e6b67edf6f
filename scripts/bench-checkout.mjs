// npm run bench:checkout [-- --carts N --concurrent-carts N --only ours|stock --profile DIR] — every cart and checkout
// step of real carts (create, add line, change quantity, remove line, email and address, shipping options, shipping
// method, delivery terms, payment collection and session, complete), at 1 client and at 20 concurrent clients, p50
// and p95 per step, beside stock Medusa 2.21 on the same box in the same run, with the ratio ours/stock.
// Ours: the built backend as `npm start` runs it (Caching Module on, the system payment provider: no Stripe key), on
// its own database (aem_bench_checkout), migrated and seeded with the demo data, its own queue prefix.
// Stock: scripts/stock-medusa (core modules only, Medusa's defaults) on a throw-away database
// (aem_bench_checkout_stock, dropped at the end) seeded by its seed.js. Requests are timed here, from send to
// the whole answer read; the two backends are measured one after the other, never at once.
import { spawn, spawnSync } from "node:child_process"
import { mkdirSync, openSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"

const require = createRequire(import.meta.url)
const stack = require("./lib/stack.cjs")
const pg = require("pg")
const { Queue } = require("bullmq")

const { values } = parseArgs({
  options: {
    carts: { type: "string", default: "30" },
    "concurrent-carts": { type: "string", default: "100" },
    only: { type: "string" },
    profile: { type: "string" },
  },
})
const CLIENTS = [1, 20]
const cartsAt = { 1: Number(values.carts), 20: Number(values["concurrent-carts"]) }
for (const n of Object.values(cartsAt)) if (!Number.isInteger(n) || n < 1 || n > 2000) throw new Error("--carts and --concurrent-carts must be whole numbers from 1 to 2000")
if (values.only && !["ours", "stock"].includes(values.only)) throw new Error('--only must be "ours" or "stock"')
const MEDUSA = path.join(stack.ROOT, "node_modules/.bin/medusa")
const STOCK_DIR = path.join(stack.ROOT, "scripts/stock-medusa")
const offset = Number(process.env.E2E_PORT_OFFSET || 0)
const PORTS = { ours: 9600 + offset, stock: 9610 + offset }
// Each backend's log, for the reason behind a failed request.
const QUEUE_PREFIX = "bench-checkout"
const LOGS = { ours: path.join(stack.ROOT, ".data/logs/bench-checkout-ours.log"), stock: path.join(stack.ROOT, ".data/logs/bench-checkout-stock.log") }

const STEPS = [
  "floor: GET /store/regions",
  "create cart",
  "add line item",
  "change quantity",
  "remove line item",
  "set email and address",
  "list shipping options",
  "add shipping method",
  "delivery terms (ours only)",
  "payment collection",
  "payment session",
  "complete cart",
]

const ADDRESS = { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Abay Avenue 10", city: "Almaty", postal_code: "050000", country_code: "kz", phone: "+7 727 000 0000" }

/** One buyer's cart from creation to order, each step timed into `samples[step]`. */
async function journey(api, target, samples) {
  const timed = async (step, method, url, body) => {
    const started = performance.now()
    try {
      const data = await api(method, url, body)
      ;(samples[step] ??= []).push(performance.now() - started)
      return data
    } catch (e) {
      // A refused step ends this buyer's journey: counted and shown, never measured as a success.
      ;(samples.failed ??= {})[step] = [...(samples.failed[step] ?? []), e.message]
      throw Object.assign(e, { journeyEnded: true })
    }
  }
  await timed("floor: GET /store/regions", "GET", "/store/regions")
  const { cart } = await timed("create cart", "POST", "/store/carts", { region_id: target.region_id })
  const [a, b] = target.variant_ids
  await timed("add line item", "POST", `/store/carts/${cart.id}/line-items`, { variant_id: a, quantity: 1 })
  const { cart: withTwo } = await timed("add line item", "POST", `/store/carts/${cart.id}/line-items`, { variant_id: b, quantity: 1 })
  const lineOf = (variant) => withTwo.items.find((i) => i.variant_id === variant).id
  await timed("change quantity", "POST", `/store/carts/${cart.id}/line-items/${lineOf(a)}`, { quantity: 2 })
  await timed("remove line item", "DELETE", `/store/carts/${cart.id}/line-items/${lineOf(b)}`)
  await timed("set email and address", "POST", `/store/carts/${cart.id}`, { email: "buyer@example.kz", shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await timed("list shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}`)
  await timed("add shipping method", "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  if (target.deliveryTerms) await timed("delivery terms (ours only)", "POST", `/store/carts/${cart.id}/delivery-terms`, { terms: "DDP" })
  const { payment_collection } = await timed("payment collection", "POST", "/store/payment-collections", { cart_id: cart.id })
  await timed("payment session", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await timed("complete cart", "POST", `/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`${target.name}: the cart did not complete: ${JSON.stringify(completed.error)}`)
}

function storeApi(baseUrl, key) {
  return async (method, url, body) => {
    const res = await fetch(baseUrl + url, {
      method,
      headers: { "x-publishable-api-key": key, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)} (the backends' logs: .data/logs/bench-checkout-*.log)`)
    return JSON.parse(text)
  }
}

/** `carts` journeys shared out to `clients` concurrent clients; the per-step samples. */
async function measure(target, clients, carts) {
  const api = storeApi(target.url, target.key)
  for (let i = 0; i < 3; i++) await journey(api, target, {}) // warm-up: first-use compilation and caches
  const samples = {}
  let next = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < carts) {
        next++
        await journey(api, target, samples).catch((e) => {
          if (!e.journeyEnded) throw e
        })
      }
    })
  )
  return samples
}

/**
 * Until our backend has handled every event and search-index job (three looks in a row, half a second apart): the
 * seed's events, or the last phase's orders being split, are not measured as the next phase's checkout.
 */
async function ourBackendIdle(redisUrl) {
  const connection = { url: redisUrl }
  const queues = [
    new Queue("events-queue", { connection, prefix: "RedisEventBusService" }),
    new Queue("aem.search-index", { connection, prefix: QUEUE_PREFIX }),
  ]
  try {
    const started = Date.now()
    for (let quiet = 0; quiet < 3; ) {
      if (Date.now() - started > 15 * 60_000) throw new Error("our backend was still busy with events after 15 minutes")
      const counts = await Promise.all(queues.map((q) => q.getJobCounts("waiting", "prioritized", "active", "delayed")))
      quiet = counts.every((c) => Object.values(c).every((n) => n === 0)) ? quiet + 1 : 0
      await new Promise((r) => setTimeout(r, 500))
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()))
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
function summary(samples) {
  if (!samples?.length) return undefined
  const sorted = [...samples].sort((x, y) => x - y)
  return { p50: pct(sorted, 50), p95: pct(sorted, 95), n: sorted.length }
}

function table(results) {
  const ms = (s) => (s ? `${s.p50.toFixed(0)} / ${s.p95.toFixed(0)}` : "—")
  const ratio = (o, s) => (o && s ? `${(o.p95 / s.p95).toFixed(2)}×` : "—")
  const failed = (name, c, step) => results[name]?.[c]?.failed?.[step]?.length
  const head = CLIENTS.flatMap((c) => [`ours ${c} client${c > 1 ? "s" : ""} p50 / p95 ms`, `stock ${c}`, `ours/stock p95`])
  const lines = [`| step | ${head.join(" | ")} |`, `|---|${head.map(() => "---").join("|")}|`]
  for (const step of STEPS) {
    const cells = CLIENTS.flatMap((c) => {
      const o = summary(results.ours?.[c]?.[step])
      const s = summary(results.stock?.[c]?.[step])
      const refused = (name) => (failed(name, c, step) ? ` (${failed(name, c, step)} refused)` : "")
      return [ms(o) + refused("ours"), ms(s) + refused("stock"), ratio(o, s)]
    })
    lines.push(`| ${step} | ${cells.join(" | ")} |`)
  }
  return lines.join("\n")
}

function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  const exited = new Promise((r) => child.once("exit", r))
  process.kill(-child.pid, "SIGTERM")
  return exited
}

function runStep(cmd, args, opts) {
  const res = spawnSync(cmd, args, { ...opts, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (res.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${res.stdout}${res.stderr}`)
  return res.stdout
}

async function dropDatabase(url) {
  const admin = new URL(url)
  const name = decodeURIComponent(admin.pathname.slice(1))
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
}

const inStock = (variant) => (variant.manage_inventory ? variant.inventory_quantity : Number.MAX_SAFE_INTEGER)

/** Our backend as `npm start` runs it, on the bench's database: the demo's Kazakh region and two variants in stock. */
async function startOurs(pgUrl) {
  const url = new URL(process.env.BENCH_DATABASE_URL || pgUrl)
  if (!process.env.BENCH_DATABASE_URL) url.pathname = "/aem_bench_checkout"
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    // Its own queues, so a running marketplace never picks up the orders' export jobs.
    WORKERS_QUEUE_PREFIX: QUEUE_PREFIX,
    MEDUSA_BACKEND_URL: `http://localhost:${PORTS.ours}`,
    // Info: the log then says why a request was refused (Medusa logs a 4xx's reason at info).
    LOG_LEVEL: "info",
  }
  delete env.STRIPE_API_KEY
  await stack.ensureDatabase(env.DATABASE_URL)
  await stack.migrate(env)
  await stack.seed(env)
  // A CPU profile of our backend, written to that folder as it stops (open it in Chrome's DevTools).
  const nodeArgs = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`] : []
  const child = await stack.startBenchBackend(env, PORTS.ours, ["@aem/backend"], { logFile: LOGS.ours, nodeArgs })
  const baseUrl = `http://localhost:${PORTS.ours}`
  const key = await stack.publishableKey(env.DATABASE_URL)
  const api = storeApi(baseUrl, key)
  const { regions } = await api("GET", "/store/regions?fields=id,countries.iso_2")
  const region = regions.find((r) => r.countries.some((c) => c.iso_2 === "kz"))
  const { products } = await api("GET", `/store/products?region_id=${region.id}&limit=50&fields=id,variants.id,variants.manage_inventory,+variants.inventory_quantity`)
  const variants = products
    .flatMap((p) => p.variants)
    .filter((v) => !v.manage_inventory || v.inventory_quantity > 0)
    .sort((x, y) => inStock(y) - inStock(x))
  const needed = 3 * (3 + cartsAt[1] + cartsAt[20])
  if (variants.length < 2 || inStock(variants[1]) < needed) {
    throw new Error(`the demo data has no two variants with ${needed} in stock for the bench's carts`)
  }
  return { child, target: { name: "ours", url: baseUrl, key, region_id: region.id, variant_ids: [variants[0].id, variants[1].id], deliveryTerms: true, redisUrl: env.REDIS_URL } }
}

/** Stock Medusa on its throw-away database: migrated, seeded by seed.js, started. */
async function startStock(pgUrl, databaseUrl) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    PORT: String(PORTS.stock),
    LOG_LEVEL: "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  delete env.REDIS_URL
  await stack.ensureDatabase(databaseUrl)
  stack.log("stock Medusa: migrating its database…")
  runStep(MEDUSA, ["db:migrate"], { cwd: STOCK_DIR, env })
  const out = runStep(MEDUSA, ["exec", "./seed.js"], { cwd: STOCK_DIR, env })
  const seeded = JSON.parse(out.split("\n").find((l) => l.startsWith("BENCH_STOCK ")).slice("BENCH_STOCK ".length))
  const child = spawn(MEDUSA, ["start"], { cwd: STOCK_DIR, env, stdio: ["ignore", openSync(LOGS.stock, "w"), "inherit"], detached: true })
  const baseUrl = `http://localhost:${PORTS.stock}`
  await stack.waitForHealth("stock Medusa", `${baseUrl}/health`, { child })
  return { child, target: { name: "stock", url: baseUrl, ...seeded, key: seeded.key, deliveryTerms: false } }
}

async function main() {
  mkdirSync(path.dirname(LOGS.stock), { recursive: true })
  const postgres = await stack.findPostgres({ database: "aem_bench_checkout" })
  const stockUrl = new URL(postgres.url)
  stockUrl.pathname = "/aem_bench_checkout_stock"
  const children = []
  const results = {}
  // Other work on the box shows here: the 1-minute load average as each measurement ends (2 cores).
  const load = []
  try {
    const targets = []
    if (values.only !== "stock") {
      const ours = await startOurs(postgres.url)
      children.push(ours.child)
      targets.push(ours.target)
    }
    if (values.only !== "ours") {
      await dropDatabase(stockUrl.toString())
      const stock = await startStock(postgres.url, stockUrl.toString())
      children.push(stock.child)
      targets.push(stock.target)
    }
    for (const target of targets) {
      results[target.name] = {}
      for (const clients of CLIENTS) {
        if (target.redisUrl) await ourBackendIdle(target.redisUrl)
        stack.log(`${target.name}: ${cartsAt[clients]} carts, ${clients} client${clients > 1 ? "s" : ""}…`)
        results[target.name][clients] = await measure(target, clients, cartsAt[clients])
        load.push(`${target.name} at ${clients}: ${os.loadavg()[0].toFixed(1)}`)
      }
    }
    console.log(
      `\ncheckout steps, ${cartsAt[1]} carts at 1 client and ${cartsAt[20]} at 20 concurrent clients; p50 / p95 in ms; ` +
        `ours = this backend as npm start runs it, stock = Medusa 2.21 with core modules only (scripts/stock-medusa)\n`
    )
    console.log(table(results))
    for (const [name, byClients] of Object.entries(results)) {
      for (const [c, samples] of Object.entries(byClients)) {
        for (const [step, messages] of Object.entries(samples.failed ?? {})) console.log(`${name}, ${c} client(s), ${step} refused: ${messages[0]}`)
      }
    }
    console.log(`\nload average (1 min) after each: ${load.join("; ")}`)
  } finally {
    await Promise.all(children.map(stop))
    if (values.only !== "ours") await dropDatabase(stockUrl.toString()).catch(() => {})
    await postgres.stop()
  }
}

main().catch((e) => {
  console.error(`bench:checkout: ${e.stack || e.message}`)
  process.exit(1)
})
