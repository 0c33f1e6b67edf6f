import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { demoStorefront, KZ_ADDRESS, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(900_000)

type Res = { status: number; data: any }
type Headers = Record<string, string>

const PASSWORD = "a-long-password-2026"
const DAY = 86_400_000
/** The cap per person, in tenge: below 80% of a demo wheelchair's price, so every funded order is funded exactly this. */
const CAP = 50_000

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer, dbUtils }) => {
    let key: Headers
    let regionId: string
    const variants = {} as Record<"manual" | "power", string>
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    const send = (method: string, url: string, body: object | undefined, headers: Headers): Promise<Res> => {
      const config = { headers: { ...key, ...headers } }
      const req = method === "GET" ? api.get(url, config) : method === "DELETE" ? api.delete(url, { ...config, data: body }) : api.post(url, body ?? {}, config)
      return req.catch((e: { response: Res }) => e.response)
    }

    /** The clinic's admin and buyer, another organisation's admin, a buyer of no organisation, staff. */
    const p = {} as Record<"alice" | "carol" | "dave" | "erin" | "staff", Headers>
    const s = {} as { clinic: string; ngo: string; programme: string; race: string; beneficiary: string; code: string; order: string; raceOrders: string[] }

    const signUp = async (email: string) => {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: email.split("@")[0], last_name: "Tester" }, { headers: { ...key, ...bearer(reg.token) } })
      return bearer((await api.post("/auth/customer/emailpass", { email, password: PASSWORD })).data.token)
    }

    const programme = (overrides: Record<string, unknown> = {}) => ({
      name: "Mobility for All 2026",
      funder_name: "Kazakhstan Disability Fund",
      iso_classes: ["12 22"],
      country_codes: ["KZ"],
      share_percent: 80,
      cap_per_person: CAP,
      currency_code: "KZT",
      budget: 1_000_000,
      starts_at: new Date(Date.now() - DAY).toISOString(),
      ends_at: new Date(Date.now() + 30 * DAY).toISOString(),
      ...overrides,
    })

    const register = async (programmeId: string, name: string, who: Headers = p.alice) => {
      const res = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: programmeId, beneficiary_name: name, country_code: "KZ", evidence_note: "Disability certificate group II" }, who)
      expect([res.status, res.data.beneficiary?.code]).toEqual([201, expect.stringMatching(/^FUND-/)])
      return res.data.beneficiary as { id: string; code: string }
    }

    /** A cart of `lines`, with the entitlement applied (if `code`), up to payment, for `who`. */
    const cartWith = async (who: Headers, lines: { variant_id: string; quantity: number }[], code?: string) => {
      const headers = { ...key, ...who }
      const { data: created } = await api.post("/store/carts", { region_id: regionId, shipping_address: KZ_ADDRESS, billing_address: KZ_ADDRESS }, { headers })
      const id = created.cart.id as string
      for (const line of lines) await api.post(`/store/carts/${id}/line-items`, line, { headers })
      const totalBefore = await cartTotal(id)
      const applied = code ? await send("POST", `/store/carts/${id}/funding`, { code }, who) : undefined
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${id}`, { headers })
      await api.post(`/store/carts/${id}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: id }, { headers })
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      return { id, applied, totalBefore }
    }
    const cartTotal = async (id: string) => {
      const { data } = await query().graph({ entity: "cart", fields: ["item_total"], filters: { id } })
      return Number(data[0].item_total)
    }
    const complete = (cartId: string, who: Headers) => send("POST", `/store/carts/${cartId}/complete`, {}, who)

    // One story: each test goes on from what the last one left.
    afterEach(() => dbUtils.snapshot())

    beforeAll(async () => {
      const seeded = await demoStorefront(getContainer())
      key = seeded.headers
      regionId = seeded.kz.id
      p.alice = await signUp("alice@clinic.example.kz")
      p.carol = await signUp("carol@clinic.example.kz")
      p.dave = await signUp("dave@ngo.example.kz")
      p.erin = await signUp("erin@example.kz")
      p.staff = bearer((await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)).data.token)
      const handle = (iso: string) => DEMO_PRODUCTS.find((d) => d.iso === iso)!.handle
      for (const [name, iso] of [["manual", "12 22"], ["power", "12 23"]] as const) {
        const { data } = await api.get(`/store/products?handle=${handle(iso)}&fields=*variants`, { headers: key })
        variants[name] = data.products[0].variants[0].id
      }
      const clinic = await send("POST", "/store/organisations", { name: "Almaty Rehabilitation Clinic", kind: "clinic", country_code: "KZ", registration_number: "BIN 990140000385" }, p.alice)
      s.clinic = clinic.data.organisation.id
      s.ngo = (await send("POST", "/store/organisations", { name: "Steppe Mobility NGO", kind: "ngo", country_code: "kz", registration_number: "NGO-77" }, p.dave)).data.organisation.id
    })

    it("staff set up a programme; input a person cannot fix is a 400 that says what to change", async () => {
      const bad = await send("POST", "/admin/funding-programmes", programme({ share_percent: 150 }), p.staff)
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("share_percent' too big, expected at most: '100'")])
      const badClass = await send("POST", "/admin/funding-programmes", programme({ iso_classes: ["99 99"] }), p.staff)
      expect([badClass.status, badClass.data.message]).toEqual([400, expect.stringContaining("ISO 9999 class")])
      const backwards = await send("POST", "/admin/funding-programmes", programme({ ends_at: new Date(Date.now() - 2 * DAY).toISOString() }), p.staff)
      expect([backwards.status, backwards.data.message]).toEqual([400, expect.stringContaining("ends_at must be after starts_at")])
      expect((await send("POST", "/admin/funding-programmes", programme(), p.alice)).status).toBe(401)

      const created = await send("POST", "/admin/funding-programmes", programme(), p.staff)
      expect([created.status, created.data.funding_programme]).toEqual([
        201,
        expect.objectContaining({ currency_code: "kzt", country_codes: ["kz"], budget: 1_000_000, budget_remaining: 1_000_000, share_percent: 80 }),
      ])
      s.programme = created.data.funding_programme.id
      const { data: list } = await api.get("/admin/funding-programmes", { headers: p.staff })
      expect(list.funding_programmes.map((f: { id: string }) => f.id)).toContain(s.programme)
    })

    it("a verified organisation's admin registers beneficiaries; other organisations' are 404, a buyer is refused", async () => {
      const early = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: s.programme, beneficiary_name: "Aigerim N.", country_code: "kz", evidence_note: "Certificate" }, p.alice)
      expect([early.status, early.data.message]).toEqual([400, expect.stringContaining("not verified")])
      for (const id of [s.clinic, s.ngo]) await send("POST", `/admin/organisations/${id}/status`, { status: "verified" }, p.staff)

      const wrongCountry = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: s.programme, beneficiary_name: "Ivan P.", country_code: "ru", evidence_note: "Certificate" }, p.alice)
      expect([wrongCountry.status, wrongCountry.data.message]).toEqual([400, expect.stringContaining("funds people in KZ only")])
      const noEvidence = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: s.programme, beneficiary_name: "Ivan P.", country_code: "kz" }, p.alice)
      expect([noEvidence.status, noEvidence.data.message]).toEqual([400, expect.stringContaining("evidence_note")])
      const noProgramme = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: "fprog_none", beneficiary_name: "Ivan P.", country_code: "kz", evidence_note: "x y z" }, p.alice)
      expect(noProgramme.status).toBe(404)

      const aigerim = await register(s.programme, "Aigerim N.")
      s.beneficiary = aigerim.id
      s.code = aigerim.code
      expect((await send("GET", `/store/organisations/me/beneficiaries/${aigerim.id}`, undefined, p.alice)).data.beneficiary).toEqual(
        expect.objectContaining({ beneficiary_name: "Aigerim N.", status: "issued", organisation_id: s.clinic })
      )
      expect((await send("GET", `/store/organisations/me/beneficiaries/${aigerim.id}`, undefined, p.dave)).status).toBe(404)
      expect((await send("GET", "/store/organisations/me/beneficiaries", undefined, p.dave)).data.beneficiaries).toEqual([])
      expect((await send("GET", `/store/organisations/me/beneficiaries/${aigerim.id}`, undefined, p.erin)).status).toBe(404)

      // Carol becomes a buyer of the clinic: she may not register people.
      expect((await send("POST", "/store/organisations/me/invites", { email: "carol@clinic.example.kz", role: "buyer" }, p.alice)).status).toBe(201)
      const token = await waitFor("carol's invitation", async () => {
        const [mail] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "carol@clinic.example.kz", template: "organisation-member-invite" })
        return mail ? new URL(String(mail.data!.accept_url)).searchParams.get("token")! : undefined
      })
      expect((await send("POST", `/store/organisations/invites/${token}/accept`, {}, p.carol)).status).toBe(200)
      const byBuyer = await send("POST", "/store/organisations/me/beneficiaries", { programme_id: s.programme, beneficiary_name: "X Y", country_code: "kz", evidence_note: "x y z" }, p.carol)
      expect([byBuyer.status, byBuyer.data.message]).toEqual([400, expect.stringMatching(/^Only the organisation's admins /)])

      const byStaff = await send("POST", `/admin/funding-programmes/${s.programme}/beneficiaries`, { beneficiary_name: "Walk-in applicant", country_code: "kz", evidence_note: "Seen at the office" }, p.staff)
      expect([byStaff.status, byStaff.data.entitlement.organisation_id]).toEqual([201, null])
      const { data: detail } = await api.get(`/admin/funding-programmes/${s.programme}`, { headers: p.staff })
      expect(detail.funding_programme.entitlements).toHaveLength(2)
    })

    it("applies the funded share of eligible lines only, capped per person; the buyer pays the rest; the entitlement is used once", async () => {
      const unknown = await cartWith(p.erin, [{ variant_id: variants.manual, quantity: 1 }], "FUND-NOSUCHCODE")
      expect([unknown.applied!.status, unknown.applied!.data.message]).toEqual([404, expect.stringContaining("No entitlement has this code")])
      const blank = await send("POST", `/store/carts/${unknown.id}/funding`, { code: "" }, p.erin)
      expect([blank.status, blank.data.message]).toEqual([400, expect.stringContaining("'code' too small")])
      const ineligible = await cartWith(p.erin, [{ variant_id: variants.power, quantity: 1 }], s.code)
      expect([ineligible.applied!.status, ineligible.applied!.data.message]).toEqual([400, expect.stringContaining("Nothing in this cart is eligible")])

      const cart = await cartWith(p.erin, [{ variant_id: variants.manual, quantity: 1 }, { variant_id: variants.power, quantity: 1 }], s.code)
      expect([cart.applied!.status, cart.applied!.data.funding.funded_amount]).toEqual([200, CAP])
      expect(cart.applied!.data.funding.lines).toEqual([expect.objectContaining({ iso_class: "12 22", amount: CAP })])
      expect(await cartTotal(cart.id)).toBe(cart.totalBefore - CAP)
      // The code as a plain promotion on another cart is not honoured.
      const sneaky = await cartWith(p.erin, [{ variant_id: variants.manual, quantity: 1 }])
      await send("POST", `/store/carts/${sneaky.id}/promotions`, { promo_codes: [s.code] }, p.erin)
      const sneakyDone = await complete(sneaky.id, p.erin)
      expect(sneakyDone.data.type === "order").toBe(false)

      const done = await complete(cart.id, p.erin)
      expect([done.status, done.data.type]).toEqual([200, "order"])
      s.order = done.data.order.id
      expect(Number(done.data.order.discount_total)).toBeGreaterThan(0)
      const { data: entitlement } = await send("GET", `/store/organisations/me/beneficiaries/${s.beneficiary}`, undefined, p.alice)
      expect(entitlement.beneficiary).toEqual(expect.objectContaining({ status: "used", order_id: s.order, funded_amount: CAP }))

      const again = await cartWith(p.erin, [{ variant_id: variants.manual, quantity: 1 }], s.code)
      expect([again.applied!.status, again.applied!.data.message]).toEqual([400, expect.stringContaining("used already")])
      const { data } = await api.get(`/admin/funding-programmes/${s.programme}`, { headers: p.staff })
      expect(data.funding_programme.budget_remaining).toBe(1_000_000 - CAP)
    })

    it("never overspends: six completions racing for a budget that covers two fund exactly two orders", async () => {
      const race = await send("POST", "/admin/funding-programmes", programme({ name: "Last tranche", budget: 2.5 * CAP }), p.staff)
      s.race = race.data.funding_programme.id
      const buyers = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => signUp(`racer${i}@example.kz`)))
      const carts: { id: string; who: Headers }[] = []
      for (const [i, who] of buyers.entries()) {
        const { code } = await register(s.race, `Racer ${i}`)
        const cart = await cartWith(who, [{ variant_id: variants.manual, quantity: 1 }], code)
        expect([cart.applied!.status, cart.applied!.data.funding?.funded_amount]).toEqual([200, CAP])
        carts.push({ id: cart.id, who })
      }
      const results = await Promise.all(carts.map((c) => complete(c.id, c.who)))
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders).toHaveLength(2)
      for (const refused of results.filter((r) => !orders.includes(r))) {
        expect(refused.data.message ?? refused.data.error?.message).toEqual(expect.stringContaining("budget cannot cover"))
      }
      s.raceOrders = orders.map((o) => o.data.order.id)
      const { data } = await api.get(`/admin/funding-programmes/${s.race}`, { headers: p.staff })
      expect(data.funding_programme.budget_remaining).toBe(0.5 * CAP)
      const used = data.funding_programme.entitlements.filter((e: { status: string }) => e.status === "used")
      expect(used.map((e: { order_id: string }) => e.order_id).sort()).toEqual([...s.raceOrders].sort())
    })

    it("reports orders, people served and funded amounts by ISO class and country, reconciling with the orders", async () => {
      const { data } = await api.get(`/admin/funding-programmes/${s.race}/report`, { headers: p.staff })
      const { report } = data
      expect(report.orders.map((o: { order_id: string }) => o.order_id).sort()).toEqual([...s.raceOrders].sort())
      expect(report.totals).toEqual({ orders: 2, people_served: 2, funded_amount: 2 * CAP, reserved_without_order: 0, reconciled: true })
      expect(report.by_iso_class).toEqual([{ iso_class: "12 22", orders: 2, people: 2, funded_amount: 2 * CAP }])
      expect(report.by_country).toEqual([{ country_code: "kz", orders: 2, people: 2, funded_amount: 2 * CAP }])
      expect(report.programme.budget - report.programme.budget_remaining).toBe(report.totals.funded_amount)
      // Each order's own discount for its entitlement is what the report says was funded.
      const { data: orders } = await query().graph({ entity: "order", fields: ["id", "items.adjustments.code", "items.adjustments.amount"], filters: { id: s.raceOrders } })
      for (const order of orders) {
        const discount = order.items!.flatMap((i) => i!.adjustments ?? []).reduce((sum, a) => sum + Number(a!.amount), 0)
        expect(Math.round(discount * 100) / 100).toBe(CAP)
      }
      expect((await send("GET", "/admin/funding-programmes/fprog_none/report", undefined, p.staff)).status).toBe(404)
      expect((await send("GET", `/admin/funding-programmes/${s.race}/report`, undefined, p.alice)).status).toBe(401)
    })
  },
})
