import { ChildProcess, spawn } from "child_process"
import { randomBytes } from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { dropDatabase } from "../browser/stack"
import { importStack } from "../stack/import-stack"

/**
 * Production's shape on one machine: two backend processes in Medusa's `server` mode and one in `worker` mode,
 * two BullMQ worker processes, two storefronts and the portal, behind nginx (Debian's package) on loopback.
 * Real guest checkouts go through the load balancer while one backend server, one worker process and one
 * storefront are SIGKILLed mid-run and started again. Afterwards every order is split once and every child
 * order has exactly one declaration and one consignment: nothing lost, nothing twice.
 */
// 200 checkouts took 17 minutes on a loaded 2-core box, after 5 minutes of start-up, and the pipeline gets 10 more.
jest.setTimeout(3_600_000)

const ORDERS = Number(process.env.TOPOLOGY_ORDERS || 200)
const CONCURRENCY = 8
const offset = Number(process.env.E2E_PORT_OFFSET || 0)
const base = 9700 + offset
const PORTS = {
  lb: { backend: base, storefront: base + 1, portal: base + 2 },
  backend: [base + 11, base + 12],
  backendWorker: base + 13,
  workers: [base + 21, base + 22],
  storefront: [base + 31, base + 32],
  portal: base + 41,
  redis: base + 51,
}
const NGINX = "/usr/sbin/nginx"
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aem-topology-"))

type Proc = { name: string; child: ChildProcess }
type Started = { [name: string]: { start: () => Proc; current?: Proc; health: string } }

/** nginx in front of each group; a refused connection (a killed process) goes to the group's other member. */
function nginxConfig(): string {
  const upstream = (name: string, ports: number[]) =>
    `upstream ${name} { ${ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;`).join(" ")} keepalive 16; }`
  const server = (port: number, name: string) => `server {
    listen 127.0.0.1:${port};
    client_max_body_size 20m;
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }`
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${scratch}/nginx-${t};`).join("\n  ")
  return `${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${scratch}/nginx.pid;
error_log ${scratch}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${temp}
  ${upstream("backend", PORTS.backend)}
  ${upstream("storefront", PORTS.storefront)}
  ${upstream("portal", [PORTS.portal])}
  ${server(PORTS.lb.backend, "backend")}
  ${server(PORTS.lb.storefront, "storefront")}
  ${server(PORTS.lb.portal, "portal")}
}
`
}

async function retrying<T>(what: string, attempt: () => Promise<T>, tries = 20): Promise<T> {
  let last: unknown
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt()
    } catch (e) {
      last = e
      await new Promise((r) => setTimeout(r, 500 + i * 250))
    }
  }
  throw new Error(`${what}: ${String(last)}`)
}

class Unavailable extends Error {}

