import { toMinor } from "@aem/trade-kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import bimonthlyIndustryReport from "../../src/jobs/bimonthly-industry-report"
import { FITTING_MODULE } from "../../src/modules/fitting"
import type FittingModuleService from "../../src/modules/fitting/service"
import { LOGISTICS_MODULE } from "../../src/modules/logistics"
import type LogisticsModuleService from "../../src/modules/logistics/service"
import { SUPERVISION_MODULE } from "../../src/modules/supervision"
import type SupervisionModuleService from "../../src/modules/supervision/service"
import { DEMO_LOGINS, DEMO_PARK } from "../../src/scripts/demo-data/seed-demo-data"
import { checkout, KZ_ADDRESS, signUpManufacturer, storefrontContext, uscc, waitFor, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

type Maker = Awaited<ReturnType<typeof signUpManufacturer>> & { id: string; productId: string; variantId: string; handle: string }

const GTIN = "09506000134352"
const ADDRESSES: Record<string, Record<string, string>> = {
  kz: KZ_ADDRESS,
  tr: { ...KZ_ADDRESS, first_name: "Ayşe", last_name: "Yılmaz", address_1: "İstiklal Caddesi 10", city: "İstanbul", postal_code: "34433", country_code: "tr", phone: "+90 212 000 0000" },
  ru: { ...KZ_ADDRESS, first_name: "Ivan", last_name: "Petrov", address_1: "Tverskaya 1", city: "Moskva", postal_code: "125009", country_code: "ru", phone: "+7 495 000 0000" },
}
const DAY = 24 * 3600 * 1000

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string } }
    const makers: Record<"a" | "b", Maker> = {} as never
    // Four buyers: three bought A's wheelchair, one B's rollator; the child order of each.
    const buyers: Record<"kz" | "tr" | "ru" | "b", { email: string; buyerOrderId: string; childOrderId: string; lineId: string }> = {} as never

    const placeOrder = async (key: keyof typeof buyers, country: string, maker: Maker, quantity: number) => {
      const email = `${key}.buyer@example.com`
      const { order } = await checkout(api, getContainer(), {
        countryCode: country,
        address: ADDRESSES[country],
        email,
        lines: [{ variant_id: maker.variantId, quantity }],
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const child = await waitFor("the order to be split", async () => {
        const { data } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        return data[0]?.child_orders?.[0]?.order_id
      })
      const { data: orders } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: child } })
      buyers[key] = { email, buyerOrderId: order.id, childOrderId: child, lineId: orders[0].items![0]!.id }
    }

    beforeAll(async () => {
      const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      admin = { headers: { authorization: `Bearer ${adminLogin.token}` } }
      const prices = [
        { currency_code: "kzt", amount: 89000 },
        { currency_code: "try", amount: 7000 },
        { currency_code: "rub", amount: 16900 },
      ]
      const products = {
        a: wheelchair("trace-wheelchair", { variants: [{ title: "46 cm", sku: "trace-wheelchair-46", options: { "Seat width": "46 cm" }, prices }] }),
        b: wheelchair("trace-rollator", {
          title: "Aluminium rollator",
          hs_code: "9021.10",
          iso_9999: "12 06",
          variants: [{ title: "46 cm", sku: "trace-rollator-46", options: { "Seat width": "46 cm" }, prices }],
        }),
      }
      const stems = { a: "MA2TRA12", b: "MA2TRB34" }
      for (const key of ["a", "b"] as const) {
        const handle = `trace-maker-${key}`
        const maker = await signUpManufacturer(api, handle, uscc("330400", stems[key]))
        const id = maker.created.data.manufacturer.id
        await api.post(`/admin/manufacturers/${id}/status`, { status: "approved" }, admin)
        const { data } = await api.post("/vendor/products", products[key], maker)
        const variantId = data.product.variants[0].id
        await api.post(`/vendor/products/${data.product.id}/stock`, { levels: [{ variant_id: variantId, stocked_quantity: 50 }] }, maker)
        makers[key] = { ...maker, id, productId: data.product.id, variantId, handle }
      }
      await placeOrder("kz", "kz", makers.a, 2)
      await placeOrder("tr", "tr", makers.a, 1)
      await placeOrder("ru", "ru", makers.a, 1)
      await placeOrder("b", "kz", makers.b, 1)
    })

    const recordUnits = (orderId: string, units: object[], who: object = makers.a) =>
      api.post(`/vendor/orders/${orderId}/units`, { units }, who).catch((e) => e.response)

    /** A's units: two to the Kazakh buyer and one to the Turkish buyer inside SN-0100…SN-0199, one to the Russian buyer outside it. */
    const recordAUnits = async () => {
      const kz = await recordUnits(buyers.kz.childOrderId, [
        { line_item_id: buyers.kz.lineId, udi: `(01)${GTIN}(17)281231(10)L7(21)SN-0100` },
        { line_item_id: buyers.kz.lineId, serial: "SN-0101" },
      ])
      expect([kz.status, kz.data.message]).toEqual([201, undefined])
      expect((await recordUnits(buyers.tr.childOrderId, [{ line_item_id: buyers.tr.lineId, serial: "SN-0150" }])).status).toBe(201)
      expect((await recordUnits(buyers.ru.childOrderId, [{ line_item_id: buyers.ru.lineId, serial: "SN-0200" }])).status).toBe(201)
      return kz.data.units
    }

    const storeHeaders = async () => (await storefrontContext(getContainer(), "kz")).headers
    const onStore = async (handle: string) => {
      const { region, headers } = await storefrontContext(getContainer(), "kz")
      return (await api.get(`/store/products?handle=${handle}&region_id=${region.id}`, { headers })).data.count
    }

    describe("traced units", () => {
      it("records units with serials or GS1 UDIs, linked to the order line, buyer's order, country and declaration", async () => {
        const [udiUnit, plain] = await recordAUnits()
        expect(udiUnit).toMatchObject({
          serial: "SN-0100",
          gtin: GTIN,
          lot: "L7",
          udi: `(01)${GTIN}(17)281231(10)L7(21)SN-0100`,
          order_id: buyers.kz.childOrderId,
          line_item_id: buyers.kz.lineId,
          country_code: "kz",
          product_id: makers.a.productId,
        })
        expect(new Date(udiUnit.expiry_date).toISOString().slice(0, 10)).toBe("2028-12-31")
        expect(plain).toMatchObject({ serial: "SN-0101", udi: null })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        // The buyer's order is recorded with the unit, but is the platform's: the manufacturer is not told it.
        expect(udiUnit).not.toHaveProperty("buyer_order_id")
        const { data: [stored] } = await query.graph({ entity: "traced_unit", fields: ["buyer_order_id"], filters: { id: udiUnit.id } })
        expect(stored.buyer_order_id).toBe(buyers.kz.buyerOrderId)
        const { data: declarations } = await query.graph({ entity: "declaration", fields: ["id"], filters: { order_id: buyers.kz.childOrderId } })
        expect(udiUnit.declaration_id).toBe(declarations[0]?.id ?? null)
        // The unit is linked to its child order.
        const { data: order } = await query.graph({ entity: "order", fields: ["traced_units.serial"], filters: { id: buyers.kz.childOrderId } })
        expect(order[0].traced_units!.map((u) => u!.serial).sort()).toEqual(["SN-0100", "SN-0101"])

        const own = (await api.get(`/vendor/units?order_id=${buyers.kz.childOrderId}`, makers.a)).data.units
        expect(own.map((u: { serial: string }) => u.serial).sort()).toEqual(["SN-0100", "SN-0101"])
        expect((await api.get("/vendor/units", makers.b)).data.units).toEqual([])
        expect((await api.get("/admin/units?serial=SN-0150", admin)).data.units).toEqual([expect.objectContaining({ country_code: "tr" })])
      })

      it.each([
        ["a bad UDI check digit", [{ line_item_id: "LINE", udi: "(01)09506000134353(21)X1" }], /units\.0\.udi: \(01\) GTIN 09506000134353 has a wrong check digit: expected 2/],
        ["a UDI without a serial", [{ line_item_id: "LINE", udi: `(01)${GTIN}(10)L7` }], /units\.0\.udi: the UDI has no serial number \(21\)/],
        ["a serial that differs from the UDI's", [{ line_item_id: "LINE", serial: "X2", udi: `(01)${GTIN}(21)X1` }], /serial "X2" differs from the UDI's serial "X1"/],
        ["more units than the line holds", [{ line_item_id: "LINE", serial: "X1" }, { line_item_id: "LINE", serial: "X2" }], /has 1 unit\(s\) and all are already recorded/],
        ["a line of another order", [{ line_item_id: "ordli_elsewhere", serial: "X1" }], /units\.0\.line_item_id: ordli_elsewhere is not a line of order/],
        ["neither serial nor UDI", [{ line_item_id: "LINE" }], /give serial or udi/],
      ])("refuses %s with 400 and the field", async (_what, units, message) => {
        const withLine = units.map((u) => ({ ...u, line_item_id: u.line_item_id === "LINE" ? buyers.tr.lineId : u.line_item_id }))
        const res = await recordUnits(buyers.tr.childOrderId, withLine)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        expect((await api.get("/vendor/units", makers.a)).data.units).toEqual([])
      })

      it("refuses a serial already recorded, and keeps B away from A's orders", async () => {
        expect((await recordUnits(buyers.tr.childOrderId, [{ line_item_id: buyers.tr.lineId, serial: "SN-0150" }])).status).toBe(201)
        const again = await recordUnits(buyers.kz.childOrderId, [{ line_item_id: buyers.kz.lineId, serial: "SN-0150" }])
        expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/serial SN-0150 is already recorded/)])
        const foreign = await recordUnits(buyers.kz.childOrderId, [{ line_item_id: buyers.kz.lineId, serial: "B-1" }], makers.b)
        expect(foreign.status).toBe(404)
      })
    })

    describe("at the park", () => {
      it("an operator records units at receipt; units show their consignment; receipt on time counts in the credit record", async () => {
        const logistics = getContainer().resolve<LogisticsModuleService>(LOGISTICS_MODULE)
        const [park] = await logistics.listParks({ code: DEMO_PARK.code })
        // The consignment of the Turkish buyer's child order, as an allocation leaves it.
        const consignment = await logistics.createConsignments({
          park_id: park.id, order_id: buyers.tr.childOrderId, buyer_order_id: buyers.tr.buyerOrderId, manufacturer_id: makers.a.id,
          declaration_id: "decl_trace", barcode: "JXP-TRACE001", destination_country: "TR", expected_packages: 1,
        })
        const { data: opLogin } = await api.post("/auth/operator/emailpass", DEMO_LOGINS.operator)
        const operator = { headers: { authorization: `Bearer ${opLogin.token}` } }
        await api.post("/operator/consignments/receive", { barcode: consignment.barcode }, operator)
        const recorded = await api
          .post(`/operator/consignments/${consignment.id}/units`, { units: [{ line_item_id: buyers.tr.lineId, udi: `(01)${GTIN}(10)L9(21)SN-0150` }] }, operator)
          .catch((e) => e.response)
        expect([recorded.status, recorded.data.message]).toEqual([201, undefined])
        expect(recorded.data.units[0]).toMatchObject({ serial: "SN-0150", manufacturer_id: makers.a.id, order_id: buyers.tr.childOrderId, country_code: "tr" })

        const { data } = await api.get(`/vendor/units?order_id=${buyers.tr.childOrderId}`, makers.a)
        expect(data.units).toEqual([expect.objectContaining({ serial: "SN-0150", consignment: { id: consignment.id, barcode: "JXP-TRACE001", status: "received" } })])
        expect((await api.get("/vendor/units", makers.b)).data.units).toEqual([])
        const { data: credit } = await api.get("/vendor/credit-record", makers.a)
        expect(credit.credit_record.facts).toEqual([
          expect.objectContaining({ kind: "handoff", outcome: "good", evidence: { type: "consignment", id: consignment.id } }),
        ])
      })
    })

    describe("recalls", () => {
      const notices = async (email: string) =>
        getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "recall-notice" })

      it("recalls a serial range: exactly the buyers holding those units are told, in their language; the product is off sale until closed", async () => {
        await recordAUnits()
        expect(await onStore("trace-wheelchair")).toBe(1)
        const opened = await api
          .post("/vendor/recalls", { product_id: makers.a.productId, scope: "serial_range", serial_from: "SN-0100", serial_to: "SN-0199", reason: "Brake lever may crack under load" }, makers.a)
          .catch((e) => e.response)
        expect([opened.status, opened.data.message]).toEqual([201, undefined])
        expect(opened.data.recall).toMatchObject({ status: "open", affected_units: 3, notified: 2, acknowledged: 0 })
        // The manufacturer sees where its notices went, not who the buyers are.
        expect(opened.data.recall.notices.map((n: { country_code: string }) => n.country_code).sort()).toEqual(["kz", "tr"])
        expect(JSON.stringify(opened.data.recall)).not.toContain("@example.com")

        const recallId = opened.data.recall.id
        const { data: staffView } = await api.get(`/admin/recalls/${recallId}`, admin)
        expect(staffView.recall.notices.map((n: { email: string }) => n.email).sort()).toEqual([buyers.kz.email, buyers.tr.email])
        expect(staffView.recall.notices.find((n: { email: string }) => n.email === buyers.kz.email).serials).toEqual(["SN-0100", "SN-0101"])

        const [kzNotice] = await waitFor("the Kazakh buyer's notice", async () => ((await notices(buyers.kz.email)).length ? notices(buyers.kz.email) : undefined))
        const [trNotice] = await waitFor("the Turkish buyer's notice", async () => ((await notices(buyers.tr.email)).length ? notices(buyers.tr.email) : undefined))
        expect(kzNotice.data).toMatchObject({ language: "ru", subject: expect.stringMatching(/^Отзыв продукции/), serials: ["SN-0100", "SN-0101"] })
        expect(trNotice.data).toMatchObject({ language: "tr", subject: expect.stringMatching(/^Ürün geri çağırma/), serials: ["SN-0150"] })
        expect(await notices(buyers.ru.email)).toEqual([])
        expect(await notices(buyers.b.email)).toEqual([])

        // Off sale while open.
        expect(await waitFor("the product to leave the store", async () => ((await onStore("trace-wheelchair")) === 0 ? 0 : undefined))).toBe(0)
        expect(await onStore("trace-rollator")).toBe(1)

        // The buyer acknowledges through the link; a forged token is a 404.
        const link = new URL(kzNotice.data!.acknowledge_url as string)
        expect(link.pathname).toBe("/kz/trace")
        const noticeId = link.searchParams.get("notice")!
        const token = link.searchParams.get("token")!
        const headers = { headers: await storeHeaders() }
        const seen = await api.get(`/store/recall-notices/${noticeId}?token=${token}`, headers)
        expect(seen.data.notice).toMatchObject({ serials: ["SN-0100", "SN-0101"], acknowledged_at: null, recall: { reason: "Brake lever may crack under load", status: "open" } })
        const forged = await api.post(`/store/recall-notices/${noticeId}/acknowledge`, { token: token.slice(0, -2) + "xx" }, headers).catch((e) => e.response)
        expect(forged.status).toBe(404)
        const ack = await api.post(`/store/recall-notices/${noticeId}/acknowledge`, { token }, headers)
        expect(ack.data.notice.acknowledged_at).toBeTruthy()
        const again = await api.post(`/store/recall-notices/${noticeId}/acknowledge`, { token }, headers)
        expect(again.data.notice.acknowledged_at).toBe(ack.data.notice.acknowledged_at)
        expect((await api.get(`/vendor/recalls/${recallId}`, makers.a)).data.recall).toMatchObject({ notified: 2, acknowledged: 1 })

        // B sees nothing of it.
        expect((await api.get(`/vendor/recalls/${recallId}`, makers.b).catch((e) => e.response)).status).toBe(404)
        expect((await api.get("/vendor/recalls", makers.b)).data.recalls).toEqual([])

        // Closing puts the product back on sale.
        const closed = await api.post(`/admin/recalls/${recallId}/close`, {}, admin)
        expect(closed.data.recall.status).toBe("closed")
        expect(await onStore("trace-wheelchair")).toBe(1)
        const twice = await api.post(`/admin/recalls/${recallId}/close`, {}, admin).catch((e) => e.response)
        expect([twice.status, twice.data.message]).toEqual([400, expect.stringMatching(/already closed/)])
      })

      it("writes to a buyer in the language they ordered in, not the one of their country", async () => {
        // A buyer in Turkey who read the storefront in Russian: the checkout kept the language on the order.
        const email = "ru-reader-in-turkey@example.com"
        const { order } = await checkout(api, getContainer(), { countryCode: "tr", address: ADDRESSES.tr, email, metadata: { language: "ru" }, lines: [{ variant_id: makers.a.variantId, quantity: 1 }] })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: placed } = await query.graph({ entity: "order", fields: ["metadata"], filters: { id: order.id } })
        expect(placed[0].metadata).toMatchObject({ language: "ru" })
        const childId = await waitFor("the order to be split", async () => {
          const { data } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
          return data[0]?.child_orders?.[0]?.order_id
        })
        const { data: child } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: childId } })
        expect((await recordUnits(childId, [{ line_item_id: child[0].items![0]!.id, serial: "SN-0400" }])).status).toBe(201)
        await recordAUnits()
        const opened = await api.post("/vendor/recalls", { product_id: makers.a.productId, scope: "serial_range", serial_from: "SN-0150", serial_to: "SN-0400", reason: "Brake lever may crack under load" }, makers.a)
        expect(opened.data.recall).toMatchObject({ notified: 3 })
        const [ruNotice] = await waitFor("the notice in Russian", async () => ((await notices(email)).length ? notices(email) : undefined))
        expect(ruNotice.data).toMatchObject({ language: "ru", subject: expect.stringMatching(/^Отзыв продукции/), serials: ["SN-0400"] })
        // The other Turkish buyer, who ordered without a recorded language, is still written to in Turkish.
        const [trNotice] = await waitFor("the Turkish buyer's notice", async () => ((await notices(buyers.tr.email)).length ? notices(buyers.tr.email) : undefined))
        expect(trNotice.data).toMatchObject({ language: "tr" })
      })

      it("recalls a lot (opened by platform staff); a second open recall keeps the product off sale until both close", async () => {
        await recordAUnits()
        const lot = await api.post("/admin/recalls", { product_id: makers.a.productId, scope: "lot", lot: "L7", reason: "Lot L7 frames were not heat treated" }, admin)
        expect(lot.data.recall).toMatchObject({ affected_units: 1, notified: 1, opened_by_type: "user" })
        const whole = await api.post("/admin/recalls", { product_id: makers.a.productId, scope: "product", reason: "Every unit needs a new brake" }, admin)
        expect(whole.data.recall).toMatchObject({ affected_units: 4, notified: 3 })
        await api.post(`/admin/recalls/${lot.data.recall.id}/close`, {}, admin)
        expect(await onStore("trace-wheelchair")).toBe(0)
        await api.post(`/admin/recalls/${whole.data.recall.id}/close`, {}, admin)
        expect(await onStore("trace-wheelchair")).toBe(1)
      })

      it.each([
        ["a range with different prefixes", { scope: "serial_range", serial_from: "SN-0100", serial_to: "XX-0199" }, /must share their prefix/],
        ["a lot recall without the lot", { scope: "lot" }, /lot is required when scope is lot/],
        ["a reason too short to act on", { scope: "product", reason: "bad" }, /reason.*at least: '10'/],
        ["an unknown scope", { scope: "batch" }, /scope must be product, lot or serial_range/],
      ])("refuses %s with 400", async (_what, body, message) => {
        const res = await api
          .post("/vendor/recalls", { product_id: makers.a.productId, reason: "Brake lever may crack under load", ...body }, makers.a)
          .catch((e) => e.response)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        expect(await onStore("trace-wheelchair")).toBe(1)
      })

      it("will not let B recall A's product", async () => {
        const res = await api.post("/vendor/recalls", { product_id: makers.a.productId, scope: "product", reason: "Pretending to be A here" }, makers.b).catch((e) => e.response)
        expect(res.status).toBe(404)
        expect(await onStore("trace-wheelchair")).toBe(1)
      })
    })

    describe("buyer lookup", () => {
      const lookup = async (code: string) =>
        api.get(`/store/units/lookup?code=${encodeURIComponent(code)}`, { headers: await storeHeaders() }).catch((e) => e.response)

      it("confirms a shipped unit with its manufacturer, certificates and any recall, without saying who bought it", async () => {
        await recordAUnits()
        const res = await lookup("SN-0150")
        expect(res.status).toBe(200)
        expect(res.data.matches).toEqual([
          expect.objectContaining({ authentic: true, product: { title: "Folding steel wheelchair AX-1", handle: "trace-wheelchair" }, recalls: [], certificates: [] }),
        ])
        expect(res.data.matches[0].manufacturer.handle).toBe(makers.a.handle)
        expect(JSON.stringify(res.data)).not.toMatch(/example\.com|order_|country_code/)

        await api.post("/vendor/recalls", { product_id: makers.a.productId, scope: "serial_range", serial_from: "SN-0100", serial_to: "SN-0199", reason: "Brake lever may crack under load" }, makers.a)
        expect((await lookup("SN-0150")).data.matches[0].recalls).toEqual([expect.objectContaining({ status: "open", reason: "Brake lever may crack under load" })])
        expect((await lookup("SN-0200")).data.matches[0].recalls).toEqual([])
      })

      it("checks a scanned UDI against the record: a different lot is not the device shipped", async () => {
        await recordAUnits()
        expect((await lookup(`01${GTIN}17281231\u001d10L7\u001d21SN-0100`)).data.matches[0]).toMatchObject({ authentic: true, mismatched: [] })
        expect((await lookup(`(01)${GTIN}(17)281231(10)L8(21)SN-0100`)).data.matches[0]).toMatchObject({ authentic: false, mismatched: ["lot"] })
        const unknown = await lookup("SN-9999")
        expect([unknown.status, unknown.data.message]).toEqual([404, expect.stringMatching(/No device with this serial number or UDI/)])
        const bad = await lookup("(01)09506000134353(21)SN-0100")
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/code is not a valid UDI: \(01\) GTIN .* wrong check digit/)])
      })
    })

    describe("quality supervision", () => {
      const report = { bytes: Buffer.from("%PDF-1.4\n% lab report\n%%EOF\n"), type: "application/pdf", name: "lab-report.pdf" }
      const spotCheck = (fields: Record<string, string>, file = report) => {
        const form = new FormData()
        for (const [k, v] of Object.entries(fields)) form.append(k, v)
        form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
        return api.post("/admin/spot-checks", form, admin).catch((e) => e.response)
      }

      it("a failed spot check takes the product off sale, tells the manufacturer and shows in the credit record", async () => {
        const res = await spotCheck({ product_id: makers.a.productId, lab: "Zhejiang Institute of Medical Device Testing", sampled_at: "2026-11-20", result: "failed", findings: "Brake force below GB/T 13800" })
        expect([res.status, res.data.message]).toEqual([201, undefined])
        expect(res.data.spot_check).toMatchObject({ result: "failed", manufacturer_id: makers.a.id, report_url: expect.stringMatching(/lab-report\.pdf$/) })
        expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(makers.a.productId)).status).toBe("draft")
        const sent = async () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "trace-maker-a@example.cn", template: "spot-check-failed" })
        const [notice] = await waitFor("the notice to the manufacturer", async () => ((await sent()).length ? sent() : undefined))
        expect(notice.data).toMatchObject({ product_id: makers.a.productId, findings: "Brake force below GB/T 13800" })

        const { data } = await api.get("/vendor/credit-record", makers.a)
        expect(data.credit_record.facts).toEqual([
          expect.objectContaining({ kind: "spot_check", outcome: "bad", evidence: { type: "spot_check", id: res.data.spot_check.id, url: `/vendor/spot-checks/${res.data.spot_check.id}/report` } }),
        ])
        // The evidence is the manufacturer's own download route (it serves the report: checked below).
        expect(data.credit_record.summary).toMatchObject({ rating: "fair", score: 75 })
        expect(data.credit_record.complaints).toMatchObject({ by_status: { open: 0, answered: 0, closed: 0 }, due: 0, answered_in_time_share: null })
        const { data: forStaff } = await api.get(`/admin/manufacturers/${makers.a.id}/credit-record`, admin)
        expect([forStaff.credit_record.summary.score, forStaff.credit_record.facts[0].evidence.url]).toEqual([75, `/admin/spot-checks/${res.data.spot_check.id}/report`])
        // The lab's report: to staff and to A, never to B (for whom the check does not exist).
        const checkId = res.data.spot_check.id
        for (const [who, path] of [[admin, `/admin/spot-checks/${checkId}/report`], [makers.a, `/vendor/spot-checks/${checkId}/report`]] as const) {
          const file = await api.get(path, { ...who, responseType: "arraybuffer" })
          expect([file.headers["content-type"], file.headers["cache-control"], Buffer.from(file.data).toString()]).toEqual(["application/pdf", "private, no-store", report.bytes.toString()])
        }
        expect((await api.get(`/vendor/spot-checks/${checkId}/report`, makers.b).catch((e) => e.response)).status).toBe(404)
        expect((await api.get("/admin/spot-checks/spck_missing/report", admin).catch((e) => e.response)).status).toBe(404)
        // B's record holds none of A's facts; buyers see B's badge on B's product.
        expect((await api.get("/vendor/credit-record", makers.b)).data.credit_record.facts).toEqual([])
        const { data: profile } = await api.get(`/store/products/${makers.b.productId}/manufacturer`, { headers: await storeHeaders() })
        expect(profile.manufacturer.credit).toEqual({ rating: "new", score: null })
      })

      it("a passed check leaves the product on sale; a check without a report or with a bad result is refused", async () => {
        const passed = await spotCheck({ product_id: makers.b.productId, lab: "SGS Shanghai", sampled_at: "2026-11-21", result: "passed" })
        expect(passed.status).toBe(201)
        expect(await onStore("trace-rollator")).toBe(1)
        const { data: profile } = await api.get(`/store/products/${makers.b.productId}/manufacturer`, { headers: await storeHeaders() })
        expect(profile.manufacturer.credit).toEqual({ rating: "good", score: 100 })
        const text = { bytes: Buffer.from("notes"), type: "text/plain", name: "notes.txt" }
        const noReport = await spotCheck({ product_id: makers.b.productId, lab: "SGS Shanghai", sampled_at: "2026-11-21", result: "passed" }, text)
        expect([noReport.status, noReport.data.message]).toEqual([400, "file is required: the laboratory's report as PDF, PNG or JPEG"])
        const badResult = await spotCheck({ product_id: makers.b.productId, lab: "SGS Shanghai", sampled_at: "2026-11-21", result: "maybe" })
        expect([badResult.status, badResult.data.message]).toEqual([400, expect.stringMatching(/result must be passed or failed/)])
      })
    })

    describe("buyer complaints", () => {
      const bearer = async (credentials: { email: string; password: string }) =>
        ({ authorization: `Bearer ${(await api.post("/auth/customer/emailpass", credentials)).data.token}` })

      /** The demo buyer, logged in, orders A's wheelchair and B's rollator in one order; its lines and child orders. */
      const mixedOrder = async () => {
        const auth = await bearer(DEMO_LOGINS.buyer)
        const { order, headers } = await checkout(api, getContainer(), {
          countryCode: "kz",
          address: KZ_ADDRESS,
          email: DEMO_LOGINS.buyer.email,
          customerToken: auth.authorization.slice("Bearer ".length),
          lines: [{ variant_id: makers.a.variantId, quantity: 1 }, { variant_id: makers.b.variantId, quantity: 1 }],
        })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const children = await waitFor("the order to be split", async () => {
          const { data } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id", "child_orders.manufacturer_id"], filters: { buyer_order_id: order.id } })
          return data[0]?.child_orders?.length === 2 ? data[0].child_orders : undefined
        })
        const childOf = (maker: Maker) => children.find((c) => c!.manufacturer_id === maker.id)!.order_id
        const { data: childA } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: childOf(makers.a) } })
        const lineOf = (maker: Maker) => order.items.find((i: { variant_id: string }) => i.variant_id === maker.variantId).id
        return {
          orderId: order.id as string,
          buyer: { headers: { ...headers, ...auth } },
          lines: { a: lineOf(makers.a), b: lineOf(makers.b) },
          children: { a: childOf(makers.a), b: childOf(makers.b) },
          childLineA: childA[0].items![0]!.id,
        }
      }
      const complain = (body: object, who: { headers: object }) => api.post("/store/complaints", body, who).catch((e) => e.response)

      it("a buyer complains about their order; the manufacturer answers, staff close it, and the answer counts in the credit record", async () => {
        const o = await mixedOrder()
        const unnamed = await complain({ order_id: o.orderId, category: "defect", description: "The brake does not hold on a slope" }, o.buyer)
        expect([unnamed.status, unnamed.data.message]).toEqual([400, expect.stringMatching(/several manufacturers: name the item \(line_item_id\)/)])

        const aboutB = await complain({ order_id: o.orderId, line_item_id: o.lines.b, category: "wrong_item", description: "A blue rollator came, I ordered grey" }, o.buyer)
        expect([aboutB.status, aboutB.data.message]).toEqual([201, undefined])
        expect(aboutB.data.complaint).toMatchObject({ status: "open", category: "wrong_item", buyer_order_id: o.orderId, line_item_id: o.lines.b })
        // A traced unit's serial finds its manufacturer by itself.
        expect((await recordUnits(o.children.a, [{ line_item_id: o.childLineA, serial: "SN-0300" }])).status).toBe(201)
        const aboutA = await complain({ order_id: o.orderId, serial: "SN-0300", category: "safety_incident", description: "The frame cracked while in use" }, o.buyer)
        expect([aboutA.status, aboutA.data.complaint?.serial]).toEqual([201, "SN-0300"])

        const { data: mine } = await api.get(`/store/complaints?order_id=${o.orderId}`, o.buyer)
        expect(mine.complaints.map((c: { id: string }) => c.id).sort()).toEqual([aboutA.data.complaint.id, aboutB.data.complaint.id].sort())

        // Each manufacturer sees only the complaint about its own goods, without the buyer's identity.
        const { data: ofA } = await api.get("/vendor/complaints", makers.a)
        expect(ofA.complaints).toEqual([expect.objectContaining({ id: aboutA.data.complaint.id, order_id: o.children.a, product: { id: makers.a.productId, title: "Folding steel wheelchair AX-1" } })])
        expect(JSON.stringify(ofA)).not.toMatch(/cus_|marketplace\.example\.com/)
        expect([ofA.count, ofA.limit, ofA.offset]).toEqual([1, 20, 0])
        expect((await api.get("/vendor/complaints?limit=1&offset=1", makers.a)).data).toMatchObject({ complaints: [], count: 1 })
        expect((await api.get("/vendor/complaints?limit=many", makers.a).catch((e) => e.response)).status).toBe(400)
        expect((await api.get(`/vendor/complaints/${aboutA.data.complaint.id}`, makers.b).catch((e) => e.response)).status).toBe(404)
        const foreignAnswer = await api.post(`/vendor/complaints/${aboutA.data.complaint.id}/answer`, { answer: "Not ours to answer, but we try" }, makers.b).catch((e) => e.response)
        expect(foreignAnswer.status).toBe(404)

        const answered = await api.post(`/vendor/complaints/${aboutA.data.complaint.id}/answer`, { answer: "We are sending a new frame by EMS this week" }, makers.a)
        expect(answered.data.complaint).toMatchObject({ status: "answered", answer: "We are sending a new frame by EMS this week", answered_at: expect.any(String) })
        const twice = await api.post(`/vendor/complaints/${aboutA.data.complaint.id}/answer`, { answer: "A second answer to the same" }, makers.a).catch((e) => e.response)
        expect([twice.status, twice.data.message]).toEqual([400, expect.stringMatching(/already answered/)])
        const short = await api.post(`/vendor/complaints/${aboutB.data.complaint.id}/answer`, { answer: "ok" }, makers.b).catch((e) => e.response)
        expect([short.status, short.data.message]).toEqual([400, expect.stringMatching(/answer must tell the buyer what you will do/)])
        expect((await api.get(`/store/complaints?order_id=${o.orderId}`, o.buyer)).data.complaints.find((c: { id: string }) => c.id === aboutA.data.complaint.id).answer).toBe("We are sending a new frame by EMS this week")

        const { data: creditA } = await api.get("/vendor/credit-record", makers.a)
        expect(creditA.credit_record.facts).toEqual([expect.objectContaining({ kind: "complaint", outcome: "good", evidence: { type: "complaint", id: aboutA.data.complaint.id } })])
        expect(creditA.credit_record.complaints).toEqual({ by_status: { open: 0, answered: 1, closed: 0 }, answer_within_days: 7, due: 1, answered_in_time: 1, answered_in_time_share: 1 })

        // B leaves its complaint unanswered past the deadline: a bad fact, seen by staff too.
        await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update complaint set created_at = now() - interval '8 days' where id = ?`, [aboutB.data.complaint.id])
        const { data: staffB } = await api.get(`/admin/manufacturers/${makers.b.id}/credit-record`, admin)
        expect(staffB.credit_record.facts).toEqual([expect.objectContaining({ kind: "complaint", outcome: "bad", summary: "Complaint (wrong_item) not answered within 7 days" })])
        expect(staffB.credit_record.complaints).toMatchObject({ by_status: { open: 1, answered: 0, closed: 0 }, answered_in_time_share: 0 })
        expect(staffB.credit_record.summary.score).toBe(95)

        // Staff list and close.
        const { data: listed } = await api.get(`/admin/complaints?status=open`, admin)
        expect(listed.complaints).toEqual([expect.objectContaining({ id: aboutB.data.complaint.id, manufacturer_id: makers.b.id, buyer_order_id: o.orderId, customer_id: expect.stringMatching(/^cus_/) })])
        const closed = await api.post(`/admin/complaints/${aboutB.data.complaint.id}/close`, { resolution: "Refunded by the platform" }, admin)
        expect(closed.data.complaint).toMatchObject({ status: "closed", resolution: "Refunded by the platform", closed_at: expect.any(String) })
        const again = await api.post(`/admin/complaints/${aboutB.data.complaint.id}/close`, {}, admin).catch((e) => e.response)
        expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/already closed/)])
        expect((await api.post("/admin/complaints/cmpl_missing/close", {}, admin).catch((e) => e.response)).status).toBe(404)
      })

      it("lets a buyer complain only about their own orders, and says what to correct", async () => {
        const o = await mixedOrder()
        // A guest's order (no account) and another buyer's order look like none.
        const guest = await complain({ order_id: buyers.kz.buyerOrderId, category: "defect", description: "The brake does not hold on a slope" }, o.buyer)
        expect([guest.status, guest.data.message]).toEqual([404, `Order ${buyers.kz.buyerOrderId} was not found`])
        const other = { email: "complaining-stranger@example.kz", password: "another-buyer-2026" }
        const { data: reg } = await api.post("/auth/customer/emailpass/register", other)
        const keyHeaders = await storeHeaders()
        await api.post("/store/customers", { email: other.email, first_name: "Other", last_name: "Buyer" }, { headers: { ...keyHeaders, authorization: `Bearer ${reg.token}` } })
        const stranger = { headers: { ...keyHeaders, ...(await bearer(other)) } }
        const foreign = await complain({ order_id: o.orderId, line_item_id: o.lines.a, category: "defect", description: "The brake does not hold on a slope" }, stranger)
        expect(foreign.status).toBe(404)
        expect((await api.get(`/store/complaints?order_id=${o.orderId}`, stranger)).data.complaints).toEqual([])

        const cases: [object, RegExp][] = [
          [{ category: "broken", line_item_id: o.lines.a }, /category must be one of defect, wrong_item, late_delivery, safety_incident, other/],
          [{ category: "defect", line_item_id: o.lines.a, description: "bad" }, /description must say what went wrong/],
          [{ category: "defect", serial: "SN-NOPE" }, /serial SN-NOPE is not a device of this order/],
          [{ category: "defect", line_item_id: "ordli_elsewhere" }, /line_item_id ordli_elsewhere is not a line of order/],
          [{ category: "defect", line_item_id: o.lines.a, email: "x@example.com" }, /email/],
        ]
        for (const [body, message] of cases) {
          const res = await complain({ order_id: o.orderId, description: "The brake does not hold on a slope", ...body }, o.buyer)
          expect([JSON.stringify(body), res.status, res.data.message]).toEqual([JSON.stringify(body), 400, expect.stringMatching(message)])
        }
        expect((await api.get("/vendor/complaints", makers.a)).data.complaints).toEqual([])
      })
    })

    describe("industry statistics", () => {
      const period = () => ({ from: new Date(Date.now() - DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() })

      it("reports export totals equal to the sum of the child orders, by destination and mode", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const childIds = Object.values(buyers).map((b) => b.childOrderId)
        const { data: children } = await query.graph({ entity: "order", fields: ["id", "currency_code", "total", "shipping_address.country_code", "items.*"], filters: { id: childIds } })
        const expected = new Map<string, { orders: number; value_minor: number }>()
        for (const c of children) {
          const t = expected.get(c.currency_code) ?? { orders: 0, value_minor: 0 }
          t.orders += 1
          t.value_minor += toMinor(Number(c.total), c.currency_code)
          expected.set(c.currency_code, t)
        }
        // One buyer asked A for a fitting in the period.
        await getContainer().resolve<FittingModuleService>(FITTING_MODULE).createFittingRequests({
          manufacturer_id: makers.a.id, product_id: makers.a.productId, email: "buyer@example.kz", locale: "ru", country_code: "kz",
          measurement: "hip_width", measured_cm: 44,
        })
        const { from, to } = period()
        const { data } = await api.get(`/admin/statistics?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, admin)
        const stats = data.statistics
        expect(stats.export_totals).toEqual([...expected].map(([currency_code, t]) => ({ currency_code, ...t })).sort((a, b) => a.currency_code.localeCompare(b.currency_code)))
        // Kazakhstan: two orders (A's and B's) in tenge; the buyer's own order is never counted twice.
        expect(stats.exports.filter((e: { country_code: string }) => e.country_code === "kz").reduce((s: number, e: { orders: number }) => s + e.orders, 0)).toBe(2)
        expect(stats.exports.map((e: { mode: string }) => e.mode)).not.toContain(undefined)
        const quantity = (iso: string) => stats.products_by_iso_class.find((r: { iso_class: string }) => r.iso_class === iso)?.quantity
        expect([quantity("12 22"), quantity("12 06")]).toEqual([4, 1])
        expect(stats.fitting_requests).toBe(1)
        expect(stats.manufacturers).toEqual(expect.arrayContaining([expect.objectContaining({ status: "approved" })]))

        // A period before the orders holds none of them.
        const before = await api.get(`/admin/statistics?from=2020-01-01&to=2020-03-01`, admin)
        expect([before.data.statistics.export_totals, before.data.statistics.fitting_requests]).toEqual([[], 0])
        const backwards = await api.get(`/admin/statistics?from=2020-03-01&to=2020-01-01`, admin).catch((e) => e.response)
        expect([backwards.status, backwards.data.message]).toEqual([400, expect.stringMatching(/to must be after from/)])

        // The on-demand report holds the same figures, as PDF and CSV for download.
        const made = await api.post("/admin/industry-reports", { from, to }, admin)
        expect(made.status).toBe(201)
        expect(made.data.industry_report.figures.export_totals).toEqual(stats.export_totals)
        const csv = await api.get(`/admin/industry-reports/${made.data.industry_report.id}/csv`, admin)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        for (const t of stats.export_totals) {
          expect(csv.data).toContain(`,${t.currency_code.toUpperCase()},${t.orders},`)
        }
        const pdf = await api.get(`/admin/industry-reports/${made.data.industry_report.id}/pdf`, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
        expect((await api.get(`/admin/industry-reports/${made.data.industry_report.id}/xls`, admin).catch((e) => e.response)).status).toBe(404)
      })

      it("the scheduled job makes the bi-monthly report once per period", async () => {
        await bimonthlyIndustryReport(getContainer())
        await bimonthlyIndustryReport(getContainer())
        const reports = await getContainer().resolve<SupervisionModuleService>(SUPERVISION_MODULE).listIndustryReports({ kind: "scheduled" })
        expect(reports).toHaveLength(1)
        expect(reports[0].period_from.getUTCDate()).toBe(24) // the 25th at 00:00 Beijing
        const { data } = await api.get("/admin/industry-reports", admin)
        expect(data.industry_reports.map((r: { id: string }) => r.id)).toEqual([reports[0].id])
      })
    })

    describe("authorization", () => {
      const ADMIN_ROUTES: [string, string][] = [
        ["GET", "/admin/units"],
        ["GET", "/admin/recalls"],
        ["POST", "/admin/recalls"],
        ["GET", "/admin/recalls/rcl_x"],
        ["POST", "/admin/recalls/rcl_x/close"],
        ["GET", "/admin/spot-checks"],
        ["POST", "/admin/spot-checks"],
        ["GET", "/admin/spot-checks/spck_x/report"],
        ["GET", "/admin/manufacturers/x/credit-record"],
        ["GET", "/admin/statistics?from=2026-01-01&to=2026-03-01"],
        ["GET", "/admin/industry-reports"],
        ["POST", "/admin/industry-reports"],
        ["GET", "/admin/industry-reports/irpt_x/pdf"],
        ["GET", "/admin/complaints"],
        ["POST", "/admin/complaints/cmpl_x/close"],
      ]

      it("answers 401 to platform routes without a staff login, a manufacturer's or a buyer's", async () => {
        const { data: buyer } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
        for (const [method, path] of ADMIN_ROUTES) {
          for (const headers of [{}, makers.a.headers, { authorization: `Bearer ${buyer.token}` }]) {
            const res = await (method === "GET" ? api.get(path, { headers }) : api.post(path, {}, { headers })).catch((e) => e.response)
            expect([method, path, res.status]).toEqual([method, path, 401])
          }
        }
      })

      it("answers 401 to a buyer's complaint routes without a buyer's login", async () => {
        const headers = await storeHeaders()
        for (const auth of [{}, makers.a.headers, admin.headers]) {
          for (const res of [
            await api.get("/store/complaints", { headers: { ...headers, ...auth } }).catch((e) => e.response),
            await api.post("/store/complaints", { order_id: buyers.kz.buyerOrderId, category: "defect", description: "Someone else's order" }, { headers: { ...headers, ...auth } }).catch((e) => e.response),
          ]) {
            expect(res.status).toBe(401)
          }
        }
      })

      it("needs the storefront's key for lookups and notices", async () => {
        expect((await api.get("/store/units/lookup?code=SN-0100").catch((e) => e.response)).status).toBe(400)
      })
    })
  },
})
