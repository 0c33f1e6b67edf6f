#!/usr/bin/env node
// `npm run bench:catalog`: catalogue reads under load on 10,000 products from 50 manufacturers.
// Starts its own backend and storefront on their own database (aem_bench_catalog, or
// BENCH_DATABASE_URL) and ports (9570/8570 + E2E_PORT_OFFSET), seeds the products through Medusa's
// workflows (apps/backend/src/scripts/bench-catalog.ts, once), then measures side by side with
// autocannon at 1 and 20 concurrent clients: stock Medusa's GET /store/products with calculated
// prices and stock, our catalogue routes, and the storefront's category and product pages; and the
// delay from a change to its visibility on the route and the page, with the backend as `npm start` runs it (Medusa's
// Caching Module on). The backend routes are measured again in Medusa's cluster mode and without the Caching Module
// (MEDUSA_CACHING=false, stock Medusa's default: the baseline). BENCH_ONLY=page measures the pages alone.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import autocannon from "autocannon"

const require = createRequire(import.meta.url)
const stack = require("../../scripts/lib/stack.cjs")

const offset = Number(process.env.E2E_PORT_OFFSET || 0)
const ports = { backend: 9570 + offset, storefront: 8570 + offset }
const DURATION_S = { 1: Number(process.env.BENCH_SECONDS_1 || 6), 20: Number(process.env.BENCH_SECONDS_20 || 12) }
const COUNTRIES = ["kz", "ru", "sa", "id", "tr"]
const CATEGORIES = ["iso-12-22", "iso-12-06", "iso-22-06", "iso-12-03", "iso-18-12"]

const medusaBin = path.join(stack.ROOT, "node_modules/.bin/medusa")
const backendDir = path.join(stack.ROOT, "apps/backend")

// Everything the bench started (servers and long steps), each in its own process group: stopped when the
// bench ends, fails or is interrupted, so no backend or storefront is left holding its port.
const children = new Set()
/** Set by SIGINT/SIGTERM: nothing more is started (a step killed by it may still look finished to the caller). */
let interrupted = false

function start(name, cmd, args, opts) {
  if (interrupted) throw new Error(`interrupted: not starting ${name}`)
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"], ...opts, detached: true })
  child.name = name
  children.add(child)
  child.once("exit", () => children.delete(child))
  return child
}

/** Runs a step to its end (not spawnSync: the bench must still hear an interrupt meanwhile). */
function step(name, cmd, args, opts) {
  const child = start(name, cmd, args, { ...opts, stdio: "inherit" })
  return new Promise((resolve, reject) =>
    child.once("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`))))
  )
}

const execScript = (env, extra) =>
  step(`bench-catalog.ts (${extra.BENCH_STEP})`, medusaBin, ["exec", "./src/scripts/bench-catalog.ts"], { cwd: backendDir, env: { ...env, ...extra } })

/** SIGTERM to each child's group (every child by default), SIGKILL to any still there after 20 s. */
async function stopChildren(which = [...children]) {
  await Promise.all(
    which.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const signal = (s) => {
            try {
              process.kill(-child.pid, s)
            } catch {
              // already gone
            }
          }
          const kill = setTimeout(() => signal("SIGKILL"), 20_000)
          child.once("exit", () => {
            clearTimeout(kill)
            resolve()
          })
          signal("SIGTERM")
        })
    )
  )
}

// No answer at all within the run counts as slower than any answer.
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Infinity)

/** One autocannon run over a rotating set of paths; latencies of every response. */
function load(base, paths, connections, headers = {}) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let next = 0
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: DURATION_S[connections],
        headers,
        // Stock Medusa can take many seconds per request at 20 clients: wait for it rather than drop it.
        timeout: 60,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
      },
      (err, result) => {
        if (err) return reject(err)
        if (result.non2xx) return reject(new Error(`${base}${paths[0]}…: ${result.non2xx} answers were not 2xx`))
        latencies.sort((a, b) => a - b)
        resolve({
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          rps: latencies.length / DURATION_S[connections],
          n: latencies.length,
          unanswered: result.errors + result.timeouts,
        })
      }
    )
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}

let pg

