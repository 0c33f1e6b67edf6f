import { toMinor } from "@aem/trade-kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { KZ_ADDRESS, signUpManufacturer, storefrontContext, uscc, waitFor, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

const EG_ADDRESS = { first_name: "Mona", last_name: "Hassan", address_1: "10 Tahrir Street", city: "Cairo", postal_code: "11511", country_code: "eg", phone: "+20 2 0000 0000" }
// The trade kit's table rates (EUR→USD 1.16, USD→KZT 510): the EAEU €200 parcel allowance is 118,320 KZT.
const ALLOWANCE_KZT = 118_320

type Line = { id: string; unit_price: number; quantity: number; metadata?: Record<string, unknown> | null }

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const variants: Record<"a" | "b", string> = { a: "", b: "" }
    let buyer: { authorization: string }

    beforeAll(async () => {
      const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const admin = { headers: { authorization: `Bearer ${adminLogin.token}` } }
      // Two manufacturers' wheelchairs (89,000 KZT, 19 kg gross), also priced in Egypt.
      const stems = { a: "DT2KPA12", b: "DT2KPB34" }
      for (const key of ["a", "b"] as const) {
        const maker = await signUpManufacturer(api, `terms-maker-${key}`, uscc("330400", stems[key]))
        await api.post(`/admin/manufacturers/${maker.created.data.manufacturer.id}/status`, { status: "approved" }, admin)
        const product = wheelchair(`terms-wheelchair-${key}`)
        product.variants[0].prices.push({ currency_code: "egp", amount: 8100 })
        const { data } = await api.post("/vendor/products", product, maker)
        variants[key] = data.product.variants[0].id
        await api.post(`/vendor/products/${data.product.id}/stock`, { levels: [{ variant_id: variants[key], stocked_quantity: 50 }] }, maker)
      }
      buyer = { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)).data.token}` }
    })

    /** A buyer's cart up to the shipping method, as the storefront builds it. */
    const cartWith = async (lines: { variant_id: string; quantity: number }[], { countryCode = "kz", address = KZ_ADDRESS, auth = buyer as object } = {}) => {
      const { headers: keyHeaders, region } = await storefrontContext(getContainer(), countryCode)
      const headers = { ...keyHeaders, ...auth }
      const { data } = await api.post("/store/carts", { region_id: region.id, email: "buyer@example.kz", shipping_address: address, billing_address: address }, { headers })
      const cartId = data.cart.id as string
      for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, { headers })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      if (options.shipping_options.length) {
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
      }
      return { cartId, headers }
    }
    const cart = async (cartId: string, headers: object) =>
      (await api.get(`/store/carts/${cartId}?fields=id,total,item_total,shipping_total,*items,*items.metadata`, { headers })).data.cart as {
        total: number; item_total: number; shipping_total: number; items: Line[]
      }
    const dutiesLines = (c: { items: Line[] }) => c.items.filter((i) => i.metadata?.duties_and_taxes === true)
    const setTerms = (cartId: string, body: unknown, headers: object) => api.post(`/store/carts/${cartId}/delivery-terms`, body, { headers }).catch((e) => e.response)

    it("DDP adds one line of exactly the trade kit's figure for the cart's own lines; DAP adds nothing", async () => {
      // Two wheelchairs from one manufacturer: 178,000 KZT and 38 kg in one parcel, over the EAEU allowance.
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 2 }])
      const before = await cart(cartId, headers)
      // 15% of the value (goods + shipping) above €200; the €2/kg above 31 kg (7 kg: 8,282.40 KZT) is less.
      const expected = toMinor(((178_000 + before.shipping_total - ALLOWANCE_KZT) * 15) / 100, "kzt")

      const { data: offer } = await api.get(`/store/carts/${cartId}/delivery-terms`, { headers })
      expect(offer.delivery_terms.chosen).toBeNull()
      expect(toMinor(offer.delivery_terms.dap.charges_on_delivery, "kzt")).toBe(expected)
      expect(offer.delivery_terms.dap.charges_at_checkout).toBe("0.00")
      expect(toMinor(offer.delivery_terms.ddp.charges_at_checkout, "kzt")).toBe(expected)

      const dap = await setTerms(cartId, { terms: "DAP" }, headers)
      expect(dap.status).toBe(200)
      expect(dap.data.delivery_terms).toMatchObject({ terms: "DAP", charges_at_checkout: "0.00" })
      const afterDap = await cart(cartId, headers)
      expect([afterDap.total, dutiesLines(afterDap)]).toEqual([before.total, []])

      const ddp = await setTerms(cartId, { terms: "DDP" }, headers)
      expect(ddp.status).toBe(200)
      const afterDdp = await cart(cartId, headers)
      expect(dutiesLines(afterDdp)).toEqual([expect.objectContaining({ quantity: 1 })])
      expect(toMinor(dutiesLines(afterDdp)[0].unit_price, "kzt")).toBe(expected)
      expect(toMinor(afterDdp.total, "kzt") - toMinor(before.total, "kzt")).toBe(expected)

      // Choosing again changes nothing; going back to DAP removes the line.
      await setTerms(cartId, { terms: "DDP" }, headers)
      expect(dutiesLines(await cart(cartId, headers))).toHaveLength(1)
      await setTerms(cartId, { terms: "DAP" }, headers)
      expect(toMinor((await cart(cartId, headers)).total, "kzt")).toBe(toMinor(before.total, "kzt"))
    })

    it("keeps one duties line when the buyer's choice and repricings race (they take the cart's lock in turn)", async () => {
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 2 }])
      const goods = (await cart(cartId, headers)).items[0]
      // Three choices at once, and a quantity change whose cart.updated reprices in the background.
      const answers = await Promise.all([
        setTerms(cartId, { terms: "DDP" }, headers),
        setTerms(cartId, { terms: "DDP" }, headers),
        api.post(`/store/carts/${cartId}/line-items/${goods.id}`, { quantity: 3 }, { headers }),
        setTerms(cartId, { terms: "DDP" }, headers),
      ])
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
      const { data: offer } = await api.get(`/store/carts/${cartId}/delivery-terms`, { headers })
      const due = toMinor(offer.delivery_terms.ddp.charges_at_checkout, "kzt")
      // Never two lines at any moment (a repricing replaces its line under the lock), then settled on the
      // figure for three wheelchairs.
      const seen = new Set<number>()
      await waitFor("one duties line of the three-wheelchair figure", async () => {
        const lines = dutiesLines(await cart(cartId, headers))
        seen.add(lines.length)
        return lines.length === 1 && toMinor(lines[0].unit_price, "kzt") === due ? true : undefined
      })
      expect(Math.max(...seen)).toBe(1)
    })

    it("prices the line again when the cart changes, and gives each manufacturer's parcel its own allowance", async () => {
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 2 }])
      await setTerms(cartId, { terms: "DDP" }, headers)
      const withLine = await cart(cartId, headers)
      expect(dutiesLines(withLine)).toHaveLength(1)
      // One wheelchair less: 89,000 KZT + shipping is within €200, so nothing is due and the line goes.
      const goods = withLine.items.find((i) => !i.metadata?.duties_and_taxes)!
      await api.post(`/store/carts/${cartId}/line-items/${goods.id}`, { quantity: 1 }, { headers })
      await waitFor("the duties line to go", async () => (dutiesLines(await cart(cartId, headers)).length === 0 ? true : undefined))

      // One wheelchair from each manufacturer: two parcels, each within the allowance.
      const split = await cartWith([{ variant_id: variants.a, quantity: 1 }, { variant_id: variants.b, quantity: 1 }])
      const res = await setTerms(split.cartId, { terms: "DDP" }, split.headers)
      expect(res.status).toBe(200)
      expect(res.data.delivery_terms.shipments).toHaveLength(2)
      expect(res.data.delivery_terms.charges_at_checkout).toBe("0.00")
      expect(dutiesLines(await cart(split.cartId, split.headers))).toEqual([])
    })

    it("refuses DDP with a 400 saying why where the duties cannot be priced (Egypt: no duty rate), and bad input", async () => {
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 1 }], { countryCode: "eg", address: EG_ADDRESS })
      const refused = await setTerms(cartId, { terms: "DDP" }, headers)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/DDP\) is not available for this cart: Import duty rate for HS 871310\d* in Egypt.*Choose DAP/)
      expect(dutiesLines(await cart(cartId, headers))).toEqual([])
      const { data } = await api.get(`/store/carts/${cartId}/delivery-terms`, { headers })
      expect(data.delivery_terms.ddp).toBeNull()
      expect(data.delivery_terms.ddp_refusal).toMatch(/Egypt/)

      for (const body of [{ terms: "CIF" }, {}, { terms: "DDP", amount: 1 }]) {
        const bad = await setTerms(cartId, body, headers)
        expect([JSON.stringify(body), bad.status]).toEqual([JSON.stringify(body), 400])
      }
      expect((await setTerms(cartId, { terms: "CIF" }, headers)).data.message).toMatch(/'DAP, DDP' for field 'terms', but got: 'CIF'/)
    })

    it("hides a buyer's cart from other buyers and from guests (404)", async () => {
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 1 }])
      const { headers: keyHeaders } = await storefrontContext(getContainer(), "kz")
      const other = { email: "other-buyer@example.kz", password: "another-long-password" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", other)
      await api.post("/store/customers", { email: other.email, first_name: "Dana", last_name: "Other" }, { headers: { ...keyHeaders, authorization: `Bearer ${reg.token}` } })
      const otherAuth = { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", other)).data.token}` }
      for (const who of [{ ...keyHeaders, ...otherAuth }, keyHeaders]) {
        expect((await setTerms(cartId, { terms: "DDP" }, who)).status).toBe(404)
        expect((await api.get(`/store/carts/${cartId}/delivery-terms`, { headers: who }).catch((e) => e.response)).status).toBe(404)
      }
      expect(dutiesLines(await cart(cartId, headers))).toEqual([])
      expect((await setTerms("cart_does_not_exist", { terms: "DAP" }, headers)).status).toBe(404)
      // A guest's cart (Medusa gives it a customer without an account) is reached by its id alone.
      const guest = await cartWith([{ variant_id: variants.a, quantity: 1 }], { auth: {} })
      expect((await api.get(`/store/carts/${guest.cartId}/delivery-terms`, { headers: keyHeaders })).status).toBe(200)
      expect((await setTerms(guest.cartId, { terms: "DDP" }, keyHeaders)).status).toBe(200)
    })

    it("keeps DDP duties out of the split, commissions and declarations, and records the terms on the order", async () => {
      const { cartId, headers } = await cartWith([{ variant_id: variants.a, quantity: 2 }, { variant_id: variants.b, quantity: 1 }])
      const ddp = await setTerms(cartId, { terms: "DDP" }, headers)
      const duties = toMinor(ddp.data.delivery_terms.charges_at_checkout, "kzt")
      expect(duties).toBeGreaterThan(0)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      expect(completed.type).toBe("order")
      const order = completed.order
      // The buyer's order list (which the account's order page reads) carries the terms.
      const { data: mine } = await api.get(`/store/orders?id[]=${order.id}&fields=id,metadata`, { headers })
      expect(mine.orders[0].metadata.delivery_terms).toMatchObject({ terms: "DDP", charges_at_checkout: ddp.data.delivery_terms.charges_at_checkout })
      // So does the by-id route a guest's confirmation page reads (no login: the order's secret from the completion).
      const { headers: keyOnly } = await storefrontContext(getContainer(), "kz")
      const { data: byId } = await api.get(`/store/orders/${order.id}?fields=id,*items,metadata`, { headers: { ...keyOnly, "x-order-token": completed.order_token } })
      expect(byId.order.metadata.delivery_terms).toMatchObject({ terms: "DDP", charges_at_checkout: ddp.data.delivery_terms.charges_at_checkout })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      // The work the order sets off (split, declarations) is over before the test ends.
      const childIds = await waitFor("the order's split and declarations", async () => {
        const { data: groups } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const ids = (groups[0]?.child_orders ?? []).map((c) => c!.order_id)
        if (!ids.length) return undefined
        const { data: declarations } = await query.graph({ entity: "declaration", fields: ["id"], filters: { order_id: ids } })
        return declarations.length === ids.length ? ids : undefined
      })
      const fields = ["id", "total", "item_total", "metadata", "items.*", "items.metadata", "commission_lines.base_amount"]
      const { data: [buyerOrder] } = await query.graph({ entity: "order", fields, filters: { id: order.id } })
      const { data: children } = await query.graph({ entity: "order", fields, filters: { id: childIds } })
      expect(buyerOrder.metadata!.delivery_terms).toMatchObject({ terms: "DDP", currency: "KZT", charges_at_checkout: ddp.data.delivery_terms.charges_at_checkout })
      expect(children).toHaveLength(2)
      expect(children.flatMap((c) => c.items!).some((i) => i!.metadata?.duties_and_taxes)).toBe(false)
      const sum = (f: "total" | "item_total") => children.reduce((s, c) => s + toMinor(Number(c[f]), "kzt"), 0)
      expect(sum("total")).toBe(toMinor(Number(buyerOrder.total), "kzt") - duties)
      expect(sum("item_total")).toBe(toMinor(Number(buyerOrder.item_total), "kzt") - duties)
      const commissionBase = children.flatMap((c) => c.commission_lines!).reduce((s, l) => s + toMinor(Number(l!.base_amount), "kzt"), 0)
      expect(commissionBase).toBe(toMinor(Number(buyerOrder.item_total), "kzt") - duties)
      // Each shipment knows the duties collected for its parcel; they add up to the line.
      expect(children.every((c) => (c.metadata as { delivery_terms?: string }).delivery_terms === "DDP")).toBe(true)
      expect(children.reduce((s, c) => s + toMinor(Number((c.metadata as { duties_collected: string }).duties_collected), "kzt"), 0)).toBe(duties)
    })
  },
})
