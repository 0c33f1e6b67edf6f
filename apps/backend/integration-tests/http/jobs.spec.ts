import { QUEUES, prepareDeclarationJob } from "@aem/job-contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Job, UnrecoverableError, Worker } from "bullmq"
import IORedis from "ioredis"
import { JOB_QUEUE_MODULE } from "../../src/modules/job-queue"
import type JobQueueService from "../../src/modules/job-queue/service"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(180_000)

// This suite's own BullMQ prefix, read by medusa-config: the ledger follows only these queues.
const prefix = `itest-jobs-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"

const declarationJob = (orderId: string) => ({
  declarationId: `decl_${orderId}`,
  orderId,
  order: { orderNo: `AEM-${orderId}` },
  documents: { invoiceNo: `INV-${orderId}` },
})

type Row = { job_id: string; business_key: string | null; state: string; attempts: number; max_attempts: number; last_error: string | null; name: string; queue: string; started_at: string | null; finished_at: string | null }

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let connection: IORedis
    let worker: Worker | undefined

    beforeAll(async () => {
      connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
    })

    afterEach(async () => {
      await worker?.close()
      worker = undefined
    })

    afterAll(async () => {
      await connection?.quit()
    })

    const ledger = async (filters: Record<string, unknown>): Promise<Row[]> =>
      (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "job_record", fields: ["*"], filters })).data as Row[]
    const adminHeaders = async () => {
      const { data } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      return { authorization: `Bearer ${data.token}` }
    }

    it("the ledger follows each job: waiting, retrying after a failed run, completed; a permanent failure stays failed with its reason", async () => {
      const jobs = getContainer().resolve<JobQueueService>(JOB_QUEUE_MODULE)
      // A real BullMQ worker on the pipeline queue, standing in for the workers app's handlers.
      worker = new Worker(
        QUEUES.exportPipeline,
        async (job: Job) => {
          if (job.data.orderId === "order_flaky" && job.attemptsMade === 0) throw new Error("backend unreachable: ECONNREFUSED")
          if (job.data.orderId === "order_broken") throw new UnrecoverableError("No China customs currency code for \"KZT\"")
          return { ok: true }
        },
        { connection, prefix, autorun: false }
      )
      const started = Date.now()
      const ids = {
        fine: (await jobs.enqueue(prepareDeclarationJob, declarationJob("order_fine"))).jobId,
        flaky: (await jobs.enqueue(prepareDeclarationJob, declarationJob("order_flaky"))).jobId,
        broken: (await jobs.enqueue(prepareDeclarationJob, declarationJob("order_broken"))).jobId,
      }
      // Before any worker runs, the ledger lists the three as waiting, with what they are about.
      const waiting = await waitFor("three waiting jobs", async () => {
        const rows = await ledger({ queue: QUEUES.exportPipeline, state: "waiting" })
        return rows.length === 3 ? rows : undefined
      })
      expect(waiting.map((r) => r.business_key).sort()).toEqual(["order_broken", "order_fine", "order_flaky"])
      expect(waiting.every((r) => r.name === prepareDeclarationJob.name && r.attempts === 0 && r.max_attempts === 5)).toBe(true)

      void worker.run()
      // The flaky job's first run failed: it waits for its retry (2 s of backoff), visibly.
      const retrying = await waitFor("the retrying job", async () => (await ledger({ job_id: ids.flaky, state: "retrying" }))[0])
      expect(retrying).toMatchObject({ attempts: 1, last_error: "backend unreachable: ECONNREFUSED" })

      const done = await waitFor("the retried job to complete", async () => (await ledger({ job_id: ids.flaky, state: "completed" }))[0])
      expect(done.attempts).toBe(2)
      // Exponential backoff: the second run came no sooner than the contract's first delay.
      expect(new Date(done.finished_at!).getTime() - started).toBeGreaterThanOrEqual(prepareDeclarationJob.backoffMs)
      const broken = await waitFor("the broken job to fail", async () => (await ledger({ job_id: ids.broken, state: "failed" }))[0])
      expect(broken).toMatchObject({ attempts: 1, last_error: 'No China customs currency code for "KZT"', business_key: "order_broken" })
      expect((await waitFor("the fine job", async () => (await ledger({ job_id: ids.fine, state: "completed" }))[0])).attempts).toBe(1)

      // Permanent means permanent: it is still failed, not retried, a while later.
      await new Promise((r) => setTimeout(r, prepareDeclarationJob.backoffMs + 500))
      expect(await (await Job.fromId(jobs.allQueues()[0], ids.broken))!.getState()).toBe("failed")
      expect((await ledger({ job_id: ids.broken }))[0]).toMatchObject({ state: "failed", attempts: 1 })

      // Platform staff read it over HTTP, filtered.
      const headers = await adminHeaders()
      const { data: failed } = await api.get("/admin/jobs?state=failed", { headers })
      expect(failed.jobs).toEqual([expect.objectContaining({ job_id: ids.broken, business_key: "order_broken", last_error: expect.stringMatching(/KZT/) })])
      expect(failed.count).toBe(1)
      const { data: byOrder } = await api.get(`/admin/jobs?business_key=order_flaky&queue=${QUEUES.exportPipeline}`, { headers })
      expect(byOrder.jobs.map((j: Row) => [j.job_id, j.state, j.attempts])).toEqual([[ids.flaky, "completed", 2]])
      const { data: page } = await api.get(`/admin/jobs?queue=${QUEUES.exportPipeline}&limit=2`, { headers })
      expect(page).toMatchObject({ count: 3, limit: 2 })
      expect(page.jobs).toHaveLength(2)
    })

    it("GET /admin/jobs refuses bad filters with a reason, and anyone but platform staff", async () => {
      const headers = await adminHeaders()
      const badState = await api.get("/admin/jobs?state=stuck", { headers }).catch((e) => e.response)
      expect(badState.status).toBe(400)
      expect(badState.data.message).toMatch(/'waiting, active, retrying, completed, failed, removed' for field 'state', but got: 'stuck'/)
      const badQueue = await api.get("/admin/jobs?queue=bull", { headers }).catch((e) => e.response)
      expect(badQueue.status).toBe(400)
      expect(badQueue.data.message).toMatch(/'aem\.export-pipeline, .*' for field 'queue', but got: 'bull'/)

      expect((await api.get("/admin/jobs").catch((e) => e.response)).status).toBe(401)
      const { data: maker } = await api.post("/auth/manufacturer/emailpass", DEMO_LOGINS.manufacturer)
      expect((await api.get("/admin/jobs", { headers: { authorization: `Bearer ${maker.token}` } }).catch((e) => e.response)).status).toBe(401)
      const { data: buyer } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
      expect((await api.get("/admin/jobs", { headers: { authorization: `Bearer ${buyer.token}` } }).catch((e) => e.response)).status).toBe(401)
    })

    it("Bull Board is there for platform staff only", async () => {
      const get = (url: string, headers: Record<string, string> = {}) => api.get(url, { headers }).catch((e) => e.response)
      for (const url of ["/admin/bull-board", "/admin/bull-board/api/queues"]) expect((await get(url)).status).toBe(401)
      const { data: maker } = await api.post("/auth/manufacturer/emailpass", DEMO_LOGINS.manufacturer)
      expect((await get("/admin/bull-board/api/queues", { authorization: `Bearer ${maker.token}` })).status).toBe(401)
      const { data: buyer } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
      expect((await get("/admin/bull-board", { authorization: `Bearer ${buyer.token}` })).status).toBe(401)

      const headers = await adminHeaders()
      const page = await get("/admin/bull-board", headers)
      expect(page.status).toBe(200)
      expect(page.headers["content-type"]).toMatch(/text\/html/)
      expect(page.data).toContain('<base href="/admin/bull-board/" />')
      const css = page.data.match(/href="(static\/css\/[^"]+)"/)[1]
      expect((await get(`/admin/bull-board/${css}`, headers)).status).toBe(200)
      const jobs = getContainer().resolve<JobQueueService>(JOB_QUEUE_MODULE)
      const { jobId } = await jobs.enqueue(prepareDeclarationJob, declarationJob("order_board"))
      const { data } = await get(`/admin/bull-board/api/queues?activeQueue=${QUEUES.exportPipeline}&status=latest`, headers)
      expect(data.queues.map((q: { name: string }) => q.name).sort()).toEqual(Object.values(QUEUES).sort())
      const pipeline = data.queues.find((q: { name: string }) => q.name === QUEUES.exportPipeline)
      expect(pipeline.jobs.map((j: { id: string }) => j.id)).toContain(jobId)

      // In a browser, staff are logged in by the admin's session cookie.
      const session = await api.post("/auth/session", {}, { headers })
      const cookie = String(session.headers["set-cookie"]).split(";")[0]
      expect((await get("/admin/bull-board/api/queues", { cookie })).status).toBe(200)
    })
  },
})
