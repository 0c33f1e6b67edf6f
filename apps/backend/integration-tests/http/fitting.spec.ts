import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { signUpManufacturer, storefrontContext, uscc } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

const WHEELCHAIR = "kangyi-lightweight-aluminium-wheelchair"
const ROLLATOR = "anjian-four-wheel-rollator"
const CANE = "anjian-adjustable-aluminium-cane"

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { "x-publishable-api-key": string }
    let maker: { authorization: string }
    let otherMaker: { authorization: string }
    let buyer: { authorization: string }
    let stranger: { authorization: string }
    const products: Record<string, { id: string; variants: { id: string; title: string }[] }> = {}

    beforeAll(async () => {
      const container = getContainer()
      store = (await storefrontContext(container, "kz")).headers
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "handle", "variants.id", "variants.title"],
        filters: { handle: [WHEELCHAIR, ROLLATOR, CANE] },
      })
      for (const p of data) products[p.handle] = { id: p.id, variants: p.variants as { id: string; title: string }[] }
      maker = { authorization: `Bearer ${(await api.post("/auth/manufacturer/emailpass", DEMO_LOGINS.manufacturer)).data.token}` }
      otherMaker = (await signUpManufacturer(api, "maker-b", uscc("330200", "MA2XYW34"))).headers
      buyer = { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)).data.token}` }
      const login = { email: "stranger@example.kz", password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", login)
      await api.post("/store/customers", { email: login.email }, { headers: { ...store, authorization: `Bearer ${reg.token}` } })
      stranger = { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", login)).data.token}` }
    })

    const ask = (body: Record<string, unknown>, auth?: object) =>
      api
        .post("/store/fitting-requests", { locale: "ru", country_code: "KZ", measurement: "hip_width", ...body }, { headers: { ...store, ...auth } })
        .catch((e) => e.response)
    const vendor = (path: string, headers: object, body?: object) =>
      (body ? api.post(`/vendor${path}`, body, { headers }) : api.get(`/vendor${path}`, { headers })).catch((e) => e.response)
    const mine = async (auth: object) => (await api.get("/store/fitting-requests", { headers: { ...store, ...auth } })).data.fitting_requests

    it("sends a logged-in buyer's measurements to the product's manufacturer, who answers; the buyer reads the answer", async () => {
      const asked = await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 47, note: "Between sizes, long legs" }, buyer)
      expect([asked.status, asked.data.message]).toEqual([201, undefined])
      const id = asked.data.fitting_request.id

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      expect(await notifications.listNotifications({ template: "fitting-request-received" })).toEqual([
        expect.objectContaining({ to: "export@kangyi.example.cn", data: expect.objectContaining({ fitting_request_id: id }) }),
      ])

      const list = await vendor("/fitting-requests?status=open", maker)
      expect(list.data.fitting_requests).toEqual([
        expect.objectContaining({ id, status: "open", measurement: "hip_width", measured_cm: 47, note: "Between sizes, long legs", locale: "ru", country_code: "kz" }),
      ])
      // The manufacturer answers from the measurements; the buyer's identity is not theirs to see.
      expect(list.data.fitting_requests[0]).not.toHaveProperty("email")
      expect(list.data.fitting_requests[0]).not.toHaveProperty("customer_id")

      const fits = products[WHEELCHAIR].variants.find((v) => v.title === "51 cm")!
      const answered = await vendor(`/fitting-requests/${id}/answer`, maker, { answer: "Take 51 cm: 4 cm of room each side.", recommended_variant_id: fits.id })
      expect([answered.status, answered.data.message]).toEqual([200, undefined])
      expect(answered.data.fitting_request).toMatchObject({ status: "answered", recommended_variant: { id: fits.id, title: "51 cm" } })
      expect((await vendor("/fitting-requests?status=open", maker)).data.fitting_requests).toEqual([])

      expect(await mine(buyer)).toEqual([
        expect.objectContaining({
          id,
          status: "answered",
          answer: "Take 51 cm: 4 cm of room each side.",
          recommended_variant: { id: fits.id, title: "51 cm" },
          product: expect.objectContaining({ handle: WHEELCHAIR }),
        }),
      ])
      expect(await notifications.listNotifications({ to: DEMO_LOGINS.buyer.email, template: "fitting-request-answered" })).toHaveLength(1)
    })

    it("keeps manufacturer A's requests from manufacturer B, and each buyer's from every other buyer", async () => {
      const { id } = (await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 40 }, buyer)).data.fitting_request
      expect((await vendor("/fitting-requests", otherMaker)).data.fitting_requests).toEqual([])
      expect((await vendor(`/fitting-requests/${id}`, otherMaker)).status).toBe(404)
      expect((await vendor(`/fitting-requests/${id}/answer`, otherMaker, { answer: "Taken over" })).status).toBe(404)
      expect((await vendor(`/fitting-requests/${id}`, maker)).data.fitting_request.status).toBe("open")
      // A's rollator maker is someone else again: A does not see a request about it.
      const rollator = (await ask({ product_id: products[ROLLATOR].id, measurement: "wrist_height", measured_cm: 85 }, stranger)).data.fitting_request
      expect((await vendor("/fitting-requests", maker)).data.fitting_requests.map((r: { id: string }) => r.id)).toEqual([id])
      expect((await vendor(`/fitting-requests/${rollator.id}`, maker)).status).toBe(404)

      expect((await mine(stranger)).map((r: { id: string }) => r.id)).toEqual([rollator.id])
      expect((await mine(buyer)).map((r: { id: string }) => r.id)).toEqual([id])
      const anonymous = await api.get("/store/fitting-requests", { headers: store }).catch((e) => e.response)
      expect(anonymous.status).toBe(401)
    })

    it("takes a guest's request with an email, and refuses what cannot be answered, saying why", async () => {
      const guest = await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 44, email: "Guest@Example.kz" })
      expect(guest.status).toBe(201)
      expect((await vendor(`/fitting-requests/${guest.data.fitting_request.id}`, maker)).status).toBe(200)

      const noEmail = await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 44 })
      expect([noEmail.status, noEmail.data.message]).toEqual([400, "email is required to send you the answer (or log in)"])
      const wrongMeasure = await ask({ product_id: products[WHEELCHAIR].id, measurement: "wrist_height", measured_cm: 90 }, buyer)
      expect([wrongMeasure.status, wrongMeasure.data.message]).toEqual([400, "measurement must be hip_width for this product"])
      const typo = await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 470 }, buyer)
      expect([typo.status, typo.data.message]).toEqual([400, "measured_cm must be between 20 and 80 cm"])
      const noFitting = await ask({ product_id: products[CANE].id, measured_cm: 44 }, buyer)
      expect([noFitting.status, noFitting.data.message]).toEqual([400, "This product needs no fitting: choose its variant directly."])
      expect((await ask({ product_id: "prod_nobody", measured_cm: 44 }, buyer)).status).toBe(404)
      expect((await ask({ product_id: products[WHEELCHAIR].id, measured_cm: 44, email: "nope" })).data.message).toMatch(/email must be an email address/)

      const { id } = guest.data.fitting_request
      const empty = await vendor(`/fitting-requests/${id}/answer`, maker, { answer: " " })
      expect([empty.status, empty.data.message]).toEqual([400, expect.stringMatching(/'answer' too small/)])
      const foreignVariant = await vendor(`/fitting-requests/${id}/answer`, maker, { answer: "Try this", recommended_variant_id: products[ROLLATOR].variants[0].id })
      expect([foreignVariant.status, foreignVariant.data.message]).toEqual([400, "recommended_variant_id must be one of this product's variants"])
      expect((await vendor(`/fitting-requests/${id}`, maker)).data.fitting_request).toMatchObject({ status: "open", answer: null })
    })
  },
})
