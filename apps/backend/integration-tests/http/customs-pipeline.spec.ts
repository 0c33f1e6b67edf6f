import { HOOK_HEADERS, jobIdFor, prepareDeclarationJob, signHook } from "@aem/job-contracts"
// The customs simulator: a dev and test tool of the workers (customs itself cannot be reached).
import { answerOutbox } from "@aem/workers"
import { customsRateMonth, validateManyAgainstSchema } from "@aem/trade-kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Job, Queue } from "bullmq"
import fs from "fs"
import IORedis from "ioredis"
import os from "os"
import path from "path"
import { JOB_QUEUE_MODULE } from "../../src/modules/job-queue"
import type JobQueueService from "../../src/modules/job-queue/service"
import { CUSTOMS_MODULE } from "../../src/modules/customs"
import type CustomsModuleService from "../../src/modules/customs/service"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { DECLARATION_ORDER_FIELDS } from "../../src/workflows/customs/export-order"
import { registerDeclarationWorkflow } from "../../src/workflows/customs/register-declaration"
import { lineNetAmount } from "../../src/workflows/order-group/plan-split"
import { checkout, KZ_ADDRESS, routeFiles, RU_ADDRESS, startWorkerProcess, storefrontContext, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"


jest.setTimeout(240_000)

// This suite's own BullMQ prefix, read by medusa-config (producer) and given to the worker process.
const prefix = `itest-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const healthPort = 19100 + (process.pid % 500)
const exchange = fs.mkdtempSync(path.join(os.tmpdir(), "aem-customs-exchange-"))

const PK_ADDRESS = {
  first_name: "Ayesha",
  last_name: "Khan",
  address_1: "Shahrah-e-Faisal 12",
  city: "Karachi",
  postal_code: "75350",
  country_code: "pk",
  phone: "+92 21 0000 0000",
}

const DECLARATION_FIELDS = [
  "id", "order_id", "status", "version", "mode", "order_no", "rejection_reason", "cancellation_reason", "problem", "status_changed_by", "warnings",
  "currency", "declared_currency", "exchange_rate", "exchange_rate_month",
  "messages.type", "messages.direction", "messages.version", "messages.guid", "messages.xml", "messages.status", "messages.return_status",
  "messages.return_info", "documents.kind", "documents.version", "documents.file_id", "documents.filename",
]

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let workers: Awaited<ReturnType<typeof startWorkerProcess>>
    let connection: IORedis
    let queue: Queue

    beforeAll(async () => {
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
    const customs = () => getContainer().resolve<CustomsModuleService>(CUSTOMS_MODULE)

    /** A buyer in Russia (or Kazakhstan, or Pakistan) orders two demo wheelchairs; returns the child order the split made. */
    async function orderWheelchair(countryCode: "ru" | "kz" | "pk" = "ru", customerToken?: string) {
      const { headers } = await storefrontContext(getContainer(), countryCode)
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order } = await checkout(api, getContainer(), {
        countryCode,
        address: { ru: RU_ADDRESS, kz: KZ_ADDRESS, pk: PK_ADDRESS }[countryCode],
        lines: [{ variant_id: list.products[0].variants[0].id, quantity: 2 }],
        customerToken,
      })
      return waitFor("the child order", async () => {
        const { data } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const id = data[0]?.child_orders?.[0]?.order_id
        return id ? { ...(await query().graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id } })).data[0], buyer_order_id: order.id } : undefined
      })
    }

    async function declarationIn(orderId: string, statuses: string[], version = 1) {
      return waitFor(`the declaration to be ${statuses.join(" or ")} (version ${version})`, async () => {
        const { data } = await query().graph({ entity: "declaration", fields: DECLARATION_FIELDS, filters: { order_id: orderId } })
        return data[0] && data[0].version === version && statuses.includes(data[0].status) ? data[0] : undefined
      })
    }

    const asMaker = async () => {
      const { data } = await api.post("/auth/manufacturer/emailpass", { email: "owner@kangyi.example.cn", password: "demo-maker-2026" })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }
    const asAdmin = async () => {
      const { data } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      return { headers: { authorization: `Bearer ${data.token}` } }
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
      expect(workers.output()).toContain(`declaration AEM-${child.display_id} (${declaration.id}) v1 generated and submitted`)
    })

    it("customs answers before the workers' 'submitted' is recorded: the receipts still move the declaration, and the late call changes nothing", async () => {
      const child = await orderWheelchair()
      const submitted = await declarationIn(child.id, ["submitted"])
      // As it was between the transport handing the messages over and the workers' call saying so.
      const sent = await customs().listCustomsMessages({ declaration_id: submitted.id, direction: "out" })
      await customs().updateDeclarations({ id: submitted.id, status: "generated" })
      await customs().updateCustomsMessages(sent.map((m) => ({ id: m.id, status: "generated" })))

      expect(await answerOutbox(exchange, () => ({ outcome: "accept" }))).toBe(4)
      const released = await declarationIn(child.id, ["released"])
      expect(released.status_changed_by).toBe("customs")

      const path = `/hooks/customs/declarations/${submitted.id}/submitted`
      const late = await api.post(path, "{}", { headers: { "content-type": "application/json", ...signHook("demo-hooks-secret-change-me", { path, body: "{}" }) } })
      expect(late.status).toBe(200)
      const after = await declarationIn(child.id, ["released"])
      expect(after.status_changed_by).toBe("customs")
      expect(after.messages!.find((m) => m!.type === "CEB603")).toMatchObject({ status: "released", return_status: "800" })
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
      // The documents are private files: read through the manufacturer's and the platform's routes only.
      const invoice = data.order.declaration.documents.find((d: { kind: string }) => d.kind === "invoice")
      const pdfStart = (res: { data: ArrayBuffer }) => Buffer.from(res.data).subarray(0, 5).toString()
      const bytes = { responseType: "arraybuffer" as const }
      expect(pdfStart(await api.get(`/vendor/orders/${child.id}/documents/${invoice.id}`, { headers: { authorization: `Bearer ${login.token}` }, ...bytes }))).toBe("%PDF-")
      expect(pdfStart(await api.get(`/admin/declarations/${declaration.id}/documents/${invoice.id}`, { ...asAdmin, ...bytes }))).toBe("%PDF-")
      expect((await api.get(`/admin/declarations/decl_other/documents/${invoice.id}`, asAdmin).catch((e) => e.response)).status).toBe(404)
    })

    it("customs rejects → the manufacturer sees why, corrects the product and resubmits → a new version is declared and released", async () => {
      const child = await orderWheelchair()
      const first = await declarationIn(child.id, ["submitted"])
      const reason = "申报毛重与实际不符: declared gross weight does not match the parcel"
      await answerOutbox(exchange, ({ type }) => (type === "CEB603" ? { outcome: "reject", reason } : { outcome: "accept" }))
      await declarationIn(child.id, ["rejected"])

      // The manufacturer sees why, on its order: the reason and customs' receipt for version 1.
      const maker = await asMaker()
      const { data: seen } = await api.get(`/vendor/orders/${child.id}`, maker)
      expect(seen.order.declaration).toMatchObject({ status: "rejected", version: 1, rejection_reason: reason })
      expect(seen.order.declaration.receipts).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: "CEB604", version: 1, return_status: "100", return_info: reason })])
      )

      // It corrects the cause through its product route: the wheelchair weighs 16.4 kg packed, not 15.8.
      const product = (await query().graph({ entity: "product", fields: ["id"], filters: { handle: DEMO_PRODUCTS[0].handle } })).data[0]
      await api.post(`/vendor/products/${product.id}`, { gross_weight_g: 16_400 }, maker)

      // A stale or made-up version is refused with a reason; the current one is resubmitted, once.
      const stale = await api.post(`/vendor/orders/${child.id}/declaration/resubmit`, { version: 3 }, maker).catch((e) => e.response)
      expect([stale.status, stale.data.message]).toEqual([400, expect.stringMatching(/version 3 is not the current one \(1\); reload the order/)])
      const resubmitted = await api.post(`/vendor/orders/${child.id}/declaration/resubmit`, { version: 1 }, maker)
      expect(resubmitted.status).toBe(202)
      expect(resubmitted.data).toMatchObject({ resubmitted: true, order: { declaration: { version: 2, rejection_reason: null } } })
      const again = await api.post(`/vendor/orders/${child.id}/declaration/resubmit`, { version: 1 }, maker)
      expect([again.status, again.data.resubmitted]).toEqual([200, false])

      // Version 2: built from the corrected product, new guids, schema-valid, submitted; version 1 and its receipts kept.
      const second = await declarationIn(child.id, ["submitted"], 2)
      const out = (v: number) => second.messages!.filter((m) => m!.direction === "out" && m!.version === v)
      expect(out(2).map((m) => m!.type).sort()).toEqual(["CEB303", "CEB403", "CEB505", "CEB603"])
      expect(out(1).map((m) => m!.guid).sort()).toEqual(first.messages!.filter((m) => m!.direction === "out").map((m) => m!.guid).sort())
      expect(out(2).some((m) => out(1).some((o) => o!.guid === m!.guid))).toBe(false)
      expect((await validateManyAgainstSchema(out(2).map((m) => m!.xml))).map((r) => r.errors)).toEqual([[], [], [], []])
      expect(out(2).find((m) => m!.type === "CEB603")!.xml).toMatch(/<ceb:grossWeight>32\.80*<\/ceb:grossWeight>/)
      expect(out(1).find((m) => m!.type === "CEB603")).toMatchObject({ status: "rejected", return_info: reason })
      expect(second.documents!.filter((d) => d!.version === 2).map((d) => d!.kind).sort()).toEqual(["invoice", "origin_application", "packing_list"])
      expect(second.documents!.filter((d) => d!.version === 1)).toHaveLength(3)
      const v2Job = (await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id, version: 2 } as never)))!
      expect(await v2Job.getState()).toBe("completed")
      expect((await queue.getJobs(["completed", "failed", "waiting", "active", "delayed"])).filter((j) => j.data.orderId === child.id)).toHaveLength(2)

      await answerOutbox(exchange, () => ({ outcome: "accept" }))
      const released = await declarationIn(child.id, ["released"], 2)
      expect(released.messages!.filter((m) => m!.direction === "in" && m!.version === 1).map((m) => `${m!.type} ${m!.return_status}`).sort()).toEqual(
        ["CEB304 120", "CEB404 120", "CEB506 120", "CEB604 100"]
      )
      const { data: after } = await api.get(`/vendor/orders/${child.id}`, maker)
      expect(after.order.declaration).toMatchObject({ status: "released", version: 2 })
      expect(after.order.declaration.documents.map((d: { version: number }) => d.version)).toEqual([2, 2, 2])
    })

    it("platform staff cancel a rejected declaration with a reason; a submitted one cannot be cancelled, a cancelled one not resubmitted", async () => {
      const child = await orderWheelchair()
      const declaration = await declarationIn(child.id, ["submitted"])
      const admin = await asAdmin()
      const cancel = (body: object) => api.post(`/admin/declarations/${declaration.id}/cancel`, body, admin).catch((e) => e.response)

      // Medusa words a missing field itself; a reason too short to say anything gets ours.
      expect((await cancel({})).data.message).toMatch(/Field 'reason' is required/)
      expect((await cancel({ reason: " x " })).data.message).toMatch(/reason is required: say why the declaration is cancelled/)
      const early = await cancel({ reason: "buyer withdrew the order" })
      expect([early.status, early.data.message]).toEqual([400, expect.stringMatching(/cannot become cancelled: a submitted declaration can only become accepted or rejected/)])
      expect((await api.post(`/admin/declarations/${declaration.id}/cancel`, { reason: "x y z" }).catch((e) => e.response)).status).toBe(401)
      expect((await api.post("/admin/declarations/decl_missing/cancel", { reason: "not ours" }, admin).catch((e) => e.response)).status).toBe(404)

      await answerOutbox(exchange, ({ type }) => (type === "CEB603" ? { outcome: "reject", reason: "商品编码不符" } : { outcome: "accept" }))
      await declarationIn(child.id, ["rejected"])
      const cancelled = await cancel({ reason: "The buyer withdrew the order after the rejection" })
      expect(cancelled.status).toBe(200)
      expect(cancelled.data.declaration).toMatchObject({ status: "cancelled", cancellation_reason: "The buyer withdrew the order after the rejection" })

      const maker = await asMaker()
      const { data } = await api.get(`/vendor/orders/${child.id}`, maker)
      expect(data.order.declaration).toMatchObject({ status: "cancelled", cancellation_reason: "The buyer withdrew the order after the rejection" })
      const late = await api.post(`/vendor/orders/${child.id}/declaration/resubmit`, { version: 1 }, maker).catch((e) => e.response)
      expect([late.status, late.data.message]).toEqual([400, expect.stringMatching(/a cancelled declaration is resubmitted only after customs rejects it/)])
    })

    const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`, "g"))].map((m) => m[1])

    it("an order in a currency without a confirmed customs code (rupees: 127 is from memory) is declared in CNY at the month's customs rate", async () => {
      const child = await orderWheelchair("pk")
      const declaration = await declarationIn(child.id, ["submitted"])
      const [seeded] = await customs().listCustomsExchangeRates({ currency: "PKR", month: customsRateMonth(new Date()) })
      expect(seeded.source).toMatch(/^DEMO FIGURE/)
      expect(declaration).toMatchObject({ problem: null, currency: "PKR", declared_currency: "CNY", exchange_rate: seeded.rate })
      const ceb303 = declaration.messages!.find((m) => m!.type === "CEB303")!.xml
      expect(new Set(tag(ceb303, "currency"))).toEqual(new Set(["142"]))
    })

    it("an order in tenge waits for customs' rate with a problem staff can act on; once staff add it, it is declared in CNY (142)", async () => {
      // The demo seed's tenge rate for this month is taken away, as if customs had not published it yet.
      const month = customsRateMonth(new Date())
      const [seeded] = await customs().listCustomsExchangeRates({ currency: "KZT", month })
      await customs().deleteCustomsExchangeRates(seeded.id)

      const child = await orderWheelchair("kz")
      const waiting = await waitFor("the declaration's problem", async () => {
        const { data } = await query().graph({ entity: "declaration", fields: DECLARATION_FIELDS, filters: { order_id: child.id } })
        return data[0]?.problem ? data[0] : undefined
      })
      expect(waiting).toMatchObject({ status: "draft", version: 1, currency: "KZT", declared_currency: "CNY", exchange_rate: null, exchange_rate_month: month })
      expect(waiting.problem).toBe(
        `No customs exchange rate for KZT in ${month}: platform staff add it at /admin/customs/exchange-rates (portal: Customs exchange rates), and the declaration is prepared again in CNY.`
      )
      // Nothing was given to the workers: there is nothing they could build yet.
      expect(await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id } as never))).toBeUndefined()

      const maker = await asMaker()
      const { data } = await api.get(`/vendor/orders/${child.id}`, maker)
      expect(data.order.declaration).toMatchObject({ status: "draft", problem: waiting.problem, currency: "KZT", declared_currency: "CNY", exchange_rate: null })
      const admin = await asAdmin()
      const { data: problems } = await api.get("/admin/declarations?has_problem=true", admin)
      expect(problems.declarations.map((d: { id: string }) => d.id)).toEqual([waiting.id])

      // Staff enter customs' rate: refused with a reason when malformed or a duplicate, then taken.
      const post = (body: object) => api.post("/admin/customs/exchange-rates", body, admin).catch((e) => e.response)
      const bad = await post({ currency: "kzt", month, rate: "0,0139", source: "海关总署 月度汇率" })
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/rate is CNY for one unit of the currency.*no commas/)])
      expect((await post({ currency: "KZT", month: "2026-13", rate: "0.0139", source: "海关总署" })).data.message).toMatch(/month is YYYY-MM/)
      const rate = "0.013874"
      const created = await post({ currency: "kzt", month, rate, source: "海关总署 月度汇率 (test)" })
      expect([created.status, created.data.exchange_rate]).toEqual([201, expect.objectContaining({ currency: "KZT", month, rate })])
      const twice = await post({ currency: "KZT", month, rate, source: "again" })
      expect([twice.status, twice.data.message]).toEqual([422, expect.stringMatching(/already exists .*change that one instead/)])
      const { data: listed } = await api.get(`/admin/customs/exchange-rates?currency=KZT&month=${month}`, admin)
      expect(listed.exchange_rates).toEqual([expect.objectContaining({ id: created.data.exchange_rate.id, rate })])

      // The waiting draft is prepared again (its next version, a new job id) and declared in CNY.
      const declared = await declarationIn(child.id, ["submitted"], 2)
      expect(declared).toMatchObject({ problem: null, currency: "KZT", declared_currency: "CNY", exchange_rate: rate, exchange_rate_month: month })
      const v2Job = (await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id, version: 2 } as never)))!
      expect(await v2Job.getState()).toBe("completed")
      const sent = declared.messages!.filter((m) => m!.direction === "out")
      expect((await validateManyAgainstSchema(sent.map((m) => m!.xml))).map((r) => r.errors)).toEqual([[], [], [], []])
      const xml = (type: string) => sent.find((m) => m!.type === type)!.xml
      for (const type of ["CEB303", "CEB403", "CEB505"]) expect([type, new Set(tag(xml(type), "currency"))]).toEqual([type, new Set(["142"])])
      expect([tag(xml("CEB603"), "currency"), tag(xml("CEB603"), "fCurrency"), tag(xml("CEB603"), "iCurrency")]).toEqual([["142"], ["142"], ["142"]])

      // Every amount is the tenge amount at customs' rate: the unit price to 5 places, totals and freight to the fen.
      const { data: orders } = await query().graph({ entity: "order", fields: DECLARATION_ORDER_FIELDS, filters: { id: child.id } })
      const [item] = orders[0].items as never as Parameters<typeof lineNetAmount>[0][]
      const unitKzt = lineNetAmount(item) / Number(item.quantity)
      const unitCny = Number((unitKzt * Number(rate)).toFixed(5))
      expect(Number(tag(xml("CEB303"), "price")[0])).toBeCloseTo(unitCny, 5)
      expect(Number(tag(xml("CEB303"), "goodsValue")[0])).toBeCloseTo(unitCny * 2, 2)
      const freightKzt = (orders[0].shipping_methods ?? []).reduce((s, m) => s + Number(m?.amount ?? 0), 0)
      expect(Number(tag(xml("CEB303"), "freight")[0])).toBeCloseTo(freightKzt * Number(rate), 2)
      expect(Number(tag(xml("CEB403"), "charge")[0])).toBeCloseTo(unitCny * 2 + Number(tag(xml("CEB303"), "freight")[0]), 2)

      // The manufacturer sees what it was declared in and at which rate.
      const { data: after } = await api.get(`/vendor/orders/${child.id}`, maker)
      expect(after.order.declaration).toMatchObject({ status: "submitted", version: 2, currency: "KZT", declared_currency: "CNY", exchange_rate: rate, exchange_rate_month: month })

      // A corrected figure: declarations already built keep the rate they used.
      const fixed = await api.post(`/admin/customs/exchange-rates/${created.data.exchange_rate.id}`, { rate: "0.013875" }, admin)
      expect(fixed.data.exchange_rate).toMatchObject({ rate: "0.013875", source: "海关总署 月度汇率 (test)" })
      expect((await api.post(`/admin/customs/exchange-rates/${created.data.exchange_rate.id}`, {}, admin).catch((e) => e.response)).data.message).toMatch(/give the new rate, the new source, or both/)
      expect((await api.post("/admin/customs/exchange-rates/cxr_missing", { rate: "1" }, admin).catch((e) => e.response)).status).toBe(404)
      await waitFor("the declaration to keep its rate after the correction is handled", async () => {
        const { data } = await query().graph({ entity: "declaration", fields: ["exchange_rate", "version"], filters: { order_id: child.id } })
        return data[0].exchange_rate === rate && data[0].version === 2 ? true : undefined
      })
    })

    it("customs holds a declaration for manual review (300): the manufacturer is told and the buyer's timeline shows it", async () => {
      const { data: login } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
      const child = await orderWheelchair("ru", login.token)
      const declaration = await declarationIn(child.id, ["submitted"])
      await answerOutbox(exchange, () => ({ outcome: "hold" }))

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const notices = await waitFor("the manufacturer's hold notice", async () => {
        const list = await notifications.listNotifications({ template: "declaration-held" })
        const mine = list.filter((n) => (n.data as { id?: string }).id === declaration.id)
        return mine.length ? mine : undefined
      })
      expect(notices.map((n) => n.to)).toEqual(["export@kangyi.example.cn"])
      expect(notices[0].data).toMatchObject({ order_no: declaration.order_no, version: 1, note: expect.stringMatching(/人工审核/) })

      // Still submitted: a hold moves nothing; the receipt is kept on the declaration.
      const held = await declarationIn(child.id, ["submitted"])
      // The simulator holds the inventory list (CEB603) and accepts the rest.
      expect(held.messages!.filter((m) => m!.direction === "in").map((m) => `${m!.type} ${m!.return_status}`).sort()).toEqual(
        ["CEB304 120", "CEB404 120", "CEB506 120", "CEB604 300"]
      )
      const { headers: keyHeaders } = await storefrontContext(getContainer(), "ru")
      const { data } = await api.get(`/store/orders/${child.buyer_order_id}/shipments`, { headers: { ...keyHeaders, authorization: `Bearer ${login.token}` } })
      expect(data.shipments[0].timeline.map((e: { code: string }) => e.code)).toEqual(["customs_submitted", "customs_hold"])
      // Every storefront language names it.
      for (const lang of ["en", "ru", "ar", "id", "tr"]) {
        const messages = JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../../storefront/messages/${lang}.json`), "utf8"))
        expect([lang, typeof messages.order?.tracking?.customs_hold]).toEqual([lang, "string"])
      }
    })

    it("customs exchange rates are for platform staff only: 401 for no login, a buyer, a manufacturer and an operator", async () => {
      const login = async (actor: string, credentials: { email: string; password: string }) => {
        const { data } = await api.post(`/auth/${actor}/emailpass`, credentials)
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const others = {
        none: {},
        buyer: await login("customer", DEMO_LOGINS.buyer),
        manufacturer: await asMaker(),
        operator: await login("operator", DEMO_LOGINS.operator),
      }
      const routes = routeFiles("admin").filter((r) => r.includes("/admin/customs/"))
      expect(routes).toEqual(["GET /admin/customs/exchange-rates", "POST /admin/customs/exchange-rates", "POST /admin/customs/exchange-rates/:id"])
      const admin = await asAdmin()
      const { data } = await api.get("/admin/customs/exchange-rates?currency=RUB", admin)
      const body = { currency: "RSD", month: "2020-01", rate: "0.07", source: "matrix check" }
      for (const key of routes) {
        const [method, url] = key.split(" ")
        const target = url.replace(":id", data.exchange_rates[0].id)
        for (const [who, config] of Object.entries(others)) {
          const res = await (method === "GET" ? api.get(target, config) : api.post(target, body, config)).catch((e) => e.response)
          expect([key, who, res.status]).toEqual([key, who, 401])
        }
      }
      expect((await customs().listCustomsExchangeRates({ currency: "RSD", month: "2020-01" }))).toEqual([])
    })

    it("running the job and the registration twice makes one declaration, one set of messages, one submission", async () => {
      const child = await orderWheelchair()
      const first = await declarationIn(child.id, ["submitted"])
      const job = (await Job.fromId(queue, jobIdFor(prepareDeclarationJob, { orderId: child.id } as never)))!
      expect(await job.getState()).toBe("completed")

      // The registration again (a redelivered order.placed) and the very same job again under another id.
      const again = await registerDeclarationWorkflow(getContainer()).run({ input: { orderId: child.id } })
      expect(again.result.declaration.id).toBe(first.id)
      expect(again.result.job!.jobId).toBe(job.id)
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
      expect(workers.output()).toContain(`declaration AEM-${child.display_id} (${first.id}) v1 already submitted`)
    })

    it("refuses unsigned, wrongly signed and replayed hook calls", async () => {
      const body = JSON.stringify({ receipts: [{ type: "CEB604", guid: "x", xml: "<x/>", statuses: [{ guid: "y", status: "120", note: "" }] }] })
      const request = { path: "/hooks/customs/receipts", body }
      const post = (headers: Record<string, string>, path = request.path) =>
        api.post(path, body, { headers: { "content-type": "application/json", ...headers } }).catch((e) => e.response)

      const unsigned = await post({})
      expect(unsigned.status).toBe(401)
      expect(unsigned.data.message).toMatch(/x-aem-timestamp and x-aem-signature headers are required/)
      expect((await post(signHook("not-the-secret-at-all", request))).data.message).toMatch(/signature does not match/)
      const stale = signHook("demo-hooks-secret-change-me", request, Date.now() - 10 * 60_000)
      expect((await post(stale)).data.message).toMatch(/minutes from the server's clock/)

      const signed = signHook("demo-hooks-secret-change-me", request)
      // A genuine signature sent to another route is refused: the path is signed too.
      const elsewhere = await post(signed, "/hooks/customs/declarations")
      expect([elsewhere.status, elsewhere.data.message]).toEqual([401, expect.stringMatching(/does not match the path and body/)])
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
        .post("/hooks/customs/declarations", body, { headers: { "content-type": "application/json", ...signHook("demo-hooks-secret-change-me", { path: "/hooks/customs/declarations", body }) } })
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