async function main() {
  pg = await stack.findPostgres({ database: "aem_bench_catalog" })
  const url = new URL(process.env.BENCH_DATABASE_URL || pg.url)
  if (!process.env.BENCH_DATABASE_URL) url.pathname = `/aem_bench_catalog${offset ? `_${offset}` : ""}`
  const backendUrl = `http://localhost:${ports.backend}`
  const storefrontUrl = `http://localhost:${ports.storefront}`
  // The backend and storefront it starts serve with this installation's own secrets, as npm start's do.
  const env = stack.withInstallationSecrets({
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    // Its own queues, so a running marketplace never picks up the bench's index jobs.
    WORKERS_QUEUE_PREFIX: "bench-catalog",
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    LOG_LEVEL: "warn",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--no-deprecation"].filter(Boolean).join(" "),
  })
  try {
    for (const [name, port] of Object.entries(ports)) {
      if (await stack.canConnect("127.0.0.1", port)) throw new Error(`port ${port} (${name}) is in use: set E2E_PORT_OFFSET`)
    }
    await stack.ensureDatabase(env.DATABASE_URL)
    await stack.migrate(env)
    await stack.seed(env)
    stack.log("building the backend and the storefront (turbo cache when unchanged)…")
    await step(
      "the build",
      path.join(stack.ROOT, "node_modules/.bin/turbo"),
      ["run", "build", "--filter=@aem/backend", "--filter=@aem/storefront", "--output-logs=errors-only"],
      { cwd: stack.ROOT, env }
    )

    /** The built backend as a setup says: `processes` HTTP processes (Medusa's cluster mode beyond one), Medusa's Caching Module or not. */
    const startBackend = async (setup) => {
      const child = start("backend", medusaBin, stack.backendStartArgs({ BACKEND_PROCESSES: String(setup.processes) }), {
        cwd: path.join(backendDir, ".medusa/server"),
        env: { ...stack.backendEnv(env, ports.backend), MEDUSA_CACHING: String(setup.caching) },
      })
      await stack.waitForHealth("backend", `${backendUrl}/health`, { child })
      return child
    }
    const clustered = Math.min(2, os.cpus().length)
    // Each row names the setup it is measured with (by its label's suffix); rows of one setup are measured together.
    // The unsuffixed one is the backend as `npm start` runs it; Medusa's default (no Caching Module) is stock's baseline.
    const NO_CACHE = " (no Caching Module)"
    const setups = {
      "": { processes: 1, caching: true },
      [` (${clustered} processes)`]: { processes: clustered, caching: true },
      [NO_CACHE]: { processes: 1, caching: false },
    }
    let setup = NO_CACHE
    let backend = await startBackend(setups[setup])
    stack.log("seeding the bench catalogue (10,000 products, once per database)…")
    await execScript(env, { BENCH_STEP: "seed" })

    const key = await stack.publishableKey(env.DATABASE_URL)
    const nextBin = createRequire(path.join(stack.ROOT, "apps/storefront/package.json")).resolve("next/dist/bin/next")
    const storefront = start("storefront", process.execPath, [nextBin, "start", "-p", String(ports.storefront)], {
      cwd: path.join(stack.ROOT, "apps/storefront"),
      env: { ...env, NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: key },
    })
    await stack.waitForHealth("storefront", `${storefrontUrl}/api/health`, { child: storefront })

    // What to ask: regions of five countries, 200 products, the first pages of the list.
    const headers = { "x-publishable-api-key": key }
    const get = async (p) => (await fetch(`${backendUrl}${p}`, { headers })).json()
    const { regions } = await get("/store/regions?limit=100&fields=id,*countries")
    const regionIds = COUNTRIES.map((cc) => regions.find((r) => r.countries.some((c) => c.iso_2 === cc)).id)
    const { products } = await get(`/store/catalog/products?region_id=${regionIds[0]}&limit=100&offset=500`)
    const handles = [...products, ...(await get(`/store/catalog/products?region_id=${regionIds[0]}&limit=100&offset=5000`)).products].map((p) => p.handle)
    const stockFields = "fields=*variants.calculated_price,+variants.inventory_quantity"
    const rotate = (n, f) => Array.from({ length: n }, (_, i) => f(i))
    const listPaths = rotate(100, (i) => `/store/catalog/products?limit=12&offset=${(i % 20) * 12}&region_id=${regionIds[i % 5]}`)
    const detailPaths = rotate(200, (i) => `/store/catalog/products/${handles[i]}?region_id=${regionIds[i % 5]}`)
    const stockListPaths = rotate(100, (i) => `/store/products?limit=12&offset=${(i % 20) * 12}&region_id=${regionIds[i % 5]}&${stockFields}`)
    const stockDetailPaths = rotate(200, (i) => `/store/products?handle=${handles[i]}&region_id=${regionIds[i % 5]}&${stockFields}`)
    const routes = (suffix) => [
      [`stock GET /store/products?limit=12${suffix}`, backendUrl, stockListPaths, headers],
      [`ours GET /store/catalog/products?limit=12${suffix}`, backendUrl, listPaths, headers],
      [`stock GET /store/products?handle= (detail)${suffix}`, backendUrl, stockDetailPaths, headers],
      [`ours GET /store/catalog/products/:handle${suffix}`, backendUrl, detailPaths, headers],
    ]
    // The setup as `npm start` runs it last, so the pages and the freshness below are measured with it.
    const targets = [
      ...routes(NO_CACHE),
      // Stock Medusa is no faster in cluster mode (it answered nothing at 20 clients either way): our routes only.
      ...(clustered > 1 ? routes(` (${clustered} processes)`).filter(([label]) => label.startsWith("ours")) : []),
      ...routes(""),
      ["page /{cc}/categories/:handle (HTML)", storefrontUrl, rotate(25, (i) => `/${COUNTRIES[i % 5]}/categories/${CATEGORIES[Math.floor(i / 5)]}`), {}],
      ["page /{cc}/products/:handle (HTML)", storefrontUrl, rotate(200, (i) => `/${COUNTRIES[i % 5]}/products/${handles[i]}`), {}],
    ]
    // BENCH_ONLY=page measures only the rows whose label contains it (the storefront's pages, say).
    const chosen = targets.filter(([label]) => !process.env.BENCH_ONLY || label.includes(process.env.BENCH_ONLY))
    stack.log(`measuring: ${DURATION_S[1]} s at 1 client, ${DURATION_S[20]} s at 20 clients per row (after a warm-up)`)
    const results = {}
    const print = (label, what, r) =>
      console.log(
        `${label.padEnd(58)} ${what}: ` +
          (r.n
            ? `p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  ${r.rps.toFixed(1).padStart(6)} req/s  (${r.n} answers`
            : `no answer within the run (`) +
          `${r.unanswered ? `${r.n ? ", " : ""}${r.unanswered} still unanswered at the end or timed out` : ""})`
      )
    for (const [label, base, paths, h] of chosen) {
      const rowSetup = Object.keys(setups).findLast((suffix) => label.endsWith(suffix))
      if (rowSetup !== setup) {
        stack.log(`restarting the backend: ${JSON.stringify(setups[rowSetup])}…`)
        await stopChildren([backend])
        backend = await startBackend(setups[rowSetup])
        setup = rowSetup
      }
      if (base === storefrontUrl) {
        // A page is rendered once and then served from Next's cache until the catalogue changes: every page
        // measured is asked once first, one at a time, and those first (cold) renders are reported on their own.
        const cold = []
        for (const p of paths) {
          const t = performance.now()
          const res = await fetch(`${base}${p}`, { headers: h })
          await res.arrayBuffer()
          if (!res.ok) throw new Error(`${base}${p}: answered ${res.status}`)
          cold.push(performance.now() - t)
        }
        cold.sort((a, b) => a - b)
        print(label, "first render", { p50: percentile(cold, 50), p95: percentile(cold, 95), p99: percentile(cold, 99), rps: 1000 / (cold.reduce((a, b) => a + b, 0) / cold.length), n: cold.length, unanswered: 0 })
      } else {
        // Warm up: the server's first requests (JIT, connection pools, caches) are not what buyers see.
        for (const p of paths.slice(0, 10)) await fetch(`${base}${p}`, { headers: h })
      }
      for (const connections of [1, 20]) {
        results[`${label}|${connections}`] = await load(base, paths, connections, h)
        print(label, `${String(connections).padStart(2)} client(s)`, results[`${label}|${connections}`])
      }
    }
    console.log(`\nratio to stock Medusa as it ships${NO_CACHE} (p95 stock / p95 ours; req/s ours / req/s stock):`)
    const pairs = Object.keys(setups).flatMap((suffix) => [
      [`stock GET /store/products?limit=12${NO_CACHE}`, `ours GET /store/catalog/products?limit=12${suffix}`],
      [`stock GET /store/products?handle= (detail)${NO_CACHE}`, `ours GET /store/catalog/products/:handle${suffix}`],
    ])
    for (const [stock, ours] of pairs) {
      for (const c of [1, 20]) {
        const s = results[`${stock}|${c}`]
        const o = results[`${ours}|${c}`]
        if (!s || !o) continue
        const ratio = s.n
          ? `${(s.p95 / o.p95).toFixed(1)}× faster at p95, ${(o.rps / s.rps).toFixed(1)}× the req/s`
          : `stock answered nothing in ${DURATION_S[c]} s, ours ${o.rps.toFixed(1)} req/s at p95 ${o.p95.toFixed(0)} ms`
        console.log(`  ${ours.padEnd(58)} ${String(c).padStart(2)} client(s): ${ratio}`)
      }
    }

    stack.log(`change → visible, with the backend as last measured: ${JSON.stringify(setups[setup])}`)
    await execScript(env, { BENCH_STEP: "freshness", BENCH_BACKEND_URL: backendUrl, BENCH_STOREFRONT_URL: storefrontUrl, BENCH_PUBLISHABLE_KEY: key })
  } finally {
    await stopChildren()
    await pg.stop()
  }
}

// Interrupted (Ctrl-C, or a CI job's SIGTERM): stop what we started before going, once.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    console.error(`\nbench:catalog: ${signal}, stopping the backend, the storefront and any running step…`)
    void stopChildren()
      .then(() => pg?.stop())
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143))
  })
}

main().catch((e) => {
  // Interrupted: the signal's handler ends the process with its own code once everything is stopped.
  if (interrupted) return
  console.error(`bench:catalog: ${e.message}`)
  process.exit(1)
})
