import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { checkout, routeFiles, signUpManufacturer, storefrontContext, uscc, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

const WHEELCHAIR = "kangyi-lightweight-aluminium-wheelchair" // the demo manufacturer's (Jiaxing Kangyi)
const ROLLATOR = "anjian-four-wheel-rollator" // another demo manufacturer's (Hebei Anjian)

type Headers = Record<string, string>
type Res = { status: number; data: any }

const partnerProfile = (overrides: Record<string, unknown> = {}) => ({
  kind: "fitting_centre",
  legal_name: "Almaty Mobility Fitting Centre LLP",
  country_code: "KZ",
  city: "Almaty",
  address: "Abay Avenue 52, office 3, Almaty 050008",
  services: ["assessment", "fitting", "repair"],
  languages: ["kk", "ru"],
  opening_hours: "Mon–Fri 9:00–18:00, Sat 10:00–14:00",
  contact_name: "Dana Seitkali",
  contact_email: "desk@almaty-fitting.example.kz",
  contact_phone: "+7 727 300 0000",
  owner: { name: "Dana Seitkali" },
  ...overrides,
})

/** The email the demo buyer gave at checkout (the order's, where each step of a job is mailed). */
const BUYER_EMAIL = "buyer@example.kz"

const soon = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    const who = {} as { admin: Headers; maker: Headers; otherMaker: Headers; buyer: Headers; stranger: Headers; operator: Headers; almaty: Headers; astana: Headers }
    const partnerIds = {} as { almaty: string; astana: string; jakarta: string }
    const products = {} as Record<string, string>
    let order: string
    let strangerOrder: string
    let unitId: string

    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    const login = async (actor: string, credentials: { email: string; password: string }) => bearer((await api.post(`/auth/${actor}/emailpass`, credentials)).data.token)
    const send = (method: string, url: string, headers: Headers = {}, body?: unknown): Promise<Res> => {
      const config = { headers }
      const req = method === "GET" ? api.get(url, config) : method === "DELETE" ? api.delete(url, config) : api.post(url, body ?? {}, config)
      return req.catch((e) => e.response)
    }
    const mails = (template: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })

    /** A fitting centre's person registers a `partner` login, signs their partner up and logs in as its owner. */
    const registerPartner = async (email: string, profile: object) => {
      const credentials = { email, password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/partner/emailpass/register", credentials)
      const created = await send("POST", "/partner/service-partners", bearer(reg.token), profile)
      return { created, headers: await login("partner", credentials) }
    }

    beforeAll(async () => {
      const container = getContainer()
      store = (await storefrontContext(container, "kz")).headers
      who.admin = await login("user", DEMO_LOGINS.admin)
      who.maker = await login("manufacturer", DEMO_LOGINS.manufacturer)
      who.otherMaker = (await signUpManufacturer(api, "partners-maker-b", uscc("330200", "MA2PRT56"))).headers
      who.buyer = await login("customer", DEMO_LOGINS.buyer)
      who.operator = await login("operator", DEMO_LOGINS.operator)
      const stranger = { email: "stranger@example.kz", password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", stranger)
      await api.post("/store/customers", { email: stranger.email }, { headers: { ...store, ...bearer(reg.token) } })
      who.stranger = await login("customer", stranger)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "variants.id"], filters: { handle: [WHEELCHAIR, ROLLATOR] } })
      for (const p of data) products[p.handle] = p.id
      const lines = data.map((p) => ({ variant_id: p.variants![0]!.id, quantity: 1 }))
      // The demo buyer's order to Almaty: a wheelchair (Kangyi's) and a rollator (Anjian's).
      order = (await checkout(api, container, { customerToken: who.buyer.authorization.slice(7), lines })).order.id
      strangerOrder = (await checkout(api, container, { customerToken: who.stranger.authorization.slice(7), email: stranger.email, lines: lines.slice(0, 1) })).order.id
      // Kangyi records the wheelchair's serial on its child order: the unit the buyer can book a repair for.
      const child = await waitFor("the order's split", async () => {
        const { data: groups } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order } })
        const ids = (groups[0]?.child_orders ?? []).map((c) => c!.order_id)
        return ids.length === 2 ? ids : undefined
      })
      const { data: children } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.product_id"], filters: { id: child } })
      const kangyi = children.find((c) => c.items!.some((i) => i!.product_id === products[WHEELCHAIR]))!
      const recorded = await send("POST", `/vendor/orders/${kangyi.id}/units`, who.maker, { units: [{ line_item_id: kangyi.items![0]!.id, serial: "KY-2026-0007" }] })
      expect([recorded.status, recorded.data.message]).toEqual([201, undefined])
      unitId = recorded.data.units[0].id

      // The partners every test starts from (each test starts from what this hook leaves): Almaty and Astana verified,
      // Kangyi authorising Almaty for its ISO class 12 products; a Jakarta clinic still pending.
      const almaty = await registerPartner("dana@almaty-fitting.example.kz", partnerProfile())
      const astana = await registerPartner(ASTANA_DESK, partnerProfile({ kind: "repairer", legal_name: "Astana Wheels Repair", city: "Astana", address: "Kenesary 40, Astana", services: ["repair"], contact_email: ASTANA_DESK, owner: { name: "Arman Bek" } }))
      const jakarta = await registerPartner("klinik@jakarta-rehab.example.id", partnerProfile({ kind: "clinic", legal_name: "Klinik Rehabilitasi Jakarta", country_code: "id", city: "Jakarta", languages: ["id", "en"], contact_email: "klinik@jakarta-rehab.example.id", owner: { name: "Sari Wulandari" } }))
      Object.assign(partnerIds, { almaty: almaty.created.data.service_partner.id, astana: astana.created.data.service_partner.id, jakarta: jakarta.created.data.service_partner.id })
      Object.assign(who, { almaty: almaty.headers, astana: astana.headers })
      for (const id of [partnerIds.almaty, partnerIds.astana]) expect((await setStatus(id, { status: "verified" })).status).toBe(200)
      expect((await send("POST", `/vendor/service-partners/${partnerIds.almaty}/authorisation`, who.maker, { iso_classes: ["12"] })).status).toBe(200)
    })

    /** Staff's verdict on a partner. */
    const setStatus = (id: string, body: object) => send("POST", `/admin/service-partners/${id}/status`, who.admin, body)
    const ALMATY_DESK = "desk@almaty-fitting.example.kz"
    const ASTANA_DESK = "repairs@astana-wheels.example.kz"

    it("registers a fitting centre pending verification, its owner logging in as actor partner", async () => {
      const shymkent = await registerPartner("aliya@shymkent-rehab.example.kz", partnerProfile({ legal_name: "Shymkent Rehab Centre", city: "Shymkent", contact_email: "desk@shymkent-rehab.example.kz", owner: { name: "Aliya Nur" } }))
      expect([shymkent.created.status, shymkent.created.data.message]).toEqual([201, undefined])
      expect(shymkent.created.data.service_partner).toMatchObject({ status: "pending", country_code: "kz", services: ["assessment", "fitting", "repair"], languages: ["kk", "ru"] })
      const id = shymkent.created.data.service_partner.id
      const me = await send("GET", "/partner/me", shymkent.headers)
      expect(me.data).toMatchObject({ member: { email: "aliya@shymkent-rehab.example.kz", role: "owner" }, service_partner: { id, status: "pending" }, authorisations: [] })
      expect((await mails("service-partner-registered")).filter((m) => m.to === "desk@shymkent-rehab.example.kz")).toHaveLength(1)
      // A forgotten password is reset in the portal, like the other actors' who are not buyers.
      expect((await send("POST", "/auth/partner/emailpass/reset-password", {}, { identifier: "aliya@shymkent-rehab.example.kz" })).status).toBe(201)
      const reset = await waitFor("the password reset mail", async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "password-reset", to: "aliya@shymkent-rehab.example.kz" }))[0])
      expect(reset.data).toMatchObject({ actor_type: "partner", reset_url: expect.stringMatching(/\/reset-password\?token=.+&email=aliya%40shymkent-rehab.example.kz$/) })
      // The same login cannot sign a second partner up.
      expect((await send("POST", "/partner/service-partners", shymkent.headers, partnerProfile())).data.message).toMatch(/already belongs to a service partner/)

      // Bad input is a 400 that says what to change.
      const { data: reg } = await api.post("/auth/partner/emailpass/register", { email: "bad@example.kz", password: "a-long-password-2026" })
      for (const [change, message] of [
        [{ kind: "shop" }, /fitting_centre, repairer, clinic/],
        [{ services: [] }, /services.*at least: '1'/],
        [{ services: ["massage"] }, /assessment, fitting, assembly, repair, training/],
        [{ country_code: "Kazakhstan" }, /country_code must be a 2-letter country code/],
        [{ languages: ["russian"] }, /each language must be a 2-letter code/],
        [{ contact_email: "desk at almaty" }, /contact_email must be an email address/],
      ] as const) {
        const res = await send("POST", "/partner/service-partners", bearer(reg.token), partnerProfile(change))
        expect([change, res.status, res.data.message]).toEqual([change, 400, expect.stringMatching(message)])
      }
      // Pending: buyers do not find it, manufacturers cannot authorise it.
      expect((await send("GET", "/store/service-partners?country_code=kz&city=Shymkent", store)).data.service_partners.map((p: { id: string }) => p.id)).not.toContain(id)
      expect((await send("POST", `/vendor/service-partners/${id}/authorisation`, who.maker, {})).status).toBe(404)
    })

    it("platform staff verify, reject and suspend with a reason the partner is told, and invite its staff", async () => {
      const pending = await send("GET", "/admin/service-partners?status=pending", who.admin)
      expect(pending.data.service_partners.map((p: { id: string }) => p.id)).toEqual([partnerIds.jakarta])
      expect((await send("GET", "/admin/service-partners?country_code=KZ", who.admin)).data.service_partners.map((p: { id: string }) => p.id).sort()).toEqual([partnerIds.almaty, partnerIds.astana].sort())
      expect((await setStatus(partnerIds.jakarta, { status: "rejected" })).data.message).toMatch(/reason is required \(at least 3 characters\) when rejecting or suspending/)
      expect((await setStatus(partnerIds.jakarta, { status: "suspended", reason: "too early" })).data.message).toMatch(/A pending service partner can only be verified or rejected, not suspended/)
      expect((await setStatus(partnerIds.jakarta, { status: "rejected", reason: "The clinic licence sent is for another clinic" })).data.service_partner).toMatchObject({ status: "rejected", status_reason: "The clinic licence sent is for another clinic" })
      expect((await setStatus(partnerIds.jakarta, { status: "verified" })).data.message).toMatch(/cannot change status; it has to register again/)
      expect((await setStatus("spart_not_there", { status: "verified" })).status).toBe(404)
      // Suspended and verified again: the partner is told each time, with the reason.
      expect((await setStatus(partnerIds.astana, { status: "suspended", reason: "Insurance certificate expired" })).data.service_partner.status).toBe("suspended")
      expect((await send("GET", "/partner/me", who.astana)).data.service_partner).toMatchObject({ status: "suspended", status_reason: "Insurance certificate expired" })
      expect((await setStatus(partnerIds.astana, { status: "verified" })).data.service_partner).toMatchObject({ status: "verified", status_reason: null })
      expect((await mails("service-partner-rejected")).map((m) => [m.to, m.data?.reason])).toEqual([["klinik@jakarta-rehab.example.id", "The clinic licence sent is for another clinic"]])
      expect((await mails("service-partner-suspended")).map((m) => [m.to, m.data?.reason])).toEqual([[ASTANA_DESK, "Insurance certificate expired"]])
      expect((await mails("service-partner-verified")).map((m) => m.to).sort()).toEqual([ALMATY_DESK, ASTANA_DESK, ASTANA_DESK])

      // Staff join by invitation with a login of their own, registered with the invited email.
      const invited = await send("POST", `/admin/service-partners/${partnerIds.almaty}/invites`, who.admin, { email: "Timur@Almaty-Fitting.example.kz", name: "Timur Akhmetov" })
      expect([invited.status, invited.data.invite?.email]).toEqual([201, "timur@almaty-fitting.example.kz"])
      expect((await send("POST", `/admin/service-partners/${partnerIds.almaty}/invites`, who.admin, { email: "dana@almaty-fitting.example.kz", name: "Dana" })).data.message).toMatch(/works at a service partner already/)
      const [mail] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "partner-invite", to: "timur@almaty-fitting.example.kz" })
      expect(mail.data!.accept_url).toMatch(/\/partner\/invite\?token=/)
      const token = new URL(String(mail.data!.accept_url)).searchParams.get("token")!
      expect((await send("GET", `/partner/invites/${token}`)).data.invitation).toMatchObject({ status: "open", email: "timur@almaty-fitting.example.kz", service_partner: { legal_name: "Almaty Mobility Fitting Centre LLP" } })
      const wrong = { email: "someone.else@example.kz", password: "a-long-password-2026" }
      const { data: wrongReg } = await api.post("/auth/partner/emailpass/register", wrong)
      expect((await send("POST", "/partner/invites/accept", bearer(wrongReg.token), { token })).data.message).toMatch(/This invitation is for timur@almaty-fitting.example.kz: register with that email/)
      const timur = { email: "timur@almaty-fitting.example.kz", password: "chosen-by-himself-2026" }
      const { data: timurReg } = await api.post("/auth/partner/emailpass/register", timur)
      const joined = await send("POST", "/partner/invites/accept", bearer(timurReg.token), { token })
      expect([joined.status, joined.data.member?.role]).toEqual([201, "staff"])
      expect((await send("GET", "/partner/me", await login("partner", timur))).data.service_partner.id).toBe(partnerIds.almaty)
      expect((await send("GET", `/partner/invites/${token}`)).data.invitation.status).toBe("used")
      expect((await send("POST", "/partner/invites/accept", bearer(wrongReg.token), { token })).data.message).toMatch(/not valid or has already been used/)
      const detail = await send("GET", `/admin/service-partners/${partnerIds.almaty}`, who.admin)
      expect(detail.data.service_partner.members.map((m: { email: string }) => m.email).sort()).toEqual(["dana@almaty-fitting.example.kz", timur.email])
    })

    it("lets a manufacturer authorise verified partners for all its products, some, or some ISO classes, and revoke", async () => {
      const listed = await send("GET", "/vendor/service-partners?country_code=kz", who.maker)
      expect(listed.data.service_partners.map((p: { id: string; authorisation: { iso_classes: string[] } | null }) => [p.id, p.authorisation?.iso_classes ?? null]).sort()).toEqual(
        [[partnerIds.almaty, ["12"]], [partnerIds.astana, null]].sort()
      )
      // Not verified (rejected) is as if it did not exist.
      expect((await send("POST", `/vendor/service-partners/${partnerIds.jakarta}/authorisation`, who.maker, {})).status).toBe(404)
      // Another manufacturer's product cannot be in the scope.
      expect((await send("POST", `/vendor/service-partners/${partnerIds.almaty}/authorisation`, who.maker, { product_ids: [products[ROLLATOR]] })).status).toBe(404)
      expect((await send("POST", `/vendor/service-partners/${partnerIds.almaty}/authorisation`, who.maker, { iso_classes: ["99 99"] })).data.message).toMatch(/each ISO class must be one we know/)
      const byClass = await send("POST", `/vendor/service-partners/${partnerIds.almaty}/authorisation`, who.maker, { iso_classes: ["12"] })
      expect([byClass.status, byClass.data.authorisation]).toEqual([200, expect.objectContaining({ iso_classes: ["12"], product_ids: null })])
      expect((await send("POST", `/vendor/service-partners/${partnerIds.astana}/authorisation`, who.maker, {})).data.authorisation).toMatchObject({ iso_classes: null, product_ids: null })
      // Kangyi sees its own authorisations; the other manufacturer sees none of them.
      const mine = (await send("GET", "/vendor/service-partners", who.maker)).data.service_partners
      expect(mine.find((p: { id: string }) => p.id === partnerIds.almaty).authorisation).toMatchObject({ iso_classes: ["12"] })
      expect((await send("GET", "/vendor/service-partners", who.otherMaker)).data.service_partners.every((p: { authorisation: unknown }) => p.authorisation === null)).toBe(true)
      expect((await send("DELETE", `/vendor/service-partners/${partnerIds.almaty}/authorisation`, who.otherMaker)).status).toBe(404)
      // Revoked, and then authorised again: the pair has one authorisation at a time.
      expect((await send("DELETE", `/vendor/service-partners/${partnerIds.astana}/authorisation`, who.maker)).data).toEqual({ service_partner_id: partnerIds.astana, deleted: true })
      expect((await send("DELETE", `/vendor/service-partners/${partnerIds.astana}/authorisation`, who.maker)).status).toBe(404)
      expect((await send("POST", `/vendor/service-partners/${partnerIds.astana}/authorisation`, who.maker, { product_ids: [products[WHEELCHAIR]] })).status).toBe(200)
      expect((await send("DELETE", `/vendor/service-partners/${partnerIds.astana}/authorisation`, who.maker)).status).toBe(200)
      // Kangyi's authorisation of Almaty before this test and Astana's two here; Almaty's same scope again told nothing new.
      expect((await mails("service-partner-authorised")).length).toBe(3)
      expect((await mails("service-partner-authorisation-revoked")).map((m) => m.to)).toEqual(["repairs@astana-wheels.example.kz", "repairs@astana-wheels.example.kz"])
      const me = await send("GET", "/partner/me", who.almaty)
      expect(me.data.authorisations).toEqual([expect.objectContaining({ iso_classes: ["12"], manufacturer: expect.objectContaining({ handle: "jiaxing-kangyi" }) })])
    })

    it("finds verified partners in the buyer's country, their city first, offering the service and authorised for the product", async () => {
      const find = async (q: string) => (await send("GET", `/store/service-partners?${q}`, store)).data.service_partners as { id: string; in_city: boolean | null }[]
      expect((await find("country_code=kz&city=ASTANA")).map((p) => [p.id, p.in_city])).toEqual([[partnerIds.astana, true], [partnerIds.almaty, false]])
      expect((await find("country_code=kz&city=almaty")).map((p) => [p.id, p.in_city])).toEqual([[partnerIds.almaty, true], [partnerIds.astana, false]])
      expect((await find("country_code=kz&service=assessment")).map((p) => p.id)).toEqual([partnerIds.almaty])
      expect((await find(`country_code=kz&product_id=${products[WHEELCHAIR]}`)).map((p) => p.id)).toEqual([partnerIds.almaty])
      // Anjian authorised nobody for its rollator.
      expect(await find(`country_code=kz&product_id=${products[ROLLATOR]}`)).toEqual([])
      // The rejected Jakarta clinic is found by nobody.
      expect(await find("country_code=id&city=Jakarta")).toEqual([])
      const [almaty] = await find(`country_code=kz&product_id=${products[WHEELCHAIR]}`)
      expect(almaty).toMatchObject({ legal_name: "Almaty Mobility Fitting Centre LLP", opening_hours: "Mon–Fri 9:00–18:00, Sat 10:00–14:00", languages: ["kk", "ru"], authorised_by: [{ handle: "jiaxing-kangyi", name: expect.any(String) }] })
      expect(almaty).not.toHaveProperty("status")
      expect(almaty).not.toHaveProperty("contact_name")
      for (const [q, message] of [
        ["city=Almaty", /country_code/],
        ["country_code=kz&service=massage", /assessment, fitting, assembly, repair, training/],
        ["country_code=kz&product_id=prod_not_there", /Product prod_not_there was not found/],
      ] as const) {
        const res = await send("GET", `/store/service-partners?${q}`, store)
        expect([q, res.status < 500 && res.status >= 400, res.data.message]).toEqual([q, true, expect.stringMatching(message)])
      }
    })

    it("books a service for the buyer's order, and the partner accepts, schedules and completes it with a report and photos", async () => {
      const buyer = { ...store, ...who.buyer }
      const book = (body: Record<string, unknown>, headers: Headers = buyer, orderId = order) =>
        send("POST", `/store/orders/${orderId}/service-jobs`, headers, { locale: "ru", proposed_times: [soon(3), soon(4)], ...body })
      // What cannot be booked, each with what to do instead.
      for (const [body, status, message] of [
        [{ partner_id: partnerIds.astana, service: "repair", product_id: products[WHEELCHAIR] }, 400, /is not authorised by the manufacturer to service this product/],
        [{ partner_id: partnerIds.almaty, service: "repair", product_id: products[ROLLATOR] }, 400, /is not authorised by the manufacturer/],
        [{ partner_id: partnerIds.almaty, service: "training", product_id: products[WHEELCHAIR] }, 400, /does not offer training; it offers assessment, fitting, repair/],
        [{ partner_id: partnerIds.almaty, service: "haircut" }, 400, /assessment, fitting, assembly, repair, training/],
        [{ partner_id: partnerIds.jakarta, service: "fitting" }, 404, /Service partner .* was not found/],
        [{ partner_id: partnerIds.almaty, service: "fitting", product_id: "prod_not_on_order" }, 400, /is not on this order/],
        [{ partner_id: partnerIds.almaty, service: "repair", traced_unit_id: "unit_elsewhere" }, 400, /was not delivered with this order/],
        [{ partner_id: partnerIds.almaty, service: "fitting", proposed_times: [new Date(Date.now() - 3600_000).toISOString()] }, 400, /proposed times must be in the future/],
        [{ partner_id: partnerIds.almaty, service: "fitting", proposed_times: [] }, 400, /proposed_times.*at least: '1'/],
      ] as const) {
        const res = await book(body)
        expect([body, res.status, res.data.message]).toEqual([body, status, expect.stringMatching(message)])
      }
      // The traced wheelchair's repair with Almaty: the device is the unit's product.
      const booked = await book({ partner_id: partnerIds.almaty, service: "repair", traced_unit_id: unitId, note: "The left brake does not hold on a slope" })
      expect([booked.status, booked.data.message]).toEqual([201, undefined])
      const job = booked.data.service_job
      expect(job).toMatchObject({ status: "requested", product_id: products[WHEELCHAIR], traced_unit_id: unitId, partner: { id: partnerIds.almaty, city: "Almaty" } })

      // The partner's view: whom to visit and what device, never the buyer's order id.
      const list = await send("GET", "/partner/service-jobs?status=requested", who.almaty)
      expect(list.data.service_jobs).toEqual([expect.objectContaining({ id: job.id, note: "The left brake does not hold on a slope", visit: expect.objectContaining({ city: "Almaty", country_code: "kz" }), device: expect.objectContaining({ title: expect.any(String) }) })])
      expect(JSON.stringify(list.data)).not.toContain(order)
      expect((await send("GET", "/partner/service-jobs?status=done", who.almaty)).data.message).toMatch(/requested, accepted, declined, scheduled, completed, cancelled/)

      const act = (step: string, body?: unknown, headers = who.almaty) => send("POST", `/partner/service-jobs/${job.id}/${step}`, headers, body)
      expect((await act("schedule", { scheduled_at: soon(3) })).data.message).toMatch(/A requested service job can only be accepted or declined or cancelled next, not scheduled/)
      expect((await act("accept")).data.service_job.status).toBe("accepted")
      expect((await act("accept")).status).toBe(400)
      expect((await act("schedule", { scheduled_at: "next tuesday" })).data.message).toMatch(/'date' for field 'scheduled_at', got: 'next tuesday'/)
      expect((await act("schedule", { scheduled_at: soon(3) })).data.service_job.status).toBe("scheduled")
      // Moved to another day: scheduled again.
      const moved = soon(4)
      expect(new Date((await act("schedule", { scheduled_at: moved })).data.service_job.scheduled_at).toISOString()).toBe(moved)
      expect((await act("complete", { measurements: { seat_height: "48 cm" } })).data.message).toMatch(/summary/)

      const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: "#357" } }).jpeg().toBuffer()
      const form = new FormData()
      form.append("summary", "Brake cable tightened and pads replaced; seat height set for the user")
      form.append("measurements[seat_height]", "48 cm")
      form.append("measurements[brake_travel]", "12 mm")
      form.append("photos", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "brake-after.jpg")
      const notAPhoto = new FormData()
      notAPhoto.append("summary", "x")
      notAPhoto.append("photos", new Blob([Buffer.from("%PDF-1.4\n%%EOF\n")], { type: "image/jpeg" }), "scan.jpg")
      expect((await act("complete", notAPhoto)).data.message).toMatch(/scan.jpg is not a JPEG, PNG or WebP photo/)
      const completed = await act("complete", form)
      expect([completed.status, completed.data.message]).toEqual([200, undefined])
      expect(completed.data.service_job).toMatchObject({
        status: "completed",
        report_summary: "Brake cable tightened and pads replaced; seat height set for the user",
        report_measurements: { seat_height: "48 cm", brake_travel: "12 mm" },
        report_photos: [{ index: 0, filename: "brake-after.jpg" }],
      })
      const file = await api.get(`/partner/service-jobs/${job.id}/photos/0`, { headers: who.almaty, responseType: "arraybuffer" })
      expect(Buffer.from(file.data).equals(photo)).toBe(true)
      expect((await send("GET", `/partner/service-jobs/${job.id}/photos/1`, who.almaty)).status).toBe(404)
      expect((await act("cancel", { reason: "too late" })).data.message).toMatch(/A completed service job is closed/)

      // The buyer reads the report on the order.
      const mine = await send("GET", `/store/orders/${order}/service-jobs`, buyer)
      expect(mine.data.service_jobs).toEqual([expect.objectContaining({ id: job.id, status: "completed", report_measurements: { seat_height: "48 cm", brake_travel: "12 mm" }, partner: expect.objectContaining({ legal_name: "Almaty Mobility Fitting Centre LLP" }) })])
      expect(mine.data.service_jobs[0]).not.toHaveProperty("handled_by")
      // Buyer and partner were told of every step.
      for (const step of ["requested", "accepted", "scheduled", "completed"]) {
        expect([step, (await mails(`service-job-${step}`)).map((m) => [m.to, m.data?.locale])]).toEqual([step, expect.arrayContaining([[BUYER_EMAIL, "ru"]])])
        expect([step, (await mails(`partner-service-job-${step}`)).map((m) => m.to)]).toEqual([step, expect.arrayContaining(["desk@almaty-fitting.example.kz"])])
      }
      expect((await mails("service-job-scheduled")).length).toBe(2)
    })

    it("lets the partner decline with a reason and the buyer cancel, each side told", async () => {
      const buyer = { ...store, ...who.buyer }
      const book = async () =>
        (await send("POST", `/store/orders/${order}/service-jobs`, buyer, { partner_id: partnerIds.almaty, service: "assessment", locale: "kk", proposed_times: [soon(2)] })).data.service_job.id
      const first = await book()
      expect((await send("POST", `/partner/service-jobs/${first}/decline`, who.almaty, {})).data.message).toMatch(/Field 'reason' is required/)
      const declined = await send("POST", `/partner/service-jobs/${first}/decline`, who.almaty, { reason: "No assessor free before January: try the clinic on Dostyk" })
      expect(declined.data.service_job).toMatchObject({ status: "declined", status_reason: "No assessor free before January: try the clinic on Dostyk" })
      const second = await book()
      const cancel = (id: string, orderId = order, headers: Headers = buyer) => send("POST", `/store/orders/${orderId}/service-jobs/${id}/cancel`, headers, { reason: "Bought a new chair after all" })
      const cancelled = await cancel(second)
      expect(cancelled.data.service_job).toMatchObject({ status: "cancelled", cancelled_by: "buyer", status_reason: "Bought a new chair after all" })
      expect((await cancel(second)).data.message).toMatch(/A cancelled service job is closed/)
      expect((await mails("partner-service-job-cancelled")).map((m) => m.to)).toEqual(["desk@almaty-fitting.example.kz"])
      expect((await mails("service-job-declined")).map((m) => [m.to, m.data?.locale])).toEqual([[BUYER_EMAIL, "kk"]])
      // A job of this order is no job of the stranger's order, even to the stranger who owns that one.
      expect((await cancel(second, strangerOrder, { ...store, ...who.stranger })).status).toBe(404)
      // A suspended partner takes on nothing new (it may still cancel).
      const third = await book()
      await send("POST", `/admin/service-partners/${partnerIds.almaty}/status`, who.admin, { status: "suspended", reason: "Checking a complaint" })
      expect((await send("POST", `/partner/service-jobs/${third}/accept`, who.almaty)).data.message).toMatch(/Your service partner is suspended/)
      expect((await send("POST", `/partner/service-jobs/${third}/cancel`, who.almaty, { reason: "We are closed this month" })).data.service_job).toMatchObject({ status: "cancelled", cancelled_by: "partner" })
      await send("POST", `/admin/service-partners/${partnerIds.almaty}/status`, who.admin, { status: "verified" })
    })

    describe("authorization matrix over every new route", () => {
      // Each test starts from the suite's start: its own job, booked by the buyer with Almaty.
      const bookJob = async (): Promise<string> =>
        (await send("POST", `/store/orders/${order}/service-jobs`, { ...store, ...who.buyer }, { partner_id: partnerIds.almaty, service: "fitting", locale: "ru", proposed_times: [soon(5)] })).data.service_job.id
      const ids = (job: string) => ({ ":id": job, ":index": "0", ":token": "no-such-invitation", ":job_id": job })
      const fill = (url: string, values: Record<string, string>) => url.replace(/:\w+/g, (p) => values[p] ?? p)
      const bodies: Record<string, object> = {
        "POST /partner/service-partners": partnerProfile({ contact_email: "x@example.kz" }),
        "POST /partner/invites/accept": { token: "no-such-invitation" },
        "POST /partner/service-jobs/:id/decline": { reason: "Not ours to decline" },
        "POST /partner/service-jobs/:id/cancel": { reason: "Not ours to cancel" },
        "POST /partner/service-jobs/:id/schedule": { scheduled_at: soon(6) },
        "POST /partner/service-jobs/:id/complete": { summary: "Not ours to complete" },
      }

      it("covers the partner's tree: anonymous and other actors are refused, another partner finds none of Almaty's jobs", async () => {
        const job = await bookJob()
        const routes = routeFiles("partner")
        expect(routes).toEqual([
          "GET /partner/invites/:token",
          "GET /partner/me",
          "GET /partner/service-jobs",
          "GET /partner/service-jobs/:id",
          "GET /partner/service-jobs/:id/photos/:index",
          "POST /partner/invites/accept",
          "POST /partner/service-jobs/:id/accept",
          "POST /partner/service-jobs/:id/cancel",
          "POST /partner/service-jobs/:id/complete",
          "POST /partner/service-jobs/:id/decline",
          "POST /partner/service-jobs/:id/schedule",
          "POST /partner/service-partners",
        ])
        for (const key of routes) {
          const [method, template] = key.split(" ")
          const call = (headers: Headers) => send(method, fill(template, ids(job)), headers, bodies[key])
          // The invitation's link is opened before any login: an unknown token is a 404 to anyone.
          const refused = key === "GET /partner/invites/:token" ? 404 : 401
          for (const [name, headers] of [["anonymous", {}], ["buyer", who.buyer], ["manufacturer", who.maker], ["operator", who.operator], ["admin", who.admin]] as const) {
            expect([key, name, (await call(headers)).status]).toEqual([key, name, refused])
          }
          const other = await call(who.astana)
          if (key === "GET /partner/me") expect(other.data.service_partner.id).toBe(partnerIds.astana)
          else if (key === "GET /partner/service-jobs") expect(other.data.service_jobs).toEqual([])
          // Astana's login already belongs to a partner: nothing to sign up or accept.
          else if (key === "POST /partner/service-partners" || key === "POST /partner/invites/accept") expect([key, other.status]).toEqual([key, 400])
          else expect([key, other.status]).toEqual([key, 404])
        }
        // Nothing Astana sent moved Almaty's job.
        expect((await send("GET", `/partner/service-jobs/${job}`, who.almaty)).data.service_job.status).toBe("requested")
      })

      it("keeps /admin/service-partners to platform staff and /vendor/service-partners to manufacturers", async () => {
        const admin = routeFiles("admin/service-partners")
        expect(admin).toEqual([
          "GET /admin/service-partners",
          "GET /admin/service-partners/:id",
          "POST /admin/service-partners/:id/invites",
          "POST /admin/service-partners/:id/status",
        ])
        const vendor = routeFiles("vendor/service-partners")
        expect(vendor).toEqual(["DELETE /vendor/service-partners/:id/authorisation", "GET /vendor/service-partners", "POST /vendor/service-partners/:id/authorisation"])
        const targets = { ":id": partnerIds.astana }
        for (const [keys, intruders] of [
          [admin, { anonymous: {}, buyer: who.buyer, manufacturer: who.maker, operator: who.operator, partner: who.almaty }],
          [vendor, { anonymous: {}, buyer: who.buyer, operator: who.operator, partner: who.almaty, admin: who.admin }],
        ] as const) {
          for (const key of keys) {
            const [method, template] = key.split(" ")
            for (const [name, headers] of Object.entries(intruders)) {
              const res = await send(method, fill(template, targets), headers, key.endsWith("/status") ? { status: "suspended", reason: "intruder" } : key.endsWith("/invites") ? { email: "intruder@example.kz", name: "Intruder" } : {})
              expect([key, name, res.status]).toEqual([key, name, 401])
            }
          }
        }
        expect((await send("GET", `/admin/service-partners/${partnerIds.astana}`, who.admin)).data.service_partner.status).toBe("verified")
      })

      it("keeps an order's service jobs to its buyer: another customer, a guest, a manufacturer and a partner find no such order", async () => {
        const job = await bookJob()
        const routes = routeFiles("store/orders").filter((k) => k.includes("service-jobs"))
        expect(routes).toEqual(["GET /store/orders/:id/service-jobs", "POST /store/orders/:id/service-jobs", "POST /store/orders/:id/service-jobs/:job_id/cancel"])
        for (const key of routes) {
          const [method, template] = key.split(" ")
          const body = method === "POST" ? (key.endsWith("/cancel") ? { reason: "Not mine to cancel" } : { partner_id: partnerIds.almaty, service: "fitting", locale: "ru", proposed_times: [soon(5)] }) : undefined
          for (const [name, headers] of [["another customer", who.stranger], ["a guest", {}], ["a manufacturer", who.maker], ["a partner", who.almaty]] as const) {
            const res = await send(method, fill(template, { ":id": order, ":job_id": job }), { ...store, ...headers }, body)
            expect([key, name, res.status]).toEqual([key, name, 404])
          }
        }
        // Still one open job, untouched.
        const { data } = await send("GET", `/store/orders/${order}/service-jobs`, { ...store, ...who.buyer })
        expect(data.service_jobs.find((j: { id: string }) => j.id === job).status).toBe("requested")
      })
    })
  },
})