describe("production topology behind nginx", () => {
  let stack: any
  let redis: ChildProcess | undefined
  let nginx: ChildProcess | undefined
  const procs: Started = {}
  let env: NodeJS.ProcessEnv
  let databaseUrl: string
  let publishableKey: string
  let stopPostgres = async () => {}

  beforeAll(async () => {
    stack = await importStack()
    stack.ensureDebianPackage(NGINX, "nginx")
    stack.ensureDebianPackage("redis-server", "redis-server")
    for (const port of [...Object.values(PORTS.lb), ...PORTS.backend, PORTS.backendWorker, ...PORTS.workers, ...PORTS.storefront, PORTS.portal, PORTS.redis]) {
      if (await stack.canConnect("127.0.0.1", port)) throw new Error(`port ${port} is in use: stop what runs there or set E2E_PORT_OFFSET`)
    }
    stack.build(process.env)
    const postgres = await stack.findPostgres({ database: `aem_topology${offset ? `_${offset}` : ""}` })
    stopPostgres = postgres.stop
    databaseUrl = postgres.url
    await dropDatabase(databaseUrl)
    await stack.ensureDatabase(databaseUrl)

    // A Redis of the test's own: Medusa's event bus uses fixed queue names, and nothing else may see these events.
    const redisPort = PORTS.redis
    redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    await retrying("redis-server", async () => {
      if (!(await stack.canConnect("127.0.0.1", redisPort))) throw new Error("not yet")
    })

    const secret = () => randomBytes(32).toString("hex")
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      MEDUSA_BACKEND_URL: `http://localhost:${PORTS.lb.backend}`,
      STOREFRONT_URL: `http://localhost:${PORTS.lb.storefront}`,
      PORTAL_URL: `http://localhost:${PORTS.lb.portal}`,
      CUSTOMS_EXCHANGE_DIR: path.join(scratch, "customs-exchange"),
      // As production gets them: the installation's own, shared by every process.
      JWT_SECRET: secret(),
      COOKIE_SECRET: secret(),
      HOOKS_SECRET: secret(),
      PARK_HOOKS_SECRET: secret(),
      STOREFRONT_HOOKS_SECRET: secret(),
      LOG_LEVEL: "warn",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--no-deprecation"].filter(Boolean).join(" "),
    }
    await stack.migrate(env)
    await stack.seed(env)
    publishableKey = await stack.publishableKey(databaseUrl)

    const backendDir = path.join(stack.ROOT, "apps/backend/.medusa/server")
    const medusa = path.join(stack.ROOT, "node_modules/.bin/medusa")
    const backend = (name: string, port: number, mode: string) => ({
      start: () => stack.startProcess(name, "35", medusa, ["start"], { cwd: backendDir, env: { ...stack.backendEnv(env, port), MEDUSA_WORKER_MODE: mode }, quiet: true }),
      health: `http://127.0.0.1:${port}/health`,
    })
    procs["backend-1"] = backend("backend-1", PORTS.backend[0], "server")
    procs["backend-2"] = backend("backend-2", PORTS.backend[1], "server")
    procs["backend-worker"] = backend("backend-worker", PORTS.backendWorker, "worker")
    PORTS.workers.forEach((port, i) => {
      procs[`workers-${i + 1}`] = {
        start: () =>
          stack.startProcess(`workers-${i + 1}`, "33", process.execPath, [path.join(stack.ROOT, "apps/workers/dist/main.js")], {
            cwd: stack.ROOT,
            env: { ...env, WORKERS_HEALTH_PORT: String(port) },
            quiet: true,
          }),
        health: `http://127.0.0.1:${port}/health`,
      }
    })
    PORTS.storefront.forEach((port, i) => {
      procs[`storefront-${i + 1}`] = {
        start: () => stack.startNext("storefront", "32", port, { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey }, true, `storefront-${i + 1}`),
        health: `http://127.0.0.1:${port}/api/health`,
      }
    })
    procs.portal = { start: () => stack.startNext("portal", "34", PORTS.portal, env, true), health: `http://127.0.0.1:${PORTS.portal}/api/health` }
    procs["customs-sim"] = {
      start: () => stack.startProcess("customs-sim", "36", process.execPath, [path.join(stack.ROOT, "apps/workers/dist/customs-simulator/main.js")], { cwd: stack.ROOT, env, quiet: true }),
      health: "",
    }
    for (const p of Object.values(procs)) p.current = p.start()
    await Promise.all(
      Object.entries(procs)
        .filter(([, p]) => p.health)
        .map(([name, p]) => stack.waitForHealth(name, p.health, { child: p.current!.child, timeoutMs: 300_000 }))
    )
    const conf = path.join(scratch, "nginx.conf")
    fs.writeFileSync(conf, nginxConfig())
    nginx = spawn(NGINX, ["-c", conf, "-p", scratch, "-e", path.join(scratch, "nginx-error.log")], { stdio: ["ignore", "ignore", "inherit"] })
    await stack.waitForHealth("nginx → backend", `http://127.0.0.1:${PORTS.lb.backend}/health`)
  })

  afterAll(async () => {
    nginx?.kill("SIGTERM")
    if (stack) await stack.stopProcesses(Object.values(procs).flatMap((p) => (p.current ? [p.current] : [])))
    redis?.kill("SIGTERM")
    await stopPostgres()
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  /** SIGKILLs the process (its whole group, as a crashed host loses everything) and starts it again. */
  async function crashAndRestart(name: string) {
    const p = procs[name]
    const killedAt = Date.now()
    process.kill(-p.current!.child.pid!, "SIGKILL")
    await new Promise((r) => setTimeout(r, 2000))
    p.current = p.start()
    if (p.health) await stack.waitForHealth(name, p.health, { child: p.current.child, timeoutMs: 300_000 })
    return { name, killedAt, backAt: Date.now() }
  }

  it("takes orders through nginx while a backend server, a worker process and a storefront are killed, and loses or doubles nothing", async () => {
    const lb = `http://127.0.0.1:${PORTS.lb.backend}`
    const storefront = `http://127.0.0.1:${PORTS.lb.storefront}`
    const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }

    /** One store API call through the load balancer; a 502/503/504, a reset connection (a killed upstream) or a held cart lock is Unavailable. */
    async function call(method: string, url: string, body?: unknown) {
      const res = await fetch(`${lb}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }).catch((e) => {
        throw new Unavailable(`${method} ${url}: ${e.message}`)
      })
      const text = await res.text()
      if (res.status === 502 || res.status === 503 || res.status === 504) throw new Unavailable(`${method} ${url}: ${res.status}`)
      // Medusa's answer when the cart's workflow lock is still held (by a request that died with its server): retry.
      if (res.status === 409 && text.includes("conflicted with another request")) throw new Unavailable(`${method} ${url}: 409 (cart locked)`)
      if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`)
      return JSON.parse(text)
    }
    /** A step retried as a buyer's browser would after a failed request, first checking whether it took effect. */
    async function step<T>(what: string, run: () => Promise<T>, tookEffect?: () => Promise<T | undefined>): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        try {
          return await run()
        } catch (e) {
          if (!(e instanceof Unavailable) || attempt >= 30) throw e
          retries++
          await new Promise((r) => setTimeout(r, 1000))
          const done = await tookEffect?.().catch(() => undefined)
          if (done !== undefined) return done
        }
      }
    }
    let retries = 0

    const { regions } = await call("GET", "/store/regions?limit=50")
    const kz = regions.find((r: any) => r.countries.some((c: any) => c.iso_2 === "kz"))
    const { products } = await call("GET", `/store/catalog/products?region_id=${kz.id}&limit=100`)
    const sellable = products.filter((p: any) => p.variants?.length && p.manufacturer?.handle)
    const makers = [...new Set(sellable.map((p: any) => p.manufacturer.handle))]
    expect(makers.length).toBeGreaterThan(1)
    const address = { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Abay Avenue 10", city: "Almaty", postal_code: "050000", country_code: "kz", phone: "+7 727 000 0000" }

    const placed: { orderId: string; makers: Set<string>; startedAt: number; doneAt: number }[] = []
    let storefrontFailures = 0
    async function order(n: number) {
      // Every other order buys from two manufacturers, so it splits into two child orders.
      const first = sellable[n % sellable.length]
      const second = sellable.find((p: any, i: number) => i > n % sellable.length && p.manufacturer.handle !== first.manufacturer.handle) ?? sellable.find((p: any) => p.manufacturer.handle !== first.manufacturer.handle)
      const lines = n % 2 ? [first, second] : [first]
      const startedAt = Date.now()
      const page = await fetch(`${storefront}/kz`).catch(() => undefined)
      if (!page?.ok) storefrontFailures++
      const email = `topology-${n}@buyers.example.kz`
      const { cart } = await step("create cart", () => call("POST", "/store/carts", { region_id: kz.id, email, shipping_address: address, billing_address: address }))
      const current = () => call("GET", `/store/carts/${cart.id}`).then((r) => r.cart)
      for (const p of lines) {
        const variantId = p.variants[0].id
        await step(
          "add line",
          () => call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }),
          async () => ((await current()).items.some((i: any) => i.variant_id === variantId) ? true : undefined)
        )
      }
      const { shipping_options } = await step("shipping options", () => call("GET", `/store/shipping-options?cart_id=${cart.id}`))
      await step("shipping method", () => call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }))
      const { payment_collection } = await step(
        "payment collection",
        () => call("POST", "/store/payment-collections", { cart_id: cart.id }),
        async () => ((await current()).payment_collection ? { payment_collection: (await current()).payment_collection } : undefined)
      )
      await step("payment session", () => call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }))
      const completed = await step("complete", () => call("POST", `/store/carts/${cart.id}/complete`, {}))
      expect(completed.type).toBe("order")
      placed.push({ orderId: completed.order.id, makers: new Set(lines.map((p: any) => p.manufacturer.handle)), startedAt, doneAt: Date.now() })
    }

    const crashes: Promise<{ name: string; killedAt: number; backAt: number }>[] = []
    const crashPlan = new Map([
      [Math.floor(ORDERS * 0.2), "backend-1"],
      [Math.floor(ORDERS * 0.4), "workers-1"],
      [Math.floor(ORDERS * 0.6), "storefront-1"],
    ])
    let next = 0
    const t0 = Date.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ORDERS) {
          const n = next++
          const victim = crashPlan.get(n)
          if (victim) crashes.push(crashAndRestart(victim))
          await order(n)
        }
      })
    )
    const checkoutSeconds = (Date.now() - t0) / 1000
    const crashed = await Promise.all(crashes)
    expect(placed).toHaveLength(ORDERS)
    // A cart started before each kill completed after it.
    for (const c of crashed) expect(placed.some((o) => o.startedAt < c.killedAt && o.doneAt > c.killedAt)).toBe(true)

    // The export pipeline catches up: every child order declared (released by the simulator) and allocated at the park.
    const { Client } = require("pg")
    const db = new Client({ connectionString: databaseUrl })
    await db.connect()
    const expectedChildren = placed.reduce((n, o) => n + o.makers.size, 0)
    const ids = placed.map((o) => o.orderId)
    const count = async (sql: string) => Number((await db.query(sql, [ids])).rows[0].n)
    const consignmentsSql = `select count(*) n from consignment c join child_order co on co.order_id = c.order_id and co.deleted_at is null
       join order_group g on g.id = co.order_group_id where g.buyer_order_id = any($1) and c.deleted_at is null`
    const pipelineStart = Date.now()
    try {
      // Polled every 2 s for up to 10 minutes; what is missing then is named below, not waited for until jest gives up.
      let consignments = await count(consignmentsSql)
      while (consignments < expectedChildren && Date.now() - pipelineStart < 600_000) {
        await new Promise((r) => setTimeout(r, 2000))
        consignments = await count(consignmentsSql)
      }
      const pipelineSeconds = (Date.now() - pipelineStart) / 1000
      const groups = (await db.query(`select buyer_order_id, count(*) n from order_group where buyer_order_id = any($1) and deleted_at is null group by 1`, [ids])).rows
      const children = (
        await db.query(
          `select g.buyer_order_id, count(co.id) n from order_group g join child_order co on co.order_group_id = g.id and co.deleted_at is null
           where g.buyer_order_id = any($1) and g.deleted_at is null group by 1`,
          [ids]
        )
      ).rows
      const declarations = await count(
        `select count(*) n from declaration d join child_order co on co.order_id = d.order_id and co.deleted_at is null
         join order_group g on g.id = co.order_group_id where g.buyer_order_id = any($1) and d.deleted_at is null`
      )
      // Child orders not allocated at the park, with how far their declaration got: what to look at when this fails.
      const stuck = (
        await db.query(
          `select co.order_id, d.status, d.problem from child_order co join order_group g on g.id = co.order_group_id
           left join declaration d on d.order_id = co.order_id and d.deleted_at is null
           left join consignment c on c.order_id = co.order_id and c.deleted_at is null
           where g.buyer_order_id = any($1) and co.deleted_at is null and c.id is null`,
          [ids]
        )
      ).rows
      console.log(
        [
          `topology: ${ORDERS} orders (${expectedChildren} child orders) through nginx in ${checkoutSeconds.toFixed(1)} s at ${CONCURRENCY} buyers, ${retries} requests retried after a kill`,
          ...crashed.map((c) => `  ${c.name} SIGKILLed, healthy again after ${((c.backAt - c.killedAt) / 1000).toFixed(1)} s`),
          `  storefront pages that failed through nginx: ${storefrontFailures}`,
          `  split: ${groups.length} order groups, declarations: ${declarations}, consignments: ${consignments} (expected ${expectedChildren} each)`,
          consignments === expectedChildren
            ? `  last consignment allocated ${pipelineSeconds.toFixed(1)} s after the last checkout`
            : `  not allocated ${pipelineSeconds.toFixed(0)} s after the last checkout: ${stuck.map((r: any) => `${r.order_id} (declaration ${r.status ?? "missing"}${r.problem ? `: ${r.problem}` : ""})`).join(", ")}`,
        ].join("\n")
      )
      // Every order split once, into one child order per manufacturer in its cart.
      expect(groups).toHaveLength(ORDERS)
      expect(groups.every((g: any) => Number(g.n) === 1)).toBe(true)
      const childrenOf = new Map(children.map((c: any) => [c.buyer_order_id, Number(c.n)]))
      for (const o of placed) expect([o.orderId, childrenOf.get(o.orderId)]).toEqual([o.orderId, o.makers.size])
      expect(declarations).toBe(expectedChildren)
      expect(stuck).toEqual([])
      expect(consignments).toBe(expectedChildren)
      expect(storefrontFailures).toBe(0)
    } finally {
      await db.end()
    }
  })
})
