import { statementPeriod, toMinor } from "@aem/trade-kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import enterMissedOrders from "../../src/jobs/enter-missed-orders"
import { CUSTOMS_MODULE } from "../../src/modules/customs"
import type CustomsModuleService from "../../src/modules/customs/service"
import { splitOrderByManufacturerWorkflow } from "../../src/workflows/order-group/split-order-by-manufacturer"
import { checkout, KZ_ADDRESS, signUpManufacturer, storefrontContext, uscc, waitFor, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

type Maker = Awaited<ReturnType<typeof signUpManufacturer>> & { id: string; variantId: string }
const TOTALS = ["item_total", "shipping_total", "tax_total", "discount_total", "total"] as const

/** The month a statement for "now" covers, on Beijing time. */
function currentStatementMonth(): string {
  const beijing = new Date(Date.now() + 8 * 3600 * 1000)
  return beijing.toISOString().slice(0, 7)
}

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const makers: Record<"a" | "b" | "c", Maker> = {} as never
    let adminHeaders: { headers: { authorization: string } }

    beforeAll(async () => {
      const container = getContainer()
      // The demo charges no VAT at checkout (it is paid at import); a market configured to charge it
      // at checkout must still split to the cent, tax lines included.
      const tax = container.resolve(Modules.TAX)
      const [kzVat] = await tax.listTaxRates({ code: "VAT-KZ" })
      await tax.updateTaxRates(kzVat.id, { rate: 16 })
      const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      adminHeaders = { headers: { authorization: `Bearer ${adminLogin.token}` } }
      // Three manufacturers, each with one product in another ISO 9999 class, stocked at the park.
      const products = {
        a: wheelchair("split-wheelchair"),
        b: wheelchair("split-hearing-aid", { title: "Behind-the-ear hearing aid", hs_code: "9021.40", iso_9999: "22 06" }),
        c: wheelchair("split-rollator", { title: "Aluminium rollator", hs_code: "9021.10", iso_9999: "12 06" }),
      }
      const stems = { a: "MA2KPA12", b: "MA2KPB34", c: "MA2KPC56" }
      for (const key of ["a", "b", "c"] as const) {
        const maker = await signUpManufacturer(api, `split-maker-${key}`, uscc("330400", stems[key]))
        const id = maker.created.data.manufacturer.id
        await api.post(`/admin/manufacturers/${id}/status`, { status: "approved" }, adminHeaders)
        const { data } = await api.post("/vendor/products", products[key], maker)
        const variantId = data.product.variants[0].id
        await api.post(`/vendor/products/${data.product.id}/stock`, { levels: [{ variant_id: variantId, stocked_quantity: 50 }] }, maker)
        makers[key] = { ...maker, id, variantId }
      }
      // Rates: demo default 8%, hearing aids (class 22) 5%; C has negotiated 3%.
      await api.post("/admin/commission-rates", { manufacturer_id: makers.c.id, rate_bps: 300 }, adminHeaders)
      await container.resolve(Modules.PROMOTION).createPromotions([
        {
          code: "WELCOME10",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
        },
      ])
    })

    const buyerToken = async () => (await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)).data.token as string

    /** Places the three-manufacturer order and waits for its split. */
    const placeSplitOrder = async () => {
      const token = await buyerToken()
      const { order } = await checkout(api, getContainer(), {
        customerToken: token,
        promoCodes: ["WELCOME10"],
        lines: [
          { variant_id: makers.a.variantId, quantity: 2 },
          { variant_id: makers.b.variantId, quantity: 1 },
          { variant_id: makers.c.variantId, quantity: 3 },
        ],
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const group = await waitFor("the order to be split", async () => {
        const { data } = await query.graph({
          entity: "order_group",
          fields: ["id", "child_orders.order_id", "child_orders.manufacturer_id"],
          filters: { buyer_order_id: order.id },
        })
        return data[0]?.child_orders?.length ? data[0] : undefined
      })
      return { order, group, token }
    }

    it("splits a three-manufacturer checkout into child orders whose amounts add up to the cent", async () => {
      const { order, group, token } = await placeSplitOrder()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const fields = ["id", "currency_code", ...TOTALS, "items.product_id", "items.variant_id", "items.quantity", "metadata"]
      const { data: [buyerOrder] } = await query.graph({ entity: "order", fields, filters: { id: order.id } })
      const childIds = group.child_orders!.map((c) => c!.order_id)
      const { data: children } = await query.graph({ entity: "order", fields: [...fields, "manufacturer.id", "commission_lines.*"], filters: { id: childIds } })

      expect(children).toHaveLength(3)
      expect(Number(buyerOrder.discount_total)).toBeGreaterThan(0)
      expect(Number(buyerOrder.shipping_total)).toBeGreaterThan(0)
      expect(Number(buyerOrder.tax_total)).toBeGreaterThan(0)
      for (const field of TOTALS) {
        const sum = children.reduce((s, c) => s + toMinor(Number(c[field]), "kzt"), 0)
        expect([field, sum]).toEqual([field, toMinor(Number(buyerOrder[field]), "kzt")])
      }
      // Each child holds exactly its manufacturer's items, and is linked to that manufacturer.
      const variantOf = { a: makers.a.variantId, b: makers.b.variantId, c: makers.c.variantId }
      for (const key of ["a", "b", "c"] as const) {
        const child = children.find((c) => c.manufacturer?.id === makers[key].id)!
        expect(child.items!.map((i) => i!.variant_id)).toEqual([variantOf[key]])
        expect(child.metadata).toMatchObject({ buyer_order_id: order.id, manufacturer_id: makers[key].id })
      }
      // Commission: A the 8% default, B 5% for hearing aids (class 22), C its own 3%; on items after the discount.
      const expected: Record<string, [number, string]> = { a: [800, "default"], b: [500, "class"], c: [300, "manufacturer"] }
      for (const key of ["a", "b", "c"] as const) {
        const child = children.find((c) => c.manufacturer?.id === makers[key].id)!
        const [line] = child.commission_lines!
        expect([line!.rate_bps, line!.rate_source]).toEqual(expected[key])
        expect(toMinor(Number(line!.amount), "kzt")).toBe(Math.round((toMinor(Number(line!.base_amount), "kzt") * expected[key][0]) / 10000))
        expect(toMinor(Number(line!.base_amount), "kzt")).toBeLessThan(toMinor(Number(child.item_total), "kzt"))
      }

      // The buyer sees one order; the children are not theirs to list.
      const { headers } = await storefrontContext(getContainer(), "kz")
      const { data: mine } = await api.get("/store/orders", { headers: { ...headers, authorization: `Bearer ${token}` } })
      expect(mine.orders.map((o: { id: string }) => o.id)).toEqual([order.id])

      // Splitting again (a redelivered event) makes nothing new.
      const { result } = await splitOrderByManufacturerWorkflow(getContainer()).run({ input: { orderId: order.id } })
      expect(result.childOrderIds.sort()).toEqual([...childIds].sort())
      const { data: all } = await query.graph({ entity: "order", fields: ["id"] })
      expect(all).toHaveLength(4)
    })

    it("splits and declares an order whose order.placed was lost when the minute's sweep runs, once", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { region, headers } = await storefrontContext(container, "kz")
      const { data: [key] } = await query.graph({
        entity: "api_key",
        fields: ["sales_channels.id"],
        filters: { token: headers["x-publishable-api-key"] },
      })
      const channel = key.sales_channels![0]!
      // Medusa's createOrderWorkflow places an order without emitting order.placed: as if the event were lost.
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: region.id,
          sales_channel_id: channel.id,
          email: "lost-event@example.com",
          currency_code: region.currency_code,
          shipping_address: KZ_ADDRESS,
          billing_address: KZ_ADDRESS,
          items: [
            { variant_id: makers.a.variantId, title: "Wheelchair", unit_price: 150000, quantity: 1 },
            { variant_id: makers.b.variantId, title: "Hearing aid", unit_price: 90000, quantity: 2 },
          ],
        },
      })
      const groupOf = async () =>
        (await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })).data
      // Too recent: the event may still be on its way, so the sweep leaves it alone.
      await enterMissedOrders(container)
      expect(await groupOf()).toEqual([])

      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw(`update "order" set created_at = now() - interval '11 minutes' where id = ?`, [order.id])
      await enterMissedOrders(container)
      // The scheduled run of the same job may get there first: either way, one group with two child orders.
      const [group] = await waitFor("the lost order to be split", async () => ((await groupOf())[0]?.child_orders?.length ? await groupOf() : undefined))
      const childIds = group.child_orders!.map((c) => c!.order_id).sort()
      expect(childIds).toHaveLength(2)
      const declarations = await waitFor("both declarations", async () => {
        const { data } = await query.graph({ entity: "declaration", fields: ["id", "order_id"], filters: { order_id: childIds } })
        return data.length === 2 ? data : undefined
      })

      // A child order whose declaration was lost (a crash between the split and the declarations) gets it back.
      const lost = declarations[0]
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [CUSTOMS_MODULE]: { declaration_id: lost.id }, [Modules.ORDER]: { order_id: lost.order_id } })
      await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).deleteDeclarations([lost.id])
      await db.raw(`update "order" set created_at = now() - interval '11 minutes' where id = any(?)`, [childIds])
      await enterMissedOrders(container)
      await enterMissedOrders(container)
      const { data: after } = await query.graph({ entity: "declaration", fields: ["order_id"], filters: { order_id: childIds } })
      expect(after.map((d) => d.order_id).sort()).toEqual(childIds)
      expect(await groupOf()).toHaveLength(1)
      const { data: children } = await query.graph({ entity: "order", fields: ["id"], filters: { id: childIds } })
      expect(children).toHaveLength(2)
    })

    it("shows each manufacturer only its own child order, which it confirms and marks ready for hand-off", async () => {
      const { order, group, token } = await placeSplitOrder()
      const childOf = (key: "a" | "b" | "c") => group.child_orders!.find((c) => c!.manufacturer_id === makers[key].id)!.order_id
      const { data: listA } = await api.get("/vendor/orders", makers.a)
      expect(listA.orders.map((o: { id: string }) => o.id)).toEqual([childOf("a")])
      expect(listA.orders[0]).toMatchObject({ fulfilment_status: "placed", currency_code: "kzt" })
      expect(listA.orders[0].items).toHaveLength(1)
      expect(listA.orders[0].commission_total).toBeGreaterThan(0)
      expect(listA.orders[0].shipping_address).not.toHaveProperty("phone")

      const get = (path: string, who: object) => api.get(path, who).catch((e) => e.response)
      const post = (path: string, who: object) => api.post(path, {}, who).catch((e) => e.response)
      expect((await get(`/vendor/orders/${childOf("b")}`, makers.a)).status).toBe(404)
      expect((await get(`/vendor/orders/${order.id}`, makers.a)).status).toBe(404)
      expect((await post(`/vendor/orders/${childOf("b")}/confirm`, makers.a)).status).toBe(404)

      const early = await post(`/vendor/orders/${childOf("a")}/ready-for-handoff`, makers.a)
      expect([early.status, early.data.message]).toEqual([400, expect.stringMatching(/confirm the order before marking it ready/)])
      const confirmed = await post(`/vendor/orders/${childOf("a")}/confirm`, makers.a)
      expect([confirmed.status, confirmed.data.order.fulfilment_status]).toEqual([200, "confirmed"])
      expect(confirmed.data.order.confirmed_at).toBeTruthy()
      expect((await post(`/vendor/orders/${childOf("a")}/confirm`, makers.a)).data.order.fulfilment_status).toBe("confirmed")
      const ready = await post(`/vendor/orders/${childOf("a")}/ready-for-handoff`, makers.a)
      expect([ready.status, ready.data.order.fulfilment_status]).toEqual([200, "ready_for_handoff"])
      const back = await post(`/vendor/orders/${childOf("a")}/confirm`, makers.a)
      expect([back.status, back.data.message]).toEqual([400, expect.stringMatching(/already ready for handoff/)])
      // B's order did not move.
      expect((await get(`/vendor/orders/${childOf("b")}`, makers.b)).data.order.fulfilment_status).toBe("placed")

      // The buyer follows one shipment per manufacturer; nobody else can.
      const { headers } = await storefrontContext(getContainer(), "kz")
      const asBuyer = { headers: { ...headers, authorization: `Bearer ${token}` } }
      const { data: tracking } = await api.get(`/store/orders/${order.id}/shipments`, asBuyer)
      expect(tracking.shipments).toHaveLength(3)
      const shipmentA = tracking.shipments.find((sh: { id: string }) => sh.id === childOf("a"))
      expect(shipmentA).toMatchObject({ status: "ready_for_handoff", manufacturer: { handle: "split-maker-a" } })
      expect(shipmentA.items).toEqual([expect.objectContaining({ title: "Folding steel wheelchair AX-1", quantity: 2 })])
      const stranger = { email: "stranger@example.kz", password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", stranger)
      await api.post("/store/customers", { email: stranger.email }, { headers: { ...headers, authorization: `Bearer ${reg.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", stranger)
      const other = await api.get(`/store/orders/${order.id}/shipments`, { headers: { ...headers, authorization: `Bearer ${login.token}` } }).catch((e) => e.response)
      expect(other.status).toBe(404)
      // Not theirs: to a guest without the order's secret, and to a manufacturer, no such order.
      expect((await api.get(`/store/orders/${order.id}/shipments`, { headers }).catch((e) => e.response)).status).toBe(404)
      const asManufacturer = { headers: { ...headers, authorization: makers.a.headers.authorization } }
      expect((await api.get(`/store/orders/${order.id}/shipments`, asManufacturer).catch((e) => e.response)).status).toBe(404)
    })

    it("gives each manufacturer a monthly statement, as JSON and CSV, that matches its orders", async () => {
      const { group } = await placeSplitOrder()
      const month = currentStatementMonth()
      const childA = group.child_orders!.find((c) => c!.manufacturer_id === makers.a.id)!.order_id
      const { data: orderA } = await api.get(`/vendor/orders/${childA}`, makers.a)
      const { data } = await api.get(`/vendor/statements/${month}`, makers.a)
      expect(data.statement.currencies).toEqual([
        {
          currency_code: "kzt",
          order_count: 1,
          gross: Number(orderA.order.total.toFixed(2)),
          commission: orderA.order.commission_total,
          net: Number((orderA.order.total - orderA.order.commission_total).toFixed(2)),
        },
      ])
      expect(data.statement.lines.map((l: { order_id: string }) => l.order_id)).toEqual([childA])
      const period = statementPeriod(month)
      expect(new Date(data.statement.from)).toEqual(period.from)

      const csv = await api.get(`/vendor/statements/${month}/csv`, makers.a)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="statement-split-maker-a-${month}.csv"`)
      const rows = (csv.data as string).trimEnd().split("\r\n")
      expect(rows).toHaveLength(3)
      expect(rows[1]).toContain(childA)
      expect(rows[2]).toContain(`TOTAL,1,,KZT,${data.statement.currencies[0].gross.toFixed(2)}`)

      // Another month is empty; nonsense is a 400 that says what a month looks like.
      expect((await api.get("/vendor/statements/2020-01", makers.a)).data.statement.lines).toEqual([])
      const bad = await api.get("/vendor/statements/november", makers.a).catch((e) => e.response)
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/month must look like 2026-11/)])
      // B's statement holds B's order only; the platform sees the same figures.
      const { data: forB } = await api.get(`/vendor/statements/${month}`, makers.b)
      expect(forB.statement.lines.map((l: { order_id: string }) => l.order_id)).not.toContain(childA)
      const { data: asAdmin } = await api.get(`/admin/manufacturers/${makers.a.id}/statements/${month}`, adminHeaders)
      expect(asAdmin.statement.currencies).toEqual(data.statement.currencies)
    })

    it("lets the platform set, change and remove commission rates, refusing nonsense", async () => {
      const set = (body: object) => api.post("/admin/commission-rates", body, adminHeaders).catch((e) => e.response)
      expect((await set({ iso_class: "12 22", rate_bps: 650 })).data.commission_rate).toMatchObject({ iso_class: "12 22", rate_bps: 650 })
      expect((await set({ iso_class: "12 22", rate_bps: 700 })).data.commission_rate.rate_bps).toBe(700)
      const { data } = await api.get("/admin/commission-rates", adminHeaders)
      expect(data.commission_rates.filter((r: { iso_class: string }) => r.iso_class === "12 22")).toHaveLength(1)
      await set({ iso_class: "12 22", rate_bps: null })
      expect((await api.get("/admin/commission-rates", adminHeaders)).data.commission_rates.some((r: { iso_class: string }) => r.iso_class === "12 22")).toBe(false)

      const negative = await set({ rate_bps: -1 })
      expect([negative.status, negative.data.message]).toEqual([400, expect.stringMatching(/rate_bps.*too small/)])
      const unknownClass = await set({ iso_class: "99 99", rate_bps: 100 })
      expect([unknownClass.status, unknownClass.data.message]).toEqual([400, expect.stringMatching(/iso_class is not an ISO 9999 class/)])
      const unknownMaker = await set({ manufacturer_id: "mfr_missing", rate_bps: 100 })
      expect(unknownMaker.status).toBe(404)
      expect((await api.get("/admin/commission-rates", makers.a).catch((e) => e.response)).status).toBe(401)
    })
  },
})
