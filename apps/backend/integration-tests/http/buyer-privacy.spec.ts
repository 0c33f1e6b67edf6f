import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS, DEMO_PARK } from "../../src/scripts/demo-data/seed-demo-data"
import { LOGISTICS_MODULE } from "../../src/modules/logistics"
import type LogisticsModuleService from "../../src/modules/logistics/service"
import { cartAtPayment, checkout, KZ_ADDRESS, routeFiles, demoStorefront, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(600_000)

type Res = { status: number; data: any }
type Headers = Record<string, string>

/** The /store trees whose routes name a buyer's order or cart (in the path, the query or the body). */
const BUYER_TREES = ["store/orders", "store/carts", "store/payment-collections", "store/returns", "store/shipping-options"]

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: Headers
    let regionId: string
    const as = (extra: Headers = {}) => ({ headers: { ...key, ...extra } })
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    const login = async (actor: string, credentials: { email: string; password: string }) =>
      bearer((await api.post(`/auth/${actor}/emailpass`, credentials)).data.token)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    // The demo buyer's order (signed in), its child order (the demo manufacturer's), a guest's order with its
    // secret, and the demo buyer's open cart with a line and a payment collection.
    const o = {} as {
      buyer: Headers; stranger: Headers; maker: Headers; operator: Headers
      order: string; child: string; guestOrder: string; guestToken: string
      cart: string; line: string; paymentCollection: string; guestCart: string
    }

    const childOf = (orderId: string) =>
      waitFor("the order's split", async () => {
        const { data } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: orderId } })
        return data[0]?.child_orders?.[0]?.order_id
      })

    beforeAll(async () => {
      const container = getContainer()
      const seeded = await demoStorefront(container)
      key = seeded.headers
      regionId = seeded.kz.id
      o.buyer = await login("customer", DEMO_LOGINS.buyer)
      const stranger = { email: "stranger@example.kz", password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", stranger)
      await api.post("/store/customers", { email: stranger.email }, as(bearer(reg.token)))
      o.stranger = await login("customer", stranger)
      o.maker = await login("manufacturer", DEMO_LOGINS.manufacturer)
      o.operator = await login("operator", DEMO_LOGINS.operator)

      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, as())
      const lines = [{ variant_id: list.products[0].variants[0].id as string, quantity: 1 }]
      const buyerToken = o.buyer.authorization.slice("Bearer ".length)
      o.order = (await checkout(api, container, { customerToken: buyerToken, lines })).order.id
      o.child = await childOf(o.order)

      const guest = await cartAtPayment(api, container, { email: "guest@example.kz", lines })
      const { data: placed } = await api.post(`/store/carts/${guest.cartId}/complete`, {}, as())
      o.guestOrder = placed.order.id
      o.guestToken = placed.order_token
      await childOf(o.guestOrder)

      o.cart = (await cartAtPayment(api, container, { customerToken: buyerToken, lines })).cartId
      const { data: carts } = await query().graph({ entity: "cart", fields: ["items.id", "payment_collection.id"], filters: { id: o.cart } })
      o.line = carts[0].items![0]!.id
      o.paymentCollection = carts[0].payment_collection!.id
      o.guestCart = (await cartAtPayment(api, container, { email: "guest@example.kz", lines })).cartId
    })

    const send = (method: string, url: string, body: object | undefined, headers: Headers): Promise<Res> => {
      const config = { headers: { ...key, ...headers } }
      const req =
        method === "GET" ? api.get(url, config) : method === "DELETE" ? api.delete(url, { ...config, data: body }) : api.post(url, body ?? {}, config)
      return req.catch((e) => e.response)
    }

    describe("the buyer's order", () => {
      it("answers its signed-in owner, and a guest only with the order's own secret from the confirmation", async () => {
        const own = await send("GET", `/store/orders/${o.order}`, undefined, o.buyer)
        expect([own.status, own.data.order?.id]).toEqual([200, o.order])
        const guest = await send("GET", `/store/orders/${o.guestOrder}?fields=id,email,*shipping_address`, undefined, { "x-order-token": o.guestToken })
        expect([guest.status, guest.data.order?.email]).toEqual([200, "guest@example.kz"])
        const shipments = await send("GET", `/store/orders/${o.guestOrder}/shipments`, undefined, { "x-order-token": o.guestToken })
        expect([shipments.status, shipments.data.shipments?.length]).toEqual([200, 1])
        // Without the secret, with another order's, or with a mangled one: no such order.
        for (const [orderId, headers] of [
          [o.guestOrder, {}],
          [o.order, { "x-order-token": o.guestToken }],
          [o.guestOrder, { "x-order-token": `${o.guestToken}x` }],
          [o.guestOrder, { "x-order-token": "" }],
        ] as [string, Headers][]) {
          expect([orderId, headers, (await send("GET", `/store/orders/${orderId}`, undefined, headers)).status]).toEqual([orderId, headers, 404])
        }
      })

      it("hands the order's secret out again to whoever completes the cart again, and to nobody else", async () => {
        // A repeated completion (the payment provider's return route reloaded) answers the same order and secret.
        const { data: carts } = await query().graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: o.guestOrder } })
        const again = await send("POST", `/store/carts/${carts[0].cart_id}/complete`, {}, {})
        expect([again.data.order?.id, again.data.order_token]).toEqual([o.guestOrder, o.guestToken])
        const { data: own } = await query().graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: o.order } })
        expect((await send("POST", `/store/carts/${own[0].cart_id}/complete`, {}, o.stranger)).status).toBe(404)
      })

      it("never serves a child order on /store, not even to the buyer or with the buyer order's secret", async () => {
        const { data: guestChild } = await query().graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: o.guestOrder } })
        const childOfGuest = guestChild[0].child_orders![0]!.order_id
        for (const [orderId, headers] of [
          [o.child, o.buyer],
          [o.child, o.maker],
          [o.child, {}],
          [childOfGuest, { "x-order-token": o.guestToken }],
        ] as [string, Headers][]) {
          const res = await send("GET", `/store/orders/${orderId}?fields=+metadata,*shipping_address,email`, undefined, headers)
          expect([orderId, res.status]).toEqual([orderId, 404])
        }
      })
    })

    describe("authorization matrix over every /store route that names an order or a cart (Medusa's and ours)", () => {
      // How each route is called for a target: the buyer's order (or a child order), the buyer's cart.
      type Target = { order: string; cart: string }
      const orderCase = (method: string, tail = "", body?: object) => ({ method, url: (t: Target) => `/store/orders/${t.order}${tail}`, body: () => body })
      const cartCase = (method: string, tail = "", body?: () => object) => ({ method, url: (t: Target) => `/store/carts/${t.cart}${tail}`, body })
      const cases: Record<string, { method: string; url: (t: Target) => string; body?: (t: Target) => object | undefined; noId?: (res: Res) => void }> = {
        "GET /store/orders/:id": orderCase("GET"),
        "GET /store/orders/:id/shipments": orderCase("GET", "/shipments"),
        "GET /store/orders/:id/service-jobs": orderCase("GET", "/service-jobs"),
        "POST /store/orders/:id/service-jobs": orderCase("POST", "/service-jobs", { partner_id: "spart_any", service: "fitting", locale: "ru", proposed_times: ["2099-01-01T10:00:00Z"] }),
        "POST /store/orders/:id/service-jobs/:job_id/cancel": orderCase("POST", "/service-jobs/svjob_any/cancel", { reason: "Not mine to cancel" }),
        "POST /store/orders/:id/transfer/request": orderCase("POST", "/transfer/request", { description: "mine now" }),
        "POST /store/orders/:id/transfer/cancel": orderCase("POST", "/transfer/cancel", {}),
        "POST /store/orders/:id/transfer/accept": orderCase("POST", "/transfer/accept", { token: "a-transfer-token" }),
        "POST /store/orders/:id/transfer/decline": orderCase("POST", "/transfer/decline", { token: "a-transfer-token" }),
        // Lists only the caller's own (a login is needed to list at all).
        "GET /store/orders": {
          method: "GET",
          url: () => "/store/orders?fields=id",
          noId: (res) => expect(res.status === 401 || !res.data.orders.some((x: { id: string }) => x.id === o.order)).toBe(true),
        },
        "POST /store/returns": {
          method: "POST",
          url: () => "/store/returns",
          body: (t) => ({ order_id: t.order, items: [{ id: "ordli_any", quantity: 1 }], return_shipping: { option_id: "so_any" } }),
        },
        "GET /store/carts/:id": cartCase("GET"),
        "POST /store/carts/:id": cartCase("POST", "", () => ({ email: "taken@example.kz" })),
        "POST /store/carts/:id/complete": cartCase("POST", "/complete"),
        "POST /store/carts/:id/customer": cartCase("POST", "/customer"),
        "POST /store/carts/:id/line-items": cartCase("POST", "/line-items", () => ({ variant_id: "variant_any", quantity: 1 })),
        "POST /store/carts/:id/line-items/:line_id": { method: "POST", url: (t) => `/store/carts/${t.cart}/line-items/${o.line}`, body: () => ({ quantity: 5 }) },
        "DELETE /store/carts/:id/line-items/:line_id": { method: "DELETE", url: (t) => `/store/carts/${t.cart}/line-items/${o.line}` },
        "POST /store/carts/:id/promotions": cartCase("POST", "/promotions", () => ({ promo_codes: ["WELCOME10"] })),
        "DELETE /store/carts/:id/promotions": cartCase("DELETE", "/promotions", () => ({ promo_codes: ["WELCOME10"] })),
        "POST /store/carts/:id/shipping-methods": cartCase("POST", "/shipping-methods", () => ({ option_id: "so_any" })),
        "POST /store/carts/:id/taxes": cartCase("POST", "/taxes"),
        "GET /store/carts/:id/delivery-terms": cartCase("GET", "/delivery-terms"),
        "POST /store/carts/:id/delivery-terms": cartCase("POST", "/delivery-terms", () => ({ terms: "DAP" })),
        "POST /store/carts/:id/organisation": cartCase("POST", "/organisation"),
        "DELETE /store/carts/:id/organisation": cartCase("DELETE", "/organisation"),
        "POST /store/carts/:id/funding": cartCase("POST", "/funding", () => ({ code: "FUND-NONE" })),
        "DELETE /store/carts/:id/funding": cartCase("DELETE", "/funding"),
        // Makes the caller's own cart, never one of somebody else's.
        "POST /store/carts": {
          method: "POST",
          url: () => "/store/carts",
          body: () => ({ region_id: regionId }),
          noId: (res) => expect([res.status, res.data.cart?.id === o.cart]).toEqual([200, false]),
        },
        "POST /store/payment-collections": { method: "POST", url: () => "/store/payment-collections", body: (t) => ({ cart_id: t.cart }) },
        "POST /store/payment-collections/:id/payment-sessions": {
          method: "POST",
          url: () => `/store/payment-collections/${o.paymentCollection}/payment-sessions`,
          body: () => ({ provider_id: "pp_system_default" }),
        },
        "GET /store/shipping-options": { method: "GET", url: (t) => `/store/shipping-options?cart_id=${t.cart}` },
        "POST /store/shipping-options/:id/calculate": { method: "POST", url: () => "/store/shipping-options/so_any/calculate", body: (t) => ({ cart_id: t.cart }) },
      }

      it("covers every route file, Medusa's and ours", () => {
        const routes = [...new Set(BUYER_TREES.flatMap((tree) => [...routeFiles(tree, "medusa"), ...routeFiles(tree)]))].sort()
        expect(Object.keys(cases).sort()).toEqual(routes)
      })

      const call = (name: string, target: Target, headers: Headers) => {
        const c = cases[name]
        return send(c.method, c.url(target), c.body?.(target), headers)
      }

      it("answers 404 to another customer, a guest without the order's secret and a manufacturer's or operator's token", async () => {
        const intruders: Record<string, Headers> = { "another customer": o.stranger, "a guest": {}, "a manufacturer": o.maker, "an operator": o.operator }
        for (const name of Object.keys(cases)) {
          for (const [who, headers] of Object.entries(intruders)) {
            const res = await call(name, { order: o.order, cart: o.cart }, headers)
            if (cases[name].noId) cases[name].noId!(res)
            else expect([name, who, res.status]).toEqual([name, who, 404])
          }
        }
        // Nobody else's email, quantity or deletion took.
        const { data: own } = await api.get(`/store/carts/${o.cart}?fields=email,*items`, as(o.buyer))
        expect([own.cart.email, own.cart.items.map((i: { quantity: number }) => i.quantity)]).toEqual(["buyer@example.kz", [1]])
      })

      it("answers 404 for a child order on every order route, to its buyer and its manufacturer alike", async () => {
        for (const name of Object.keys(cases).filter((n) => n.includes("/store/orders/:id") || n === "POST /store/returns")) {
          for (const [who, headers] of Object.entries({ "its buyer": o.buyer, "its manufacturer": o.maker })) {
            const res = await call(name, { order: o.child, cart: o.cart }, headers)
            expect([name, who, res.status]).toEqual([name, who, 404])
          }
        }
      })

      it("lets the buyer reach their own cart, and a guest's cart be reached by its id", async () => {
        expect((await send("GET", `/store/carts/${o.cart}`, undefined, o.buyer)).status).toBe(200)
        expect((await send("GET", `/store/shipping-options?cart_id=${o.cart}`, undefined, o.buyer)).status).toBe(200)
        expect((await send("GET", `/store/carts/${o.guestCart}`, undefined, {})).status).toBe(200)
      })

      it("refuses a guest the email of a registered customer (the cart would become theirs and the guest lose it), not its owner", async () => {
        for (const [method, url] of [["POST", "/store/carts"], ["POST", `/store/carts/${o.guestCart}`]]) {
          const refused = await send(method, url, { region_id: regionId, email: DEMO_LOGINS.buyer.email.toUpperCase() }, {})
          expect([url, refused.status, refused.data.code]).toEqual([url, 400, "email_has_account"])
          expect(refused.data.message).toMatch(/An account uses .*: log in to check out with it, or give another email/)
        }
        // The guest keeps their cart, with the email they had given.
        const kept = await send("GET", `/store/carts/${o.guestCart}`, undefined, {})
        expect([kept.status, kept.data.cart.email]).toEqual([200, "guest@example.kz"])
        expect((await send("POST", `/store/carts/${o.guestCart}`, { email: "another-guest@example.kz" }, {})).status).toBe(200)
        // Another customer may not take the buyer's email either; the buyer may give their own.
        expect((await send("POST", "/store/carts", { region_id: regionId, email: DEMO_LOGINS.buyer.email }, o.stranger)).status).toBe(400)
        expect((await send("POST", `/store/carts/${o.cart}`, { email: DEMO_LOGINS.buyer.email }, o.buyer)).status).toBe(200)
      })
    })

    describe("what manufacturers and the park are given", () => {
      it("a child order keeps where the parcel goes, never the buyer's email, phone or billing address", async () => {
        const { data } = await query().graph({ entity: "order", fields: ["email", "shipping_address.*", "billing_address.*"], filters: { id: o.child } })
        const { email, shipping_address, billing_address } = data[0] as Record<string, any>
        expect([email ?? null, billing_address ?? null, shipping_address.phone ?? null]).toEqual([null, null, null])
        const { phone: _phone, ...shipTo } = KZ_ADDRESS
        expect(shipping_address).toMatchObject(shipTo)
        // The manufacturer's own route shows what the label needs.
        const { data: mine } = await api.get(`/vendor/orders/${o.child}`, { headers: o.maker })
        expect(mine.order.shipping_address).toEqual({ first_name: KZ_ADDRESS.first_name, last_name: KZ_ADDRESS.last_name, city: KZ_ADDRESS.city, country_code: "kz" })
        expect(JSON.stringify(mine)).not.toContain(o.order)
      })

      it("no unit or consignment tells a manufacturer or an operator the buyer's order", async () => {
        const { data: [child] } = await query().graph({ entity: "order", fields: ["items.id"], filters: { id: o.child } })
        const recorded = await api.post(`/vendor/orders/${o.child}/units`, { units: [{ line_item_id: child.items![0]!.id, serial: "SN-PRIV-1" }] }, { headers: o.maker })
        const { data: units } = await api.get(`/vendor/units?order_id=${o.child}`, { headers: o.maker })
        expect(units.units).toHaveLength(1)
        const logistics = getContainer().resolve<LogisticsModuleService>(LOGISTICS_MODULE)
        const [park] = await logistics.listParks({ code: DEMO_PARK.code })
        const consignment = await logistics.createConsignments({
          park_id: park.id, order_id: o.child, buyer_order_id: o.order, manufacturer_id: recorded.data.units[0].manufacturer_id,
          declaration_id: "decl_privacy", barcode: "JXP-PRIV0001", destination_country: "KZ", expected_packages: 1,
        })
        const { data: atPark } = await api.get(`/operator/consignments/${consignment.id}`, { headers: o.operator })
        expect(atPark.consignment.consignee).toEqual({ name: `${KZ_ADDRESS.first_name} ${KZ_ADDRESS.last_name}`, city: KZ_ADDRESS.city, postal_code: KZ_ADDRESS.postal_code, country_code: "kz" })
        for (const answer of [recorded.data, units, atPark]) {
          expect(JSON.stringify(answer)).not.toContain(o.order)
          expect(JSON.stringify(answer)).not.toContain(KZ_ADDRESS.phone)
        }
      })
    })
  },
})
