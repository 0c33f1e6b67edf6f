import { DEMO_PARK_HOOKS_SECRET, handOffConsignmentJob, hookSignatureProblem, HOOK_HEADERS, jobIdFor, PARK_HEADER, signHook } from "@aem/job-contracts"
// The customs simulator: a dev and test tool of the workers (customs itself cannot be reached).
import { answerOutbox, releaseDeclared } from "@aem/workers"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Job, Queue } from "bullmq"
import fs from "fs"
import http from "http"
import IORedis from "ioredis"
import type { AddressInfo } from "net"
import os from "os"
import path from "path"
import { LOGISTICS_MODULE } from "../../src/modules/logistics"
import type LogisticsModuleService from "../../src/modules/logistics/service"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS, DEMO_PARK } from "../../src/scripts/demo-data/seed-demo-data"
import { allocateConsignmentWorkflow } from "../../src/workflows/logistics/allocate-consignment"
import { checkout, routeFiles, RU_ADDRESS, startWorkerProcess, storefrontContext, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

// This suite's own BullMQ prefix, read by medusa-config (producer) and given to the worker process.
const prefix = `itest-logistics-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const healthPort = 19600 + (process.pid % 300)
const exchange = fs.mkdtempSync(path.join(os.tmpdir(), "aem-logistics-exchange-"))
// Where the folder notification provider writes the messages (read by medusa-config).
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "aem-logistics-notifications-"))
process.env.NOTIFICATIONS_DIR = outbox

type Received = { path: string; headers: http.IncomingHttpHeaders; body: string }

/**
 * STAND-IN FOR THE PARK'S SYSTEM (the Jiaxing park's warehouse system cannot be reached from here):
 * a real local HTTP server that takes manifests, as the park's endpoint would, and keeps what it got.
 */
function startParkStandIn() {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body })
      res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ accepted: true }))
    })
  })
  return new Promise<{ url: string; received: Received[]; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/manifests`, received, close: () => server.close() }))
  )
}

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let workers: Awaited<ReturnType<typeof startWorkerProcess>>
    let connection: IORedis
    let queue: Queue
    let park: Awaited<ReturnType<typeof startParkStandIn>>

    beforeAll(async () => {
      park = await startParkStandIn()
      workers = await startWorkerProcess({ backendUrl: api.defaults.baseURL!, redisUrl, prefix, exchange, healthPort })
      connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
      queue = new Queue(handOffConsignmentJob.queue, { connection, prefix })
    })

    afterAll(async () => {
      workers?.stop()
      park?.close()
      await queue?.obliterate({ force: true }).catch(() => undefined)
      await queue?.close()
      await connection?.quit()
      fs.rmSync(exchange, { recursive: true, force: true })
      fs.rmSync(outbox, { recursive: true, force: true })
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const login = async (actor: string, credentials: { email: string; password: string }) =>
      bearer((await api.post(`/auth/${actor}/emailpass`, credentials)).data.token)
    const jxp = async () => (await getContainer().resolve<LogisticsModuleService>(LOGISTICS_MODULE).listParks({ code: DEMO_PARK.code }))[0]

    /** The demo buyer (logged in) orders two demo wheelchairs to Moscow; returns the buyer's order and its child order. */
    async function orderAsBuyer() {
      const buyer = await login("customer", DEMO_LOGINS.buyer)
      const { headers } = await storefrontContext(getContainer(), "ru")
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order, headers: storeHeaders } = await checkout(api, getContainer(), {
        countryCode: "ru",
        address: RU_ADDRESS,
        customerToken: buyer.headers.authorization.slice("Bearer ".length),
        lines: [{ variant_id: list.products[0].variants[0].id, quantity: 2 }],
      })
      const child = await waitFor("the child order", async () => {
        const { data } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const id = data[0]?.child_orders?.[0]?.order_id
        return id ? (await query().graph({ entity: "order", fields: ["id", "display_id"], filters: { id } })).data[0] : undefined
      })
      return { order, child, storeHeaders }
    }

    async function declarationOf(orderId: string, status: string) {
      return waitFor(`the declaration to be ${status}`, async () => {
        const { data } = await query().graph({ entity: "declaration", fields: ["id", "status", "order_no"], filters: { order_id: orderId } })
        return data[0]?.status === status ? data[0] : undefined
      })
    }

    async function consignmentOf(orderId: string, ready: (c: Record<string, any>) => boolean = () => true) {
      return waitFor("the consignment", async () => {
        const { data } = await query().graph({
          entity: "consignment",
          fields: ["id", "barcode", "status", "manifest_sent_at", "order_id", "park.code", "tracking_events.code", "order.id"],
          filters: { order_id: orderId },
        })
        return data[0] && ready(data[0]) ? data[0] : undefined
      })
    }

    /** A child order whose declaration customs accepted but has not released yet, with its consignment at the park. */
    async function acceptedAtPark() {
      const placed = await orderAsBuyer()
      const declaration = await declarationOf(placed.child.id, "submitted")
      await answerOutbox(exchange, () => ({ outcome: "accept", release: false }))
      await declarationOf(placed.child.id, "accepted")
      const consignment = await consignmentOf(placed.child.id)
      return { ...placed, declaration, consignment }
    }

    async function fulfillmentsOf(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["id", "fulfillments.id", "fulfillments.packed_at", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.location_id", "fulfillments.labels.tracking_number", "fulfillments.items.line_item_id", "fulfillments.items.quantity"],
        filters: { id: orderId },
      })
      return (data[0]?.fulfillments ?? []).filter((f) => !!f)
    }

    const parkEvent = (body: object, secret = DEMO_PARK_HOOKS_SECRET, at?: number, park: string | null = "JXP") => {
      const raw = JSON.stringify(body)
      const headers = { "content-type": "application/json", ...(park ? { [PARK_HEADER]: park } : {}), ...signHook(secret, { path: "/hooks/park/events", body: raw }, at) }
      return { send: () => api.post("/hooks/park/events", raw, { headers }).catch((e) => e.response) }
    }

    it("customs acceptance → one consignment at the park with a signed manifest; receive, pack, hand-over only after release, carrier events to delivery", async () => {
      const admin = await login("user", DEMO_LOGINS.admin)
      const jiaxing = await jxp()
      const { data: updated } = await api.post(`/admin/parks/${jiaxing.id}`, { manifest_endpoint: park.url }, admin)
      expect(updated.park.manifest_endpoint).toBe(park.url)

      const { order, child, storeHeaders, declaration, consignment } = await acceptedAtPark()
      expect(consignment).toMatchObject({ status: "allocated", park: { code: "JXP" }, order: { id: child.id } })
      expect(consignment.barcode).toMatch(/^JXP-[0-9A-F]{8}$/)

      // The stand-in for the park's system got the manifest once, signed with the park secret.
      const sent = await consignmentOf(child.id, (c) => !!c.manifest_sent_at)
      const manifests = park.received.filter((r) => r.headers["x-aem-manifest-id"] === consignment.id)
      expect(manifests).toHaveLength(1)
      const [manifest] = manifests
      const signature = { timestamp: manifest.headers[HOOK_HEADERS.timestamp] as string, signature: manifest.headers[HOOK_HEADERS.signature] as string }
      expect([manifest.path, manifest.headers[PARK_HEADER]]).toEqual(["/manifests", "JXP"])
      expect(hookSignatureProblem(DEMO_PARK_HOOKS_SECRET, manifest, signature)).toBeNull()
      expect(hookSignatureProblem("some-other-secret-entirely", manifest, signature)).toMatch(/does not match/)
      expect(JSON.parse(manifest.body)).toMatchObject({
        manifest_id: consignment.id,
        park: "JXP",
        barcode: consignment.barcode,
        order_no: declaration.order_no,
        destination_country: "RU",
        customs_status: "accepted",
        consignee: { name: "Olga Ivanova", city: "Moscow", country_code: "ru" },
        items: [expect.objectContaining({ quantity: 2, hs_code: expect.stringMatching(/^\d{10}$/) })],
      })

      // Idempotent: the hand-off job again under another id, and the allocation again, change nothing.
      const job = (await Job.fromId(queue, jobIdFor(handOffConsignmentJob, { orderId: child.id, declarationId: declaration.id })))!
      expect(await job.getState()).toBe("completed")
      await queue.add(handOffConsignmentJob.name, job.data, { jobId: `${job.id}-again` })
      const rerun = await waitFor("the repeated hand-off", async () => {
        const j = await Job.fromId(queue, `${job.id}-again`)
        if (j?.failedReason) throw new Error(`the repeated job failed: ${j.failedReason}`)
        return j?.returnvalue ?? undefined
      })
      expect(rerun).toEqual({ consignmentId: consignment.id, barcode: consignment.barcode, park: "JXP", manifestSent: true })
      const again = await allocateConsignmentWorkflow(getContainer()).run({ input: { order_id: child.id, declaration_id: declaration.id } })
      expect(again.result.id).toBe(consignment.id)
      const { data: all } = await query().graph({ entity: "consignment", fields: ["id", "tracking_events.code"], filters: { order_id: child.id } })
      expect(all).toHaveLength(1)
      expect(all[0].tracking_events!.map((e) => e!.code).sort()).toEqual(["allocated", "customs_accepted"])
      expect(park.received.filter((r) => r.headers["x-aem-manifest-id"] === consignment.id)).toHaveLength(1)
      expect(sent.manifest_sent_at).toBeTruthy()

      // The park's operators were told what is coming.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await waitFor("the operators' notice", async () => {
        const list = await notifications.listNotifications({ template: "consignment-allocated", to: DEMO_LOGINS.operator.email })
        return list.some((n) => (n.data as { consignment_id?: string }).consignment_id === consignment.id) ? true : undefined
      })

      const operator = await login("operator", DEMO_LOGINS.operator)
      const { data: me } = await api.get("/operator/me", operator)
      expect(me).toMatchObject({ operator: { email: DEMO_LOGINS.operator.email, role: "supervisor" }, park: { code: "JXP", name_en: "Jiaxing logistics park" } })
      const { data: coming } = await api.get("/operator/consignments?status=allocated", operator)
      expect(coming.consignments).toEqual([expect.objectContaining({ id: consignment.id, customs_status: "accepted", destination_country: "RU", expected_packages: 2, manufacturer: expect.objectContaining({ name: expect.any(String) }) })])
      expect((await api.get(`/operator/consignments?q=${consignment.barcode.slice(4)}`, operator)).data.count).toBe(1)
      expect((await api.get("/operator/consignments?status=lost", operator).catch((e) => e.response)).status).toBe(400)

      // Receive by scanning the label (typed in lower case); an unknown label is a 404.
      expect((await api.post("/operator/consignments/receive", { barcode: "JXP-00000000" }, operator).catch((e) => e.response)).status).toBe(404)
      const { data: received } = await api.post("/operator/consignments/receive", { barcode: consignment.barcode.toLowerCase() }, operator)
      expect(received.consignment).toMatchObject({ id: consignment.id, status: "received", customs: { status: "accepted" } })
      expect(received.consignment.items).toEqual([expect.objectContaining({ quantity: 2, hs_code: expect.any(String), sku: expect.any(String) })])
      // The manufacturer never marked the order ready: the park's receipt is its hand-off, recorded as the park's.
      const { data: childOrders } = await query().graph({ entity: "child_order", fields: ["status", "confirmed_by", "ready_for_handoff_by", "ready_for_handoff_at"], filters: { order_id: child.id } })
      expect(childOrders[0]).toMatchObject({ status: "ready_for_handoff", confirmed_by: me.operator.id, ready_for_handoff_by: me.operator.id })
      const maker = await login("manufacturer", DEMO_LOGINS.manufacturer)
      expect((await api.get(`/vendor/orders/${child.id}`, maker)).data.order.fulfilment_status).toBe("ready_for_handoff")

      // Weighed and packed: the buyer's order gets its Medusa fulfillment from the park's stock location.
      const bad = await api.post(`/operator/consignments/${consignment.id}/packages`, { packages: [{ weight_g: 0, length_mm: 800, width_mm: 340, height_mm: 770 }] }, operator).catch((e) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/packages, 0, weight_g' too small, expected at least: '1'/)
      const packages = [
        { weight_g: 19_200, length_mm: 830, width_mm: 340, height_mm: 770 },
        { weight_g: 19_050, length_mm: 830, width_mm: 340, height_mm: 770 },
      ]
      const { data: packed } = await api.post(`/operator/consignments/${consignment.id}/packages`, { packages }, operator)
      expect(packed.consignment.status).toBe("packed")
      expect(packed.consignment.packages.map((p: { barcode: string; weight_g: number }) => [p.barcode, p.weight_g])).toEqual([
        [`${consignment.barcode}-01`, 19_200],
        [`${consignment.barcode}-02`, 19_050],
      ])
      const [fulfillment] = await fulfillmentsOf(order.id)
      expect(fulfillment).toMatchObject({ location_id: jiaxing.stock_location_id, shipped_at: null, delivered_at: null })
      expect(fulfillment.packed_at).toBeTruthy()
      expect(fulfillment.items!.reduce((n, i) => n + Number(i!.quantity), 0)).toBe(2)

      for (const doc of ["label", "packing-list"]) {
        const res = await api.get(`/operator/consignments/${consignment.id}/${doc}`, { ...operator, responseType: "arraybuffer" })
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        expect(Buffer.from(res.data).subarray(0, 5).toString()).toBe("%PDF-")
      }

      // A damaged carton: flagged, on the timeline, and the buyer and the manufacturer are told.
      const { data: damaged } = await api.post(`/operator/consignments/${consignment.id}/exceptions`, { kind: "damaged", note: "Carton 2 crushed at one corner; frame checked, unharmed" }, operator)
      expect(damaged.consignment.exception).toBe("damaged")
      // The operator clears it once dealt with, saying how: the timeline records it, once.
      const damage = damaged.consignment.timeline.find((e: { code: string }) => e.code === "exception_damaged")
      const resolve = (exceptionId: string, body: object) =>
        api.post(`/operator/consignments/${consignment.id}/exceptions/${exceptionId}/resolve`, body, operator).catch((e) => e.response)
      expect((await resolve(damage.id, { note: "  " })).data.message).toMatch(/note is required: say how the exception was resolved/)
      const madeUp = await resolve("trev_made_up", { note: "nothing to resolve" })
      expect([madeUp.status, madeUp.data.message]).toEqual([404, "Exception trev_made_up was not found on this consignment"])
      const { data: cleared } = await resolve(damage.id, { note: "Carton 2 re-packed in a new box" })
      expect(cleared.consignment.exception).toBeNull()
      await resolve(damage.id, { note: "Carton 2 re-packed in a new box" })
      const { data: after } = await api.get(`/operator/consignments/${consignment.id}`, operator)
      expect(after.consignment.timeline.filter((e: { code: string }) => e.code === "exception_resolved")).toEqual([
        expect.objectContaining({ source: "operator", note: "Carton 2 re-packed in a new box" }),
      ])

      // Customs has not released it: it cannot leave.
      const handOver = { carrier: "China Post EMS", waybill_number: `EA${child.display_id}CN`.padEnd(13, "0") }
      const refused = await api.post(`/operator/consignments/${consignment.id}/hand-over`, handOver, operator).catch((e) => e.response)
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/customs has not released this consignment yet \(its declaration is accepted\)/)

      expect(await releaseDeclared(exchange, [declaration.order_no])).toBe(1)
      await declarationOf(child.id, "released")
      await consignmentOf(child.id, (c) => c.tracking_events.some((e: { code: string }) => e.code === "customs_released"))
      const { data: handed } = await api.post(`/operator/consignments/${consignment.id}/hand-over`, handOver, operator)
      expect(handed.consignment).toMatchObject({ status: "handed_over", carrier: "China Post EMS", waybill_number: handOver.waybill_number, customs: { status: "released" } })
      const [shipped] = await fulfillmentsOf(order.id)
      expect(shipped.shipped_at).toBeTruthy()
      expect(shipped.labels!.map((l) => l!.tracking_number)).toEqual([handOver.waybill_number])

      // The carrier's events: signed with the park secret, once each by event id; a replay or a bad signature is refused.
      const inTransit = parkEvent({ event_id: "ems-1", waybill_number: handOver.waybill_number, code: "in_transit", occurred_at: new Date().toISOString(), location: "Khorgos" })
      const first = await inTransit.send()
      expect(first.status).toBe(200)
      expect(first.data).toMatchObject({ consignment: { status: "in_transit" }, recorded: true })
      const replay = await inTransit.send()
      expect(replay.status).toBe(401)
      expect(replay.data.message).toMatch(/replay/)
      const resent = await parkEvent({ event_id: "ems-1", waybill_number: handOver.waybill_number, code: "in_transit", occurred_at: new Date().toISOString(), location: "Khorgos" }).send()
      expect(resent.data).toMatchObject({ recorded: false })
      expect((await parkEvent({ event_id: "ems-x", waybill_number: handOver.waybill_number, code: "delivered", occurred_at: new Date().toISOString() }, "demo-hooks-secret-change-me").send()).status).toBe(401)
      expect((await parkEvent({ event_id: "ems-y", waybill_number: handOver.waybill_number, code: "delivered", occurred_at: new Date().toISOString() }, DEMO_PARK_HOOKS_SECRET, Date.now() - 10 * 60_000).send()).data.message).toMatch(/minutes from the server's clock/)
      const unknown = await parkEvent({ event_id: "ems-z", waybill_number: "NO-SUCH-WAYBILL", code: "delivered", occurred_at: new Date().toISOString() }).send()
      expect(unknown.status).toBe(404)
      const invalid = await parkEvent({ event_id: "ems-w", code: "teleported", occurred_at: "yesterday" }).send()
      expect(invalid.status).toBe(400)
      const delivered = await parkEvent({ event_id: "ems-2", waybill_number: handOver.waybill_number, code: "delivered", occurred_at: new Date(Date.now() + 1000).toISOString(), location: "Moscow" }).send()
      expect(delivered.data).toMatchObject({ consignment: { status: "delivered" }, recorded: true })
      const [done] = await fulfillmentsOf(order.id)
      expect(done.delivered_at).toBeTruthy()

      // The buyer and the manufacturer heard of the damage, its resolution, the hand-over and the delivery.
      const told = await waitFor("the tracking notices", async () => {
        const list = await notifications.listNotifications({
          template: ["consignment-exception-damaged", "consignment-exception-resolved", "consignment-handed-over", "consignment-delivered"],
        })
        const mine = list.filter((n) => (n.data as { barcode?: string }).barcode === consignment.barcode)
        return mine.length === 8 ? mine : undefined
      })
      expect(told.map((n) => `${n.template} ${n.to}`).sort()).toEqual(
        ["consignment-delivered", "consignment-exception-damaged", "consignment-exception-resolved", "consignment-handed-over"].flatMap((t) => [`${t} ${order.email}`, `${t} export@kangyi.example.cn`]).sort()
      )

      // Each message is also a file in the notifications folder, as the demo's provider writes them.
      // The record is kept before the provider has renamed its file into place (it writes `.name.tmp` first).
      const delivery = await waitFor("both delivery notices' files", async () => {
        const files = fs.readdirSync(outbox).filter((f) => f.includes("_consignment-delivered_") && !f.startsWith("."))
        return files.length === 2 ? files : undefined
      }, 20_000)
      expect(JSON.parse(fs.readFileSync(path.join(outbox, delivery.find((f) => f.endsWith(`_${order.email}.json`))!), "utf8"))).toMatchObject({
        to: order.email,
        template: "consignment-delivered",
        data: { audience: "buyer", barcode: consignment.barcode, waybill_number: handOver.waybill_number },
      })

      // The buyer's order page: the shipment's timeline, customs to delivery, oldest first.
      const buyer = await login("customer", DEMO_LOGINS.buyer)
      const { data: shipments } = await api.get(`/store/orders/${order.id}/shipments`, { headers: { ...storeHeaders, ...buyer.headers } })
      expect(shipments.shipments[0].timeline.map((e: { code: string }) => e.code)).toEqual([
        "customs_accepted", "allocated", "received", "packed", "exception_damaged", "exception_resolved", "customs_released", "handed_over", "in_transit", "delivered",
      ])
      expect(shipments.shipments[0].timeline.find((e: { code: string }) => e.code === "handed_over").note).toBe(`China Post EMS ${handOver.waybill_number}`)
      // Its headline is the furthest step it has taken, not the manufacturer's part of it.
      expect(shipments.shipments[0].status).toBe("delivered")
      // Operators' notes stay with the park.
      expect(JSON.stringify(shipments)).not.toContain("crushed")

      // Another buyer cannot see it.
      const other = { email: "someone-else@example.kz", password: "another-buyer-2026" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", other)
      await api.post("/store/customers", { email: other.email, first_name: "Other", last_name: "Buyer" }, { headers: { ...storeHeaders, authorization: `Bearer ${reg.token}` } })
      const stranger = await login("customer", other)
      const hidden = await api.get(`/store/orders/${order.id}/shipments`, { headers: { ...storeHeaders, ...stranger.headers } }).catch((e) => e.response)
      expect(hidden.status).toBe(404)
      expect(workers.output()).toContain(`consignment ${consignment.barcode} (${consignment.id}) at park JXP, manifest sent`)
    })

    it("a consignment allocated after customs released it keeps customs' own times and order: accepted, released, then allocated", async () => {
      const { order, child, storeHeaders } = await orderAsBuyer()
      const declaration = await declarationOf(child.id, "submitted")
      // The hand-off waits (as it does when the workers are busy) until customs has released the goods too.
      await queue.pause()
      try {
        await answerOutbox(exchange, () => ({ outcome: "accept", release: false }))
        await declarationOf(child.id, "accepted")
        expect(await releaseDeclared(exchange, [declaration.order_no])).toBeGreaterThanOrEqual(1)
        await declarationOf(child.id, "released")
      } finally {
        await queue.resume()
      }
      await consignmentOf(child.id)
      const { data: receipts } = await query().graph({
        entity: "customs_message",
        fields: ["type", "return_status", "created_at"],
        filters: { declaration_id: declaration.id, direction: "in" },
      })
      const acceptance = receipts.find((m) => m.type === "CEB604" && m.return_status === "120")!
      const { data: released } = await query().graph({ entity: "declaration", fields: ["status_changed_at"], filters: { id: declaration.id } })

      const buyer = await login("customer", DEMO_LOGINS.buyer)
      const { data } = await api.get(`/store/orders/${order.id}/shipments`, { headers: { ...storeHeaders, ...buyer.headers } })
      const [shipment] = data.shipments
      expect(shipment.timeline.map((e: { code: string }) => e.code)).toEqual(["customs_accepted", "customs_released", "allocated"])
      expect(shipment.timeline.slice(0, 2).map((e: { occurred_at: string }) => e.occurred_at)).toEqual([
        new Date(acceptance.created_at).toISOString(),
        new Date(released[0].status_changed_at!).toISOString(),
      ])
      expect(shipment.status).toBe("customs_released")
    })

    it("hand-over again: the same waybill changes nothing, another is a 409; a correction changes the consignment, Medusa's label, the timeline and tells the buyer, recorded with who and why", async () => {
      const { order, child, storeHeaders } = await orderAsBuyer()
      const buyer = await login("customer", DEMO_LOGINS.buyer)
      const shipment = async () => (await api.get(`/store/orders/${order.id}/shipments`, { headers: { ...storeHeaders, ...buyer.headers } })).data.shipments[0]
      expect((await shipment()).status).toBe("placed")
      await declarationOf(child.id, "submitted")
      // Accepted and released in one batch of receipts: two steps of customs at (almost) the same instant.
      await answerOutbox(exchange, () => ({ outcome: "accept", release: true }))
      await declarationOf(child.id, "released")
      const consignment = await consignmentOf(child.id, (c) => c.tracking_events.some((e: { code: string }) => e.code === "customs_released"))
      expect((await shipment()).status).toBe("customs_released")

      const operator = await login("operator", DEMO_LOGINS.operator)
      const { data: me } = await api.get("/operator/me", operator)
      await api.post("/operator/consignments/receive", { barcode: consignment.barcode }, operator)
      expect((await shipment()).status).toBe("received")
      await api.post(`/operator/consignments/${consignment.id}/packages`, { packages: [{ weight_g: 19_000, length_mm: 830, width_mm: 340, height_mm: 770 }] }, operator)
      const handOver = { carrier: "SF Express", waybill_number: `SF${child.display_id}`.padEnd(14, "1") }
      await api.post(`/operator/consignments/${consignment.id}/hand-over`, handOver, operator)
      expect((await shipment()).status).toBe("handed_over")

      // The same hand-over again (a double click) changes nothing; another waybill is refused and says how to correct it.
      const { data: repeated } = await api.post(`/operator/consignments/${consignment.id}/hand-over`, handOver, operator)
      expect(repeated.consignment).toMatchObject({ status: "handed_over", waybill_number: handOver.waybill_number })
      expect(repeated.consignment.timeline.filter((e: { code: string }) => e.code === "handed_over")).toHaveLength(1)
      const corrected = { carrier: "SF Express", waybill_number: `SF${child.display_id}`.padEnd(14, "2") }
      const other = await api.post(`/operator/consignments/${consignment.id}/hand-over`, corrected, operator).catch((e) => e.response)
      expect([other.status, other.data.message]).toEqual([409, expect.stringMatching(new RegExp(`already handed over to SF Express with waybill ${handOver.waybill_number}.*waybill correction`))])

      // A correction needs the new waybill and a reason; it must change something.
      const correct = (body: object) => api.post(`/operator/consignments/${consignment.id}/waybill-correction`, body, operator).catch((e) => e.response)
      expect((await correct({ waybill_number: corrected.waybill_number })).data.message).toMatch(/Field 'reason' is required/)
      const unexplained = await correct({ waybill_number: corrected.waybill_number, reason: "  " })
      expect([unexplained.status, unexplained.data.message]).toEqual([400, expect.stringMatching(/reason is required: say what was wrong/)])
      const same = await correct({ waybill_number: handOver.waybill_number, reason: "typo" })
      expect([same.status, same.data.message]).toEqual([409, expect.stringMatching(/already has carrier SF Express and waybill/)])
      const reason = "Digits mistyped at hand-over; checked against the carrier's receipt"
      const { data: fixed } = await correct({ waybill_number: corrected.waybill_number, reason })
      expect(fixed.consignment).toMatchObject({ status: "handed_over", carrier: "SF Express", waybill_number: corrected.waybill_number })
      expect(fixed.consignment.waybill_corrections).toEqual([
        expect.objectContaining({ previous_carrier: "SF Express", previous_waybill_number: handOver.waybill_number, carrier: "SF Express", waybill_number: corrected.waybill_number, reason, corrected_by: me.operator.id }),
      ])
      // Every answer says the corrected waybill: Medusa's fulfillment label, the hand-over event, the buyer's timeline.
      const [fulfillment] = await fulfillmentsOf(order.id)
      expect(fulfillment.labels!.map((l) => l!.tracking_number)).toEqual([corrected.waybill_number])
      const byCode = (timeline: { code: string; note: string | null }[], code: string) => timeline.filter((e) => e.code === code).map((e) => e.note)
      expect(byCode(fixed.consignment.timeline, "handed_over")).toEqual([`SF Express ${corrected.waybill_number}`])
      expect(byCode(fixed.consignment.timeline, "waybill_corrected")).toEqual([`SF Express ${corrected.waybill_number}`])
      const seen = await shipment()
      expect(byCode(seen.timeline, "handed_over")).toEqual([`SF Express ${corrected.waybill_number}`])
      expect(byCode(seen.timeline, "waybill_corrected")).toEqual([`SF Express ${corrected.waybill_number}`])
      expect(JSON.stringify(seen)).not.toContain("mistyped")
      expect(JSON.stringify(seen)).not.toContain(handOver.waybill_number)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const told = await waitFor("the correction's notices", async () => {
        const list = (await notifications.listNotifications({ template: "consignment-waybill-corrected" })).filter((n) => (n.data as { barcode?: string }).barcode === consignment.barcode)
        return list.length === 2 ? list : undefined
      })
      expect(told.find((n) => n.to === order.email)!.data).toMatchObject({ audience: "buyer", waybill_number: corrected.waybill_number, note: null })

      // The carrier reports by the corrected waybill; the mistyped one is no consignment's.
      expect((await parkEvent({ event_id: `sf-old-${child.id}`, waybill_number: handOver.waybill_number, code: "in_transit", occurred_at: new Date().toISOString() }).send()).status).toBe(404)
      // Two events at the same second keep the order they came in, whatever order the database hands them back in.
      const second = new Date(Math.ceil(Date.now() / 1000) * 1000).toISOString()
      for (const code of ["in_transit", "out_for_delivery"]) {
        const sent = await parkEvent({ event_id: `sf-${code}-${child.id}`, waybill_number: corrected.waybill_number, code, occurred_at: second, location: "Almaty" }).send()
        expect([code, sent.status]).toEqual([code, 200])
      }
      const logistics = getContainer().resolve<LogisticsModuleService>(LOGISTICS_MODULE)
      const [first] = await logistics.listTrackingEvents({ consignment_id: consignment.id, code: "in_transit" })
      // Rewritten in place, the earlier row comes back last from a plain scan of the table.
      await logistics.updateTrackingEvents({ id: first.id, location: "Almaty " })
      await logistics.updateTrackingEvents({ id: first.id, location: "Almaty" })
      const latest = await shipment()
      expect(latest.timeline.map((e: { code: string }) => e.code).slice(-2)).toEqual(["in_transit", "out_for_delivery"])
      expect(latest.status).toBe("out_for_delivery")
    })

    it("every /operator route: 401 without an operator's login, 404 for another park's consignment", async () => {
      const container = getContainer()
      const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
      const jiaxing = await jxp()
      // A consignment at Jiaxing, as an allocation leaves it.
      const consignment = await logistics.createConsignments({
        park_id: jiaxing.id, order_id: "order_matrix", buyer_order_id: "order_matrix_buyer", manufacturer_id: "mfr_matrix",
        declaration_id: "decl_matrix", barcode: "JXP-MATRIX01", destination_country: "KZ", expected_packages: 1,
      })

      // Another park and its operator, through the admin API.
      const admin = await login("user", DEMO_LOGINS.admin)
      const { data: created } = await api.post("/admin/parks", { code: "NBP", name_zh: "宁波物流园", name_en: "Ningbo logistics park", address: "Beilun, Ningbo" }, admin)
      expect((await api.post("/admin/parks", { code: "NBP", name_zh: "x", name_en: "x", address: "x" }, admin).catch((e) => e.response)).status).toBe(422)
      // Operators join by invitation, with a login of their own (account-security.spec covers the rest).
      const ningboLogin = { email: "operator@ningbo-park.example.cn", password: "ningbo-operator-2026" }
      const invite = async (body: object) => {
        const { data } = await api.post(`/admin/parks/${created.park.id}/invites`, body, admin)
        const [row] = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listOperatorInvites({ id: data.invite.id })
        return row.token
      }
      const join = async (login: { email: string; password: string }, token: string) => {
        const { data } = await api.post("/auth/operator/emailpass/register", login)
        return api.post("/operator/invites/accept", { token }, bearer(data.token))
      }
      const { data: op } = await join(ningboLogin, await invite({ email: ningboLogin.email, name: "Xu Lei" }))
      expect(op.operator).toMatchObject({ email: ningboLogin.email, role: "operator" })
      expect((await api.post(`/admin/parks/${created.park.id}/invites`, { email: "not-an-email", name: "x" }, admin).catch((e) => e.response)).data.message).toMatch(/email must be an email address/)
      const ningbo = await login("operator", ningboLogin)
      const supervisor = { email: "supervisor@ningbo-park.example.cn", password: "chosen-by-themselves-2026" }
      await join(supervisor, await invite({ email: supervisor.email, name: "Zhao Min", role: "supervisor" }))
      expect((await api.get("/operator/me", await login("operator", supervisor))).data).toMatchObject({ operator: { role: "supervisor" }, park: { code: "NBP" } })
      // An operator already cannot be invited again.
      expect((await api.post(`/admin/parks/${created.park.id}/invites`, { email: supervisor.email, name: "Again" }, admin).catch((e) => e.response)).data.message).toMatch(/is an operator already/)
      const { data: ningboPark } = await api.get(`/admin/parks/${created.park.id}`, admin)
      expect(ningboPark.park.operators.map((o: { email: string }) => o.email).sort()).toEqual([ningboLogin.email, supervisor.email])
      expect((await api.get("/operator/me", ningbo)).data.park.code).toBe("NBP")
      const { data: staffList } = await api.get(`/admin/consignments?park_id=${jiaxing.id}`, admin)
      expect(staffList.consignments.map((c: { id: string }) => c.id)).toEqual([consignment.id])

      const buyer = await login("customer", DEMO_LOGINS.buyer)
      const maker = await login("manufacturer", DEMO_LOGINS.manufacturer)
      const body = {
        receive: { barcode: consignment.barcode },
        packages: { packages: [{ weight_g: 1000, length_mm: 100, width_mm: 100, height_mm: 100 }] },
        "hand-over": { carrier: "SF Express", waybill_number: "SF1234567890" },
        exceptions: { kind: "missing", note: "not on the truck" },
        resolve: { note: "found it" },
        units: { units: [{ line_item_id: "ordli_matrix", serial: "SN-1" }] },
        "waybill-correction": { waybill_number: "SF1234567899", reason: "typo" },
      } as Record<string, object>
      const call = (key: string, config: object) => {
        const [method, url] = key.split(" ")
        const target = url.replace(":id", consignment.id)
        const payload = body[url.split("/").pop()!] ?? {}
        return (method === "GET" ? api.get(target, config) : api.post(target, payload, config)).catch((e) => e.response)
      }
      const routes = routeFiles("operator")
      expect(routes).toEqual([
        "GET /operator/consignments",
        "GET /operator/consignments/:id",
        "GET /operator/consignments/:id/label",
        "GET /operator/consignments/:id/packing-list",
        "GET /operator/invites/:token",
        "GET /operator/me",
        "POST /operator/consignments/:id/exceptions",
        "POST /operator/consignments/:id/exceptions/:exception_id/resolve",
        "POST /operator/consignments/:id/hand-over",
        "POST /operator/consignments/:id/packages",
        "POST /operator/consignments/:id/units",
        "POST /operator/consignments/:id/waybill-correction",
        "POST /operator/consignments/receive",
        "POST /operator/invites/accept",
      ])
      for (const key of routes) {
        // The invitation email's link is opened before any login (the token is the key): an unknown one is a 404 to anyone.
        const refused = key === "GET /operator/invites/:token" ? 404 : 401
        expect([key, "none", (await call(key, {})).status]).toEqual([key, "none", refused])
        for (const [who, login] of [["buyer", buyer], ["manufacturer", maker], ["admin", admin]] as const) {
          expect([key, who, (await call(key, login)).status]).toEqual([key, who, refused])
        }
        // Ningbo's operator: Jiaxing's consignment does not exist for them.
        const theirs = await call(key, ningbo)
        // An operator has joined already: no invitation is theirs to accept.
        if (key.endsWith("/invites/accept")) expect([key, theirs.status]).toEqual([key, 400])
        else if (key.includes(":id") || key.endsWith("/receive") || key.endsWith(":token")) expect([key, theirs.status]).toEqual([key, 404])
        else expect([key, theirs.status]).toEqual([key, 200])
      }
      expect((await api.get("/operator/consignments", ningbo)).data).toMatchObject({ consignments: [], count: 0 })
      // Ningbo's system, with its own secret, cannot report on Jiaxing's consignment: 404, as for its operators.
      // It must name its park, and cannot sign for Jiaxing with its own secret.
      const ningboSecret = "ningbo-park-own-secret-2026"
      process.env.PARK_HOOKS_SECRETS = JSON.stringify({ NBP: ningboSecret })
      try {
        const event = (id: string) => ({ event_id: id, barcode: consignment.barcode, code: "in_transit", occurred_at: new Date().toISOString() })
        const asNingbo = await parkEvent(event("nbp-1"), ningboSecret, undefined, "NBP").send()
        expect([asNingbo.status, asNingbo.data.message]).toEqual([404, `No consignment has barcode ${consignment.barcode}`])
        expect((await parkEvent(event("nbp-2"), ningboSecret, undefined, "JXP").send()).status).toBe(401)
        const unnamed = await parkEvent(event("nbp-3"), DEMO_PARK_HOOKS_SECRET, undefined, null).send()
        expect([unnamed.status, unnamed.data.message]).toEqual([401, expect.stringMatching(/name the park you sign for in the x-aem-park header/)])
      } finally {
        delete process.env.PARK_HOOKS_SECRETS
      }
      // Only the workers allocate: the hook is signed with their secret, not the park's.
      const allocation = JSON.stringify({ order_id: "order_matrix", declaration_id: "decl_matrix" })
      for (const headers of [{}, signHook(DEMO_PARK_HOOKS_SECRET, { path: "/hooks/logistics/consignments", body: allocation })]) {
        const res = await api.post("/hooks/logistics/consignments", allocation, { headers: { "content-type": "application/json", ...headers } }).catch((e) => e.response)
        expect(res.status).toBe(401)
      }
      // Nothing changed on Jiaxing's consignment.
      expect(await logistics.retrieveConsignment(consignment.id)).toMatchObject({ status: "allocated", exception: null, carrier: null })
      expect((await api.get(`/operator/consignments/${consignment.id}`, await login("operator", DEMO_LOGINS.operator))).status).toBe(200)
    })
  },
})
