import { QUEUES } from "@aem/job-contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Queue } from "bullmq"
import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import IORedis from "ioredis"
import net from "net"
import os from "os"
import path from "path"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { placeCopiesOfOrder } from "../../src/scripts/pipeline/place-orders"
import { checkout, eventBusIdle, storefrontContext, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(900_000)

/**
 * The export pipeline survives its worker process being killed and its Redis restarting: every order
 * still ends with exactly one declaration and one consignment. The pipeline's queues (producer, ledger,
 * workers) run on a Redis server of this suite's own (started here, on a free port, QUEUES_REDIS_URL), so
 * restarting it disturbs no one else's tests. Medusa's own modules (event bus, workflow engine) stay on
 * REDIS_URL: their in-process engine does not survive its Redis going away, and its failures would be
 * Medusa's, not the pipeline's.
 */
const prefix = `itest-crash-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aem-pipeline-crash-"))
const exchange = path.join(scratch, "customs-exchange")
const WORKERS = path.resolve(__dirname, "../../../workers/dist")

let redisPort = 0
let redis: ChildProcess | undefined

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The suite's own redis-server; its append-only file in the scratch folder keeps the data across a restart. */
async function startRedis() {
  redis = spawn("/usr/bin/redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--dir", scratch, "--appendonly", "yes", "--save", ""], {
    stdio: "ignore",
  })
  await waitFor("redis-server", async () => {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(redisPort, "127.0.0.1", () => (socket.end(), resolve(true))).once("error", () => resolve(false))
    })
    return ok || undefined
  })
}

async function stopRedis() {
  if (!redis || redis.exitCode !== null) return
  const exited = new Promise((r) => redis!.once("exit", r))
  redis.kill("SIGTERM")
  await exited
}

const queuesRedisUrl = () => `redis://127.0.0.1:${redisPort}`

// Before the Medusa runner loads medusa-config, which reads QUEUES_REDIS_URL.
beforeAll(async () => {
  redisPort = await freePort()
  process.env.QUEUES_REDIS_URL = queuesRedisUrl()
  await startRedis()
})

afterAll(async () => {
  await stopRedis()
  delete process.env.QUEUES_REDIS_URL
  fs.rmSync(scratch, { recursive: true, force: true })
})

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const processes: ChildProcess[] = []
    let templateOrderId: string

    /** A real node process of the workers app (or its customs simulator), as `npm start` runs them. */
    function start(script: string, env: Record<string, string> = {}) {
      // Its output goes to a file of its own, read back when a test fails (see whereItStopped).
      const log = fs.openSync(path.join(scratch, `${processes.length}-${path.dirname(script) === "." ? "workers" : "customs-simulator"}.log`), "a")
      const child = spawn(process.execPath, [path.join(WORKERS, script)], {
        env: {
          ...process.env,
          REDIS_URL: queuesRedisUrl(),
          WORKERS_QUEUE_PREFIX: prefix,
          WORKERS_HEALTH_PORT: "0",
          MEDUSA_BACKEND_URL: api.defaults.baseURL,
          CUSTOMS_EXCHANGE_DIR: exchange,
          CUSTOMS_POLL_INTERVAL_MS: "300",
          // A killed worker's jobs are taken back within seconds, not the default half minute.
          WORKERS_LOCK_DURATION_MS: "10000",
          WORKERS_STALLED_INTERVAL_MS: "1000",
          WORKERS_CONCURRENCY: "8",
          ...env,
        },
        stdio: ["ignore", log, log],
      })
      fs.closeSync(log)
      processes.push(child)
      return child
    }

    beforeAll(async () => {
      // One order through the store API; the others are copies of it (see placeCopiesOfOrder).
      const { headers } = await storefrontContext(getContainer(), "ru")
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order } = await checkout(api, getContainer(), {
        countryCode: "ru",
        address: { first_name: "Olga", last_name: "Ivanova", address_1: "Tverskaya 7", city: "Moscow", postal_code: "125009", country_code: "ru", phone: "+7 495 000 0000" },
        lines: [{ variant_id: list.products[0].variants[0].id, quantity: 1 }],
      })
      templateOrderId = order.id
    })

    afterEach(async () => {
      for (const child of processes.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
      // The last hand-backs' events are still being handled: the next test's reset, or the suite's shutdown,
      // must not pull the database or Redis from under them.
      await eventBusIdle()
      for (const name of fs.readdirSync(scratch)) if (name.endsWith(".log")) fs.rmSync(path.join(scratch, name))
      // The runner puts the database back as it was before each test; the queues' Redis follows, so no
      // job of one test (about orders the next one's database does not have) reaches the next.
      const redisClient = new IORedis(queuesRedisUrl())
      await redisClient.flushall()
      await redisClient.quit()
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /**
     * For a failure message: the queues' job counts and failed jobs, and the last lines each process of
     * the test printed. A test that fails once in a while in CI is understood from this alone.
     */
    async function whereItStopped(): Promise<string> {
      const connection = new IORedis(queuesRedisUrl(), { maxRetriesPerRequest: 1 })
      const lines: string[] = []
      try {
        for (const name of Object.values(QUEUES)) {
          const queue = new Queue(name, { connection, prefix })
          const counts = await queue.getJobCounts("waiting", "active", "delayed", "completed", "failed")
          const failed = await queue.getFailed(0, 9)
          lines.push(`queue ${name}: ${JSON.stringify(counts)}`, ...failed.map((j) => `  failed ${j.name} ${j.id} after ${j.attemptsMade} run(s): ${j.failedReason}`))
          await queue.close()
        }
      } catch (e) {
        lines.push(`queues unreadable: ${(e as Error).message}`)
      } finally {
        connection.disconnect()
      }
      for (const name of fs.readdirSync(scratch).filter((n) => n.endsWith(".log")).sort()) {
        const tail = fs.readFileSync(path.join(scratch, name), "utf8").trimEnd().split("\n").slice(-25)
        lines.push(`--- ${name} (last ${tail.length} lines)`, ...tail)
      }
      return lines.join("\n")
    }

    /** waitFor, and on a timeout an error that says where the pipeline stopped. */
    const waitOrExplain = <T>(what: string, probe: () => Promise<T | undefined>, explain: () => Promise<string> = async () => "") =>
      waitFor(what, probe, 300_000).catch(async (e) => {
        throw new Error(`${(e as Error).message}${await explain()}\n${await whereItStopped()}`)
      })

    /** The child orders the split made of these buyer orders, once every one is split. */
    async function childOrdersOf(buyerOrderIds: string[]): Promise<string[]> {
      return waitOrExplain("every order to be split", async () => {
        const { data } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: buyerOrderIds } })
        // Each copy has one manufacturer's goods: one child order each.
        const children = data.flatMap((g) => g.child_orders!.map((c) => c!.order_id))
        return children.length === buyerOrderIds.length ? children : undefined
      })
    }

    // Declarations past draft, all of them: only this suite's orders are in its database.
    const countSubmitted = async () => (await query().graph({ entity: "declaration", fields: ["id"], filters: { status: { $ne: "draft" } } })).data.length

    /** Exactly one declaration (four messages, three documents) and one consignment per child order. */
    async function expectOneOfEach(orderIds: string[]) {
      const consignments = await waitOrExplain(
        "a consignment for every order",
        async () => {
          const { data } = await query().graph({ entity: "consignment", fields: ["id", "order_id", "barcode"], filters: { order_id: orderIds } })
          return data.length >= orderIds.length ? data : undefined
        },
        // Where the orders without one stopped: their declarations' states and problems.
        async () => {
          const { data: have } = await query().graph({ entity: "consignment", fields: ["order_id"], filters: { order_id: orderIds } })
          const without = orderIds.filter((id) => !have.some((c) => c.order_id === id))
          const { data: declarations } = await query().graph({ entity: "declaration", fields: ["order_id", "status", "problem", "updated_at"], filters: { order_id: without } })
          const states = declarations.map((d) => `${d.status}${d.problem ? ` (${d.problem})` : ""}`)
          return `: ${without.length} of ${orderIds.length} orders have none; their declarations: ${JSON.stringify(states.slice(0, 10))} (${declarations.length} found)`
        }
      )
      expect(consignments).toHaveLength(orderIds.length)
      expect(new Set(consignments.map((c) => c.order_id)).size).toBe(orderIds.length)
      expect(new Set(consignments.map((c) => c.barcode)).size).toBe(orderIds.length)

      const { data: declarations } = await query().graph({
        entity: "declaration",
        fields: ["id", "order_id", "status", "messages.direction", "messages.type", "documents.kind"],
        filters: { order_id: orderIds },
      })
      expect(declarations).toHaveLength(orderIds.length)
      expect(new Set(declarations.map((d) => d.order_id)).size).toBe(orderIds.length)
      const shapes = new Set(declarations.map((d) => `${d.messages!.filter((m) => m!.direction === "out").length} messages, ${d.documents!.length} documents`))
      expect([...shapes]).toEqual(["4 messages, 3 documents"])
    }

    it("200 orders: the worker process is killed (SIGKILL) at a random moment and restarted; exactly 200 declarations and 200 consignments, none twice", async () => {
      start("customs-simulator/main.js")
      const firstWorker = start("main.js")
      const before = await countSubmitted()
      const buyerOrders = await placeCopiesOfOrder(getContainer(), templateOrderId, 200)

      // At a random point between 10% and 80% of the declarations.
      const killAt = before + 20 + Math.floor(Math.random() * 140)
      await waitOrExplain(`${killAt - before} declarations submitted`, async () => ((await countSubmitted()) >= killAt ? true : undefined))
      firstWorker.kill("SIGKILL")
      await new Promise((r) => firstWorker.once("exit", r))
      expect((await countSubmitted()) - before).toBeLessThan(200)
      start("main.js")

      const children = await childOrdersOf(buyerOrders.map((o) => o.id))
      expect(children).toHaveLength(200)
      await expectOneOfEach(children)
    })

    it("Redis restarts in the middle: every order still ends with one declaration and one consignment", async () => {
      start("customs-simulator/main.js")
      start("main.js")
      const before = await countSubmitted()
      const buyerOrders = await placeCopiesOfOrder(getContainer(), templateOrderId, 60)

      const restartAt = before + 10 + Math.floor(Math.random() * 30)
      await waitOrExplain(`${restartAt - before} declarations submitted`, async () => ((await countSubmitted()) >= restartAt ? true : undefined))
      await stopRedis()
      await new Promise((r) => setTimeout(r, 1000))
      await startRedis()

      const children = await childOrdersOf(buyerOrders.map((o) => o.id))
      await expectOneOfEach(children)
    })
  },
})
