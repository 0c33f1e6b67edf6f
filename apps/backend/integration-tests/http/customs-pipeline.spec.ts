import { HOOK_HEADERS, jobIdFor, prepareDeclarationJob, signHook } from "@aem/job-contracts"
// The customs simulator: a dev and test tool of the workers (customs itself cannot be reached).
import { answerOutbox } from "@aem/workers"
import { validateManyAgainstSchema } from "@aem/trade-kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Job, Queue } from "bullmq"
import fs from "fs"
import IORedis from "ioredis"
import os from "os"
import path from "path"
import { JOB_QUEUE_MODULE } from "../../src/modules/job-queue"
import type JobQueueService from "../../src/modules/job-queue/service"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS, seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"
import { registerDeclarationWorkflow } from "../../src/workflows/customs/register-declaration"
import { checkout, KZ_ADDRESS, RU_ADDRESS, startWorkerProcess, storefrontContext, waitFor } from "./helpers"


jest.setTimeout(240_000)

// This suite's own BullMQ prefix, read by medusa-config (producer) and given to the worker process.
const prefix = `itest-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const healthPort = 19100 + (process.pid % 500)
const exchange = fs.mkdtempSync(path.join(os.tmpdir(), "aem-customs-exchange-"))

const DECLARATION_FIELDS = [
  "id", "order_id", "status", "mode", "order_no", "rejection_reason", "problem", "status_changed_by", "warnings",
  "messages.type", "messages.direction", "messages.guid", "messages.xml", "messages.status", "messages.return_status", "messages.return_info",
  "documents.kind", "documents.file_id", "documents.filename",
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let workers: Awaited<ReturnType<typeof startWorkerProcess>>
    let connection: IORedis
    let queue: Queue

    beforeAll(async () => {
      await seedDemoData(getContainer())
      workers = await startWorkerProcess({ backendUrl: api.defaults.baseURL!, redisUrl, prefix, exchange, healthPort })
      connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
      queue = new Queue(prepareDeclarationJob.queue, { connection, prefix })
    })

    afterAll(async () => {
      workers?.stop()
      await queue?.obliterate({ force: true }).catch(() => undefined)
      await queue?.close()
      await connection?.quit()
      fs.rmSync(exchange, { recursive: true, force: true })
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A buyer in Russia (or Kazakhstan) orders a demo wheelchair; returns the child order the split made. */
    async function orderWheelchair(countryCode: "ru" | "kz" = "ru") {
      const { headers } = await storefrontContext(getContainer(), countryCode)
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order } = await checkout(api, getContainer(), {
        countryCode,
        address: countryCode === "ru" ? RU_ADDRESS : KZ_ADDRESS,
        lines: [{ variant_id: list.products[0].variants[0].id, quantity: 2 }],
      })
      return waitFor("the child order", async () => {
        const { data } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const id = data[0]?.child_orders?.[0]?.order_id
        return id ? (await query().graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id } })).data[0] : undefined
      })
    }

    async function declarationIn(orderId: string, statuses: string[]) {
      return waitFor(`the declaration to be ${statuses.join(" or ")}`, async () => {
        const { data } = await query().graph({ entity: "declaration", fields: DECLARATION_FIELDS, filters: { order_id: orderId } })
        return data[0] && statuses.includes(data[0].status) ? data[0] : undefined
      })
    }

    const outbox = () => fs.readdirSync(path.join(exchange, "outbox")).filter((f) => f.endsWith(".xml"))

    it("checkout → declaration generated, schema-valid and submitted with its PDFs → customs accepts → released", async () => {
      const child = await orderWheelchair()
      const declaration = await declarationIn(child.id, ["submitted"])
      expect(declaration).toMatchObject({ mode: "9610", order_no: `AEM-${child.display_id}`, status_changed_by: "workers" })
      expect(declaration.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/port of destination RUMO is a placeholder/)]))

      const sent = declaration.messages!.filter((m) => m!.direction === "out")
      expect(sent.map((m) => m!.type).sort()).toEqual(["CEB303", "CEB403", "CEB505", "CEB603"])
      expect((await validateManyAgainstSchema(sent.map((m) => m!.xml))).map((r) => r.errors)).toEqual([[], [], [], []])
      expect(sent.every((m) => m!.status === "submitted")).toBe(true)
      expect(sent.find((m) => m!.type === "CEB303")!.xml).toContain(`<ceb:orderNo>AEM-${child.display_id}</ceb:orderNo>`)

      expect(declaration.documents!.map((d) => d!.kind).sort()).toEqual(["invoice", "origin_application", "packing_list"])
      const files = getContainer().resolve(Modules.FILE)
      for (const doc of declaration.documents!) expect((await files.getAsBuffer(doc!.file_id)).subarray(0, 5).toString()).toBe("%PDF-")

      // The transport handed the four messages to the exchange client's outbox, once each.
      expect(outbox().sort()).toEqual(sent.map((m) => `${m!.type}_${m!.guid}.xml`).sort())

      expect(await answerOutbox(exchange, () => ({ outcome: "accept" }))).toBe(4)
      const released = await declarationIn(child.id, ["released"])
      expect(released.status_changed_by).toBe("customs")
      const receipts = released.messages!.filter((m) => m!.direction === "in")
      expect(receipts.map((m) => `${m!.type} ${m!.return_status}`).sort()).toEqual(["CEB304 120", "CEB404 120", "CEB506 120", "CEB604 120", "CEB604 800"])
      expect(released.messages!.find((m) => m!.type === "CEB603")).toMatchObject({ status: "released", return_status: "800" })
      expect(workers.output()).toContain(`declaration AEM-${child.display_id} (${declaration.id}) generated and submitted`)
    })

    it("customs rejects: the declaration shows the reason and the manufacturer and the platform are told", async () => {
      const child = await orderWheelchair()
      const declaration = await declarationIn(child.id, ["submitted"])
      const reason = "商品编码与申报品名不符: the HS code does not match the declared goods name"
      await answerOutbox(exchange, ({ type }) => (type === "CEB603" ? { outcome: "reject", reason } : { outcome: "accept" }))

      const rejected = await declarationIn(child.id, ["rejected"])
      expect(rejected.rejection_reason).toBe(reason)
      expect(rejected.messages!.find((m) => m!.type === "CEB603")).toMatchObject({ status: "rejected", return_status: "100", return_info: reason })

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sentNotices = await waitFor("the rejection notices", async () => {
        const list = await notifications.listNotifications({ template: "declaration-rejected" })
        return list.filter((n) => (n.data as { id?: string })?.id === declaration.id).length === 2 ? list : undefined
      })
      expect(sentNotices.map((n) => n.to).sort()).toEqual(["customs@marketplace.example.com", "export@kangyi.example.cn"])
      expect(sentNotices.every((n) => (n.data as { reason: string }).reason === reason)).toBe(true)

      // The platform lists rejected declarations with customs' reasons.
      const { data: admin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const asAdmin = { headers: { authorization: `Bearer ${admin.token}` } }
      const { data: list } = await api.get("/admin/declarations?status=rejected", asAdmin)
      expect(list.declarations).toEqual([expect.objectContaining({ id: declaration.id, rejection_reason: reason, order_no: `AEM-${child.display_id}` })])
      expect((await api.get("/admin/declarations?status=nonsense", asAdmin).catch((e) => e.response)).status).toBe(400)
      expect((await api.get("/admin/declarations").catch((e) => e.response)).status).toBe(401)

      // The manufacturer sees it on its order, next to the documents.
      const { data: login } = await api.post("/auth/manufacturer/emailpass", { email: "owner@kangyi.example.cn", password: "demo-maker-2026" })
      const { data } = await api.get(`/vendor/orders/${child.id}`, { headers: { authorization: `Bearer ${login.token}` } })
      expect(data.order.declaration).toMatchObject({ status: "rejected", mode: "9610", order_no: `AEM-${child.display_id}`, rejection_reason: reason })
      expect(data.order.declaration.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(["invoice", "origin_application", "packing_list"])
    })

    it("a declaration the workers cannot build keeps the reason where the manufacturer sees it", async () => {
      // The trade kit has no (confirmed) China customs currency code for the tenge.
      const child = await orderWheelchair("kz")
      const declaration = await waitFor("the declaration's problem", async () => {
        const { data } = await query().graph({ entity: "declaration", fields: DECLARATION_FIELDS, filters: { order_id: child.id } })
        return data[0]?.problem ? data[0] : undefined
      })
      expect(declaration.status).toBe("draft")
      expect(declaration.problem).toMatch(/No China customs currency code for "KZT"/)
      const job = (await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id } as never)))!
      expect(await job.getState()).toBe("failed")
      expect(job.attemptsMade).toBe(1)

      const { data: login } = await api.post("/auth/manufacturer/emailpass", { email: "owner@kangyi.example.cn", password: "demo-maker-2026" })
      const { data } = await api.get(`/vendor/orders/${child.id}`, { headers: { authorization: `Bearer ${login.token}` } })
      expect(data.order.declaration).toMatchObject({ status: "draft", problem: declaration.problem })
      const { data: admin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const { data: problems } = await api.get("/admin/declarations?has_problem=true", { headers: { authorization: `Bearer ${admin.token}` } })
      expect(problems.declarations.map((d: { id: string }) => d.id)).toEqual([declaration.id])
    })

    it("running the job and the registration twice makes one declaration, one set of messages, one submission", async () => {
      const child = await orderWheelchair()
      const first = await declarationIn(child.id, ["submitted"])
      const job = (await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id } as never)))!
      expect(await job.getState()).toBe("completed")

      // The registration again (a redelivered order.placed) and the very same job again under another id.
      const again = await registerDeclarationWorkflow(getContainer()).run({ input: { orderId: child.id } })
      expect(again.result.declaration.id).toBe(first.id)
      expect(again.result.job.jobId).toBe(job.id)
      await queue.add(prepareDeclarationJob.name, job.data, { jobId: `${job.id}-again` })
      const rerun = await waitFor("the repeated job's result", async () => {
        const j = await Job.fromId(queue, `${job.id}-again`)
        if (j?.failedReason) throw new Error(`the repeated job failed: ${j.failedReason}`)
        return j?.returnvalue ?? undefined
      })
      expect(rerun.messages.sort()).toEqual(first.messages!.filter((m) => m!.direction === "out").map((m) => m!.guid).sort())

      const { data } = await query().graph({ entity: "declaration", fields: DECLARATION_FIELDS, filters: { order_id: child.id } })
      expect(data).toHaveLength(1)
      expect(data[0].messages).toHaveLength(4)
      expect(data[0].documents).toHaveLength(3)
      expect(data[0].status).toBe("submitted")
      const mine = outbox().filter((f) => data[0].messages!.some((m) => f.includes(m!.guid)))
      expect(mine).toHaveLength(4)
      expect(workers.output()).toContain(`declaration AEM-${child.display_id} (${first.id}) already submitted`)
    })

    it("refuses unsigned, wrongly signed and replayed hook calls", async () => {
      const body = JSON.stringify({ receipts: [{ type: "CEB604", guid: "x", xml: "<x/>", statuses: [{ guid: "y", status: "120", note: "" }] }] })
      const post = (headers: Record<string, string>) =>
        api.post("/hooks/customs/receipts", body, { headers: { "content-type": "application/json", ...headers } }).catch((e) => e.response)

      const unsigned = await post({})
      expect(unsigned.status).toBe(401)
      expect(unsigned.data.message).toMatch(/x-aem-timestamp and x-aem-signature headers are required/)
      expect((await post(signHook("not-the-secret-at-all", body))).data.message).toMatch(/signature does not match/)
      const stale = signHook("demo-hooks-secret-change-me", body, Date.now() - 10 * 60_000)
      expect((await post(stale)).data.message).toMatch(/minutes from the server's clock/)

      const signed = signHook("demo-hooks-secret-change-me", body)
      const first = await post(signed)
      expect(first.status).toBe(200)
      expect(first.data).toMatchObject({ recorded: [], unmatched: ["x"] })
      const replay = await post(signed)
      expect(replay.status).toBe(401)
      expect(replay.data.message).toMatch(/replay/)
      expect(signed[HOOK_HEADERS.signature]).toMatch(/^sha256=/)

      // Every route under /hooks/customs is signed, the nested ones too.
      const nested = await api.post("/hooks/customs/declarations/decl_x/submitted", {}).catch((e) => e.response)
      expect(nested.status).toBe(401)
    })

    it("refuses a hook body that breaks its schema, saying which field is wrong", async () => {
      const body = JSON.stringify({ declaration_id: "decl_x", messages: [], documents: [] })
      const res = await api
        .post("/hooks/customs/declarations", body, { headers: { "content-type": "application/json", ...signHook("demo-hooks-secret-change-me", body) } })
        .catch((e) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/'messages' too small, expected at least: '4'.*'documents'/)
    })

    it("enqueuing the same business event twice makes one job, and a payload that breaks the contract is refused", async () => {
      const jobs = getContainer().resolve<JobQueueService>(JOB_QUEUE_MODULE)
      const payload = { declarationId: "decl_idem", orderId: "order_idempotency_check", order: { orderNo: "AEM-0" }, documents: { invoiceNo: "CI-AEM-0" } }
      // Paused so the worker process does not take the job while we count (it then fails: no such declaration).
      await queue.pause()
      try {
        const first = await jobs.enqueue(prepareDeclarationJob, payload)
        const second = await jobs.enqueue(prepareDeclarationJob, { ...payload })
        expect(second.jobId).toBe(first.jobId)
        const all = await queue.getJobs(["waiting", "paused", "active", "completed", "delayed", "failed"])
        expect(all.filter((j) => j.data.orderId === payload.orderId)).toHaveLength(1)
      } finally {
        await queue.resume()
      }
      await expect(jobs.enqueue(prepareDeclarationJob, { ...payload, orderId: "", documents: {} } as never)).rejects.toThrow(
        /orderId: orderId is required.*documents/
      )
    })
  },
})
