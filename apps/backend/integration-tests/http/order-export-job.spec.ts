import { jobIdFor, orderPlacedJob } from "@aem/job-contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Job, Queue } from "bullmq"
import { ChildProcess, spawn } from "child_process"
import IORedis from "ioredis"
import path from "path"
import { JOB_QUEUE_MODULE } from "../../src/modules/job-queue"
import type JobQueueService from "../../src/modules/job-queue/service"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"
import { checkout, storefrontContext, waitFor } from "./helpers"

jest.setTimeout(240_000)

// This suite's own BullMQ prefix, read by medusa-config (producer) and given to the worker process.
const prefix = `itest-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const healthPort = 19100 + (process.pid % 500)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let workers: ChildProcess
    let connection: IORedis
    let queue: Queue
    let workerOutput = ""

    beforeAll(async () => {
      await seedDemoData(getContainer())
      // The real worker process, as `npm start` runs it.
      workers = spawn(process.execPath, [path.resolve(__dirname, "../../../workers/dist/main.js")], {
        env: { ...process.env, REDIS_URL: redisUrl, WORKERS_QUEUE_PREFIX: prefix, WORKERS_HEALTH_PORT: String(healthPort) },
        stdio: ["ignore", "pipe", "pipe"],
      })
      workers.stdout!.on("data", (d) => (workerOutput += d))
      workers.stderr!.on("data", (d) => (workerOutput += d))
      await waitFor("workers health", async () => {
        const res = await fetch(`http://127.0.0.1:${healthPort}/health`).catch(() => undefined)
        return res?.ok ? true : undefined
      })
      connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
      queue = new Queue(orderPlacedJob.queue, { connection, prefix })
    })

    afterAll(async () => {
      workers?.kill("SIGTERM")
      await queue?.obliterate({ force: true }).catch(() => undefined)
      await queue?.close()
      await connection?.quit()
    })

    it("a buyer's checkout enqueues the order and the worker process consumes it", async () => {
      const { headers } = await storefrontContext(getContainer(), "kz")
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order } = await checkout(api, getContainer(), { lines: [{ variant_id: list.products[0].variants[0].id, quantity: 2 }] })
      expect(order.currency_code).toBe("kzt")

      // The order is split per manufacturer (one here), and each child order enters the pipeline.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const child = await waitFor("the child order", async () => {
        const { data } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const id = data[0]?.child_orders?.[0]?.order_id
        return id ? (await query.graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id } })).data[0] : undefined
      })
      expect(Number(child.total)).toBe(Number(order.total))

      const jobId = jobIdFor(orderPlacedJob, { orderId: child.id } as never)
      const job = await waitFor("the export job to complete", async () => {
        const j = await Job.fromId(queue, jobId)
        return j && (await j.getState()) === "completed" ? j : undefined
      })
      expect(job.returnvalue).toMatchObject({ orderId: child.id, destination: "KZ", currencyCode: "KZT" })
      expect(job.returnvalue.total).toBe(Number(child.total))
      expect(workerOutput).toContain(`order ${child.display_id} (${child.id}) registered for export`)
    })

    it("enqueuing the same business event twice makes one job", async () => {
      const jobs = getContainer().resolve<JobQueueService>(JOB_QUEUE_MODULE)
      const payload = {
        orderId: "order_idempotency_check",
        displayId: 999,
        currencyCode: "sar",
        countryCode: "sa",
        total: 100,
        placedAt: new Date().toISOString(),
      }
      const first = await jobs.enqueue(orderPlacedJob, payload)
      const second = await jobs.enqueue(orderPlacedJob, { ...payload })
      expect(second.jobId).toBe(first.jobId)
      const all = await queue.getJobs(["waiting", "active", "completed", "delayed", "failed"])
      expect(all.filter((j) => j.data.orderId === payload.orderId)).toHaveLength(1)
    })

    it("refuses a payload that breaks the contract, saying which field is wrong", async () => {
      const jobs = getContainer().resolve<JobQueueService>(JOB_QUEUE_MODULE)
      await expect(
        jobs.enqueue(orderPlacedJob, { orderId: "", displayId: 1, currencyCode: "tenge", total: 1, placedAt: "now" } as never)
      ).rejects.toThrow(/orderId: orderId is required.*currencyCode.*placedAt/)
    })
  },
})
