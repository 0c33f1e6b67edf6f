import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MANUFACTURER_MODULE } from "../../src/modules/manufacturer"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { enforceCertificateValidityWorkflow } from "../../src/workflows/manufacturer/enforce-certificate-validity"
import { profile, routeFiles, signUpManufacturer, storefrontContext, uscc, waitFor, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

const DAY = 24 * 3600 * 1000
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10)

/** A multipart certificate upload. */
function certificateForm(fields: Record<string, string>, file?: { bytes: Buffer; type: string; name: string }) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return form
}
const pdf = { bytes: Buffer.from("%PDF-1.4\n% ISO 13485 certificate scan\n%%EOF\n"), type: "application/pdf", name: "iso13485.pdf" }
const iso13485 = (validUntil: string, productIds = "") => ({
  type: "iso_13485",
  number: `CN-13485-${validUntil}`,
  issuer: "TÜV SÜD China",
  valid_from: "2024-01-01",
  valid_until: validUntil,
  product_ids: productIds,
})

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const signUp = (handle: string, code: string) => signUpManufacturer(api, handle, code)

    let a: Awaited<ReturnType<typeof signUp>>
    let b: Awaited<ReturnType<typeof signUp>>
    let productOfA: string

    beforeAll(async () => {
      const container = getContainer()
      a = await signUp("maker-a", uscc("330200", "MA2ABC12"))
      b = await signUp("maker-b", uscc("330200", "MA2XYW34"))
      // A lists one product.
      const [product] = await container.resolve(Modules.PRODUCT).createProducts([{ title: "A's walking frame", handle: "a-walking-frame" }])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [MANUFACTURER_MODULE]: { manufacturer_id: a.created.data.manufacturer.id },
        [Modules.PRODUCT]: { product_id: product.id },
      })
      productOfA = product.id
    })

    it("signs a manufacturer up: pending review, owner login, verified credit code", async () => {
      expect([a.created.status, a.created.data.message]).toEqual([201, undefined])
      expect(a.created.data.manufacturer).toMatchObject({ handle: "maker-a", status: "pending" })
      expect(a.created.data.member).toMatchObject({ role: "owner", email: "maker-a@makers.example.cn" })
      const { data } = await api.get("/vendor/me", a)
      expect(data.member.manufacturer).toMatchObject({ handle: "maker-a", status: "pending" })
    })

    it("tells the manufacturer why it was rejected, without saying which staff member did it", async () => {
      const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const reason = "The business licence scan is unreadable"
      await api.post(
        `/admin/manufacturers/${b.created.data.manufacturer.id}/status`,
        { status: "rejected", reason },
        { headers: { authorization: `Bearer ${adminLogin.token}` } }
      )
      const { manufacturer } = (await api.get("/vendor/me", b)).data.member
      expect(manufacturer.status).toBe("rejected")
      const rejection = manufacturer.status_changes.find((c: { to_status: string }) => c.to_status === "rejected")
      expect(rejection).toEqual({ to_status: "rejected", reason, created_at: expect.any(String) })
    })

    it("lets the owner keep the profile up to date, but not its legal identity", async () => {
      const res = await api.post("/vendor/profile", { city: "Shaoxing", contact_phone: "+86 575 8800 0000" }, a)
      expect(res.data.manufacturer).toMatchObject({ handle: "maker-a", city: "Shaoxing", contact_phone: "+86 575 8800 0000", province: "Zhejiang" })
      const legal = await api.post("/vendor/profile", { legal_name_en: "Someone else Ltd." }, a).catch((e) => e.response)
      expect([legal.status, legal.data.message]).toEqual([400, expect.stringMatching(/legal_name_en/)])
      const email = await api.post("/vendor/profile", { contact_email: "not-an-email" }, a).catch((e) => e.response)
      expect([email.status, email.data.message]).toEqual([400, expect.stringMatching(/contact_email/)])
      expect((await api.get("/vendor/profile", b)).data.manufacturer.city).toBe("Ningbo")
      const { data: team } = await api.get("/vendor/members", a)
      expect(team.members).toEqual([expect.objectContaining({ email: "maker-a@makers.example.cn", role: "owner" })])
      expect(team.open_invites).toEqual([])
    })

    it("refuses a credit code with a wrong check character, naming the field and the reason", async () => {
      const good = uscc("330200", "MA2QQQ56")
      const wrong = good.slice(0, 17) + (good[17] === "0" ? "1" : "0")
      const { data: reg } = await api.post("/auth/manufacturer/emailpass/register", { email: "wrong@makers.example.cn", password: "a-long-password-2026" })
      const res = await api
        .post("/vendor/manufacturers", profile("maker-wrong", wrong), { headers: { authorization: `Bearer ${reg.token}` } })
        .catch((e) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/unified_social_credit_code wrong check character: expected "[0-9A-Z]"/)
    })

    it("refuses a second manufacturer with the same credit code, and a login that already has one", async () => {
      const again = await signUp("maker-a-copy", a.created.data.manufacturer.unified_social_credit_code)
      expect(again.created.status).toBe(422)
      expect(again.created.data.message).toMatch(/unified social credit code is already registered/)
      const twice = await api.post("/vendor/manufacturers", profile("maker-a2", uscc("330200", "MA2RRR78")), a).catch((e) => e.response)
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe("This login already belongs to a manufacturer.")
    })

    it("shows a manufacturer its own products only", async () => {
      const own = await api.get("/vendor/products", a)
      expect(own.data.products.map((p: { id: string }) => p.id)).toEqual([productOfA])
      const other = await api.get("/vendor/products", b)
      expect(other.data.products).toEqual([])
      expect((await api.get(`/vendor/products/${productOfA}`, a)).data.product.id).toBe(productOfA)
    })

    // The test runner restores the database to its state after beforeAll before every test.
    const approveA = async () => {
      const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      return api.post(
        `/admin/manufacturers/${a.created.data.manufacturer.id}/status`,
        { status: "approved" },
        { headers: { authorization: `Bearer ${adminLogin.token}` } }
      )
    }

    describe("listing products", () => {
      const post = (body: unknown) => api.post("/vendor/products", body, a).catch((e) => e.response)

      it("lists a product with its trade data; it reaches the store only once the manufacturer is approved", async () => {
        const res = await post(wheelchair("a-folding-chair"))
        expect([res.status, res.data.message]).toEqual([201, undefined])
        expect(res.data.product).toMatchObject({ handle: "a-folding-chair", hs_code: "8713100000", weight: 19000, status: "published" })
        expect(res.data.product.metadata).toMatchObject({ iso_9999: "12 22", net_weight_g: 16500 })
        expect((await api.get("/vendor/products", a)).data.products.map((p: { handle: string }) => p.handle)).toContain("a-folding-chair")

        const { headers, region } = await storefrontContext(getContainer(), "kz")
        const inStore = async () =>
          (await api.get(`/store/products?handle=a-folding-chair&region_id=${region.id}&fields=*variants.calculated_price`, { headers })).data
        expect((await inStore()).count).toBe(0)

        expect((await approveA()).status).toBe(200)
        const listed = await inStore()
        expect(listed.count).toBe(1)
        expect(listed.products[0].variants[0].calculated_price).toMatchObject({ calculated_amount: 89000, currency_code: "kzt" })
      })

      it("edits a product: trade data, unpublishing, a new variant and its prices per currency", async () => {
        // The options declare both seat widths; the 50 cm variant comes later.
        const created = (await post(wheelchair("a-edited-chair", { options: [{ title: "Seat width", values: ["46 cm", "50 cm"] }] }))).data.product
        const edit = (body: unknown) => api.post(`/vendor/products/${created.id}`, body, a).catch((e) => e.response)
        const edited = await edit({ title: "Folding steel wheelchair AX-2", hs_code: "871310", length_mm: 900 })
        expect([edited.status, edited.data.message]).toEqual([200, undefined])
        expect(edited.data.product).toMatchObject({ title: "Folding steel wheelchair AX-2", hs_code: "871310", length: 900, weight: 19000 })
        expect(edited.data.product.metadata).toMatchObject({ iso_9999: "12 22", net_weight_g: 16500 })
        expect((await edit({ status: "draft" })).data.product.status).toBe("draft")
        expect((await edit({ hs_code: "000000" })).status).toBe(400)
        expect((await edit({})).data.message).toMatch(/send at least one field to change/)

        const variant = await api
          .post(`/vendor/products/${created.id}/variants`, {
            title: "50 cm",
            sku: "a-edited-chair-50",
            options: { "Seat width": "50 cm" },
            prices: [{ currency_code: "kzt", amount: 95000 }],
          }, a)
          .catch((e) => e.response)
        expect([variant.status, variant.data.message]).toEqual([201, undefined])
        const added = variant.data.product.variants.find((v: { sku: string }) => v.sku === "a-edited-chair-50")
        expect(added.prices).toEqual([expect.objectContaining({ currency_code: "kzt", amount: 95000 })])

        const setPrices = (body: unknown, variantId = added.id) =>
          api.post(`/vendor/products/${created.id}/variants/${variantId}`, body, a).catch((e) => e.response)
        const priced = await setPrices({ prices: [{ currency_code: "kzt", amount: 93000 }, { currency_code: "rub", amount: 16900 }] })
        const prices = priced.data.product.variants.find((v: { id: string }) => v.id === added.id).prices
        expect(prices.map((p: { currency_code: string; amount: number }) => `${p.currency_code} ${p.amount}`).sort()).toEqual(["kzt 93000", "rub 16900"])
        expect((await setPrices({ prices: [{ currency_code: "kzt", amount: -1 }] })).status).toBe(400)
        expect((await setPrices({ prices: [{ currency_code: "xyz", amount: 1 }] })).data.message).toMatch(/currency_code xyz is not sold/)
        expect((await setPrices({ title: "x" }, "variant_of_someone_else")).status).toBe(404)
      })

      it("will not publish a draft that lacks its trade data", async () => {
        const draft = (await post(wheelchair("a-draft-chair", { status: "draft", hs_code: undefined }))).data.product
        const res = await api.post(`/vendor/products/${draft.id}`, { status: "published" }, a).catch((e) => e.response)
        expect([res.status, res.data.message]).toEqual([400, "hs_code is required to publish a product"])
        const fixed = await api.post(`/vendor/products/${draft.id}`, { status: "published", hs_code: "8713.10" }, a)
        expect(fixed.data.product.status).toBe("published")
      })

      it.each([
        ["an unknown HS code", { hs_code: "871399" }, /hs_code: .*871399/],
        ["a negative price", { variants: [{ title: "46 cm", options: { "Seat width": "46 cm" }, prices: [{ currency_code: "usd", amount: -5 }] }] }, /variants, 0, prices, 0, amount.*too small/],
        ["an unknown currency", { variants: [{ title: "46 cm", options: { "Seat width": "46 cm" }, prices: [{ currency_code: "xyz", amount: 5 }] }] }, /currency_code xyz is not sold on this marketplace; use one of: .*kzt/],
        ["an unknown ISO 9999 class", { iso_9999: "99 99" }, /iso_9999 is not an ISO 9999 class we know/],
        ["no weight on a published product", { gross_weight_g: undefined }, /gross_weight_g is required to publish a product/],
      ])("refuses %s with 400 and the field", async (_what, overrides, message) => {
        const res = await post(wheelchair("a-bad-chair", overrides))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect((await api.get("/vendor/products", a)).data.products.map((p: { handle: string }) => p.handle)).not.toContain("a-bad-chair")
      })

      it("sets stock at the park per variant; the store sees it; a negative quantity is refused", async () => {
        await approveA()
        const created = await post(wheelchair("a-stocked-chair"))
        const variantId = created.data.product.variants[0].id
        const stock = (body: unknown) => api.post(`/vendor/products/${created.data.product.id}/stock`, body, a).catch((e) => e.response)
        const first = await stock({ levels: [{ variant_id: variantId, stocked_quantity: 12 }] })
        expect([first.status, first.data.variants[0].stocked_at_park]).toEqual([200, 12])
        const second = await stock({ levels: [{ variant_id: variantId, stocked_quantity: 5 }] })
        expect(second.data.variants[0].stocked_at_park).toBe(5)

        const { headers, region } = await storefrontContext(getContainer(), "kz")
        const { data } = await api.get(`/store/products?handle=a-stocked-chair&region_id=${region.id}&fields=+variants.inventory_quantity`, { headers })
        expect(data.products[0].variants[0].inventory_quantity).toBe(5)

        const negative = await stock({ levels: [{ variant_id: variantId, stocked_quantity: -1 }] })
        expect([negative.status, negative.data.message]).toEqual([400, expect.stringMatching(/stocked_quantity/)])
        const foreign = await stock({ levels: [{ variant_id: "variant_not_here", stocked_quantity: 1 }] })
        expect(foreign.status).toBe(404)
      })

      it("keeps a draft without trade data", async () => {
        const res = await post(wheelchair("a-draft-chair", { status: "draft", hs_code: undefined, iso_9999: undefined, gross_weight_g: undefined }))
        expect(res.status).toBe(201)
        expect(res.data.product.status).toBe("draft")
      })
    })

    describe("certificates", () => {
      const upload = (form: FormData, who = a) => api.post("/vendor/certificates", form, who).catch((e) => e.response)

      it("shows buyers the certificates valid today on the product, without the scans", async () => {
        await approveA()
        const created = await api.post("/vendor/products", wheelchair("a-certified-chair"), a)
        const productId = created.data.product.id
        await upload(certificateForm(iso13485(isoDay(400), productId), pdf))
        await upload(certificateForm({ ...iso13485(isoDay(-3), productId), number: "CN-13485-OLD" }, pdf))
        const { headers } = await storefrontContext(getContainer(), "kz")
        const { data } = await api.get(`/store/products/${productId}/manufacturer`, { headers })
        expect(data.manufacturer.certificates).toEqual([
          { type: "iso_13485", number: `CN-13485-${isoDay(400)}`, issuer: "TÜV SÜD China", valid_from: expect.any(String), valid_until: expect.any(String) },
        ])
      })

      it("stores the scan with the file module, links the products and flags one expiring within 60 days", async () => {
        const res = await upload(certificateForm(iso13485(isoDay(30), productOfA), pdf))
        expect([res.status, res.data.message]).toEqual([201, undefined])
        expect(res.data.certificate).toMatchObject({ type: "iso_13485", expires_soon: true, expired: false })
        expect(res.data.certificate.products.map((p: { id: string }) => p.id)).toEqual([productOfA])
        // The scan is private: its owner and the platform can download it, nobody else, and not from /static.
        const id = res.data.certificate.id
        const bytes = { responseType: "arraybuffer" as const }
        const own = await api.get(`/vendor/certificates/${id}/file`, { ...a, ...bytes })
        expect([own.headers["content-type"], Buffer.from(own.data).equals(pdf.bytes)]).toEqual(["application/pdf", true])
        expect((await api.get(`/vendor/certificates/${id}/file`, b).catch((e) => e.response)).status).toBe(404)
        const { data: staff } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
        const forStaff = await api.get(`/admin/certificates/${id}/file`, { headers: { authorization: `Bearer ${staff.token}` }, ...bytes })
        expect(Buffer.from(forStaff.data).equals(pdf.bytes)).toBe(true)
        const { data: stored } = await getContainer().resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "manufacturer_certificate", fields: ["file_id"], filters: { id } })
        expect((await api.get(`/static/${stored[0].file_id}`).catch((e) => e.response)).status).toBe(404)

        const later = await upload(certificateForm(iso13485(isoDay(700)), pdf))
        expect(later.data.certificate.expires_soon).toBe(false)

        const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
        const { data } = await api.get("/admin/certificates?expiring_within_days=60", {
          headers: { authorization: `Bearer ${adminLogin.token}` },
        })
        const ids = data.certificates.map((c: { id: string }) => c.id)
        expect(ids).toContain(res.data.certificate.id)
        expect(ids).not.toContain(later.data.certificate.id)
      })

      it("refuses an oversized scan, a wrong file type and a missing file with 400", async () => {
        const big = { ...pdf, bytes: Buffer.alloc(11 * 1024 * 1024, 1) }
        expect((await upload(certificateForm(iso13485(isoDay(90)), big))).data.message).toBe("file is larger than 10 MB")
        const text = { bytes: Buffer.from("not a scan"), type: "text/plain", name: "notes.txt" }
        const wrongType = await upload(certificateForm(iso13485(isoDay(90)), text))
        expect([wrongType.status, wrongType.data.message]).toEqual([400, "file is required: a PDF, PNG or JPEG scan of the certificate"])
        const noFile = await upload(certificateForm(iso13485(isoDay(90))))
        expect(noFile.status).toBe(400)
        const backwards = await upload(certificateForm({ ...iso13485(isoDay(90)), valid_from: isoDay(100) }, pdf))
        expect([backwards.status, backwards.data.message]).toEqual([400, expect.stringMatching(/valid_until must be after valid_from/)])
      })

      it("keeps a product on sale when its expired certificate has been renewed", async () => {
        const created = await api.post("/vendor/products", wheelchair("a-renewed-chair"), a)
        const productId = created.data.product.id
        await upload(certificateForm(iso13485(isoDay(-1), productId), pdf))
        await upload(certificateForm({ ...iso13485(isoDay(700), productId), number: "CN-13485-RENEWED" }, pdf))
        const { result } = await enforceCertificateValidityWorkflow(getContainer()).run({ input: { now: new Date().toISOString() } })
        expect(result.flatMap((e) => e.product_ids)).not.toContain(productId)
        expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId)).status).toBe("published")
      })

      it("takes a product off sale when its certificate has expired, and tells the manufacturer once", async () => {
        const container = getContainer()
        const created = await api.post("/vendor/products", wheelchair("a-expiring-chair"), a)
        const productId = created.data.product.id
        await upload(certificateForm(iso13485(isoDay(-1), productId), pdf))

        const now = new Date().toISOString()
        await enforceCertificateValidityWorkflow(container).run({ input: { now } })
        const product = await container.resolve(Modules.PRODUCT).retrieveProduct(productId)
        expect(product.status).toBe("draft")
        // Running it again touches nothing: the product is no longer published.
        const { result } = await enforceCertificateValidityWorkflow(container).run({ input: { now } })
        expect(result.flatMap((e) => e.product_ids)).not.toContain(productId)

        const notifications = container.resolve(Modules.NOTIFICATION)
        const sent = async () => notifications.listNotifications({ to: "maker-a@example.cn", template: "certificate-expired" })
        const [notice] = await waitFor("the notice to the manufacturer", async () => ((await sent()).length ? sent() : undefined))
        expect(notice.data).toMatchObject({ product_ids: expect.arrayContaining([productId]) })
        expect(await sent()).toHaveLength(1)
      })
    })

    describe("staff", () => {
      const register = async (email: string) =>
        (await api.post("/auth/manufacturer/emailpass/register", { email, password: "a-long-password-2026" })).data.token as string
      const invitationToken = async (email: string) => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [mail] = await notifications.listNotifications({ to: email, template: "manufacturer-staff-invite" })
        return new URL(mail.data!.accept_url as string).searchParams.get("token")!
      }

      it("the owner invites by email; the colleague joins as staff and sees the manufacturer's products", async () => {
        const invited = await api.post("/vendor/invites", { email: "Staff.One@makers.example.cn" }, a)
        expect(invited.status).toBe(201)
        expect(invited.data.invite).not.toHaveProperty("token")
        const token = await invitationToken("staff.one@makers.example.cn")
        // The email's link opens a page that shows, without a login, whom it invites to which manufacturer.
        const shown = await api.get(`/vendor/invites/${token}`)
        expect(shown.data.invitation).toMatchObject({ email: "staff.one@makers.example.cn", status: "open", manufacturer: { legal_name_en: expect.any(String) } })

        const fresh = await register("staff.one@makers.example.cn")
        const joined = await api
          .post("/vendor/invites/accept", { token, first_name: "Li", last_name: "Na" }, { headers: { authorization: `Bearer ${fresh}` } })
          .catch((e) => e.response)
        expect([joined.status, joined.data.message]).toEqual([201, undefined])
        expect(joined.data.member.role).toBe("staff")

        const { data: login } = await api.post("/auth/manufacturer/emailpass", { email: "staff.one@makers.example.cn", password: "a-long-password-2026" })
        const staff = { headers: { authorization: `Bearer ${login.token}` } }
        expect((await api.get("/vendor/me", staff)).data.member).toMatchObject({ role: "staff", manufacturer: { handle: "maker-a" } })
        expect((await api.get("/vendor/products", staff)).data.products.map((p: { id: string }) => p.id)).toContain(productOfA)

        const staffInvites = await api.post("/vendor/invites", { email: "x@makers.example.cn" }, staff).catch((e) => e.response)
        expect([staffInvites.status, staffInvites.data.message]).toEqual([400, "Only the manufacturer's owner can invite staff."])
        const staffProfile = await api.post("/vendor/profile", { city: "Hangzhou" }, staff).catch((e) => e.response)
        expect([staffProfile.status, staffProfile.data.message]).toEqual([400, "Only the manufacturer's owner can change its profile."])
        const team = (await api.get("/vendor/members", a)).data.members.map((m: { email: string; role: string }) => `${m.role} ${m.email}`)
        expect(team.sort()).toEqual(["owner maker-a@makers.example.cn", "staff staff.one@makers.example.cn"])

        const again = await register("staff.two@makers.example.cn")
        const reused = await api
          .post("/vendor/invites/accept", { token, first_name: "Li", last_name: "Na" }, { headers: { authorization: `Bearer ${again}` } })
          .catch((e) => e.response)
        expect([reused.status, reused.data.message]).toEqual([400, "This invitation is not valid or has already been used."])
        expect((await api.get(`/vendor/invites/${token}`)).data.invitation.status).toBe("used")
      })

      it("refuses an invitation accepted with another email", async () => {
        await api.post("/vendor/invites", { email: "staff.three@makers.example.cn" }, a)
        const token = await invitationToken("staff.three@makers.example.cn")
        const other = await register("someone.else@makers.example.cn")
        const res = await api
          .post("/vendor/invites/accept", { token, first_name: "Wu", last_name: "Fang" }, { headers: { authorization: `Bearer ${other}` } })
          .catch((e) => e.response)
        expect([res.status, res.data.message]).toEqual([400, "This invitation is for staff.three@makers.example.cn: register with that email."])
      })
    })

    describe("authorization matrix over every /vendor route", () => {
      // How to call each route as someone who must not see manufacturer A's data.
      // `public`: answers without a login by design; anyone, B included, gets 404 for what is not theirs to see.
      const cases: Record<string, { path: () => string; body?: () => object; public?: true; otherManufacturer: (res: any) => void }> = {
        "GET /vendor/me": { path: () => "/vendor/me", otherManufacturer: (res) => expect(res.data.member.manufacturer.handle).toBe("maker-b") },
        "GET /vendor/profile": { path: () => "/vendor/profile", otherManufacturer: (res) => expect(res.data.manufacturer.handle).toBe("maker-b") },
        "POST /vendor/profile": {
          path: () => "/vendor/profile",
          body: () => ({ city: "Shaoxing" }),
          // B changes B's own profile; A's is untouched (checked in the profile test).
          otherManufacturer: (res) => expect([res.status, res.data.manufacturer?.handle]).toEqual([200, "maker-b"]),
        },
        "GET /vendor/members": {
          path: () => "/vendor/members",
          otherManufacturer: (res) => expect(res.data.members.map((m: { email: string }) => m.email)).toEqual(["maker-b@makers.example.cn"]),
        },
        "GET /vendor/products": { path: () => "/vendor/products", otherManufacturer: (res) => expect(res.data.products).toEqual([]) },
        "GET /vendor/products/:id": { path: () => `/vendor/products/${productOfA}`, otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/products": {
          path: () => "/vendor/products",
          body: () => wheelchair("b-own-chair"),
          // B can list its own product; it never becomes A's.
          otherManufacturer: (res) => expect([res.status, res.data.product?.handle]).toEqual([201, "b-own-chair"]),
        },
        "POST /vendor/products/:id": {
          path: () => `/vendor/products/${productOfA}`,
          body: () => ({ title: "Taken over" }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/products/:id/variants": {
          path: () => `/vendor/products/${productOfA}/variants`,
          body: () => ({ title: "XL", options: {}, prices: [{ currency_code: "usd", amount: 10 }] }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/products/:id/variants/:variant_id": {
          path: () => `/vendor/products/${productOfA}/variants/variant_x`,
          body: () => ({ title: "XL" }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        // Cross-manufacturer order access with real orders is tested in order-split.spec.ts.
        "GET /vendor/orders": { path: () => "/vendor/orders", otherManufacturer: (res) => expect(res.data.orders).toEqual([]) },
        "GET /vendor/orders/:id": { path: () => "/vendor/orders/order_of_a", otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/orders/:id/confirm": { path: () => "/vendor/orders/order_of_a/confirm", otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/orders/:id/ready-for-handoff": {
          path: () => "/vendor/orders/order_of_a/ready-for-handoff",
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/orders/:id/declaration/resubmit": {
          path: () => "/vendor/orders/order_of_a/declaration/resubmit",
          body: () => ({ version: 1 }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "GET /vendor/statements/:month": {
          path: () => "/vendor/statements/2026-11",
          otherManufacturer: (res) => expect(res.data.statement.lines).toEqual([]),
        },
        "GET /vendor/statements/:month/csv": {
          path: () => "/vendor/statements/2026-11/csv",
          otherManufacturer: (res) => expect(res.data.trimEnd().split("\r\n")).toHaveLength(1),
        },
        "GET /vendor/certificates": {
          path: () => "/vendor/certificates",
          otherManufacturer: (res) => expect(res.data.certificates).toEqual([]),
        },
        "GET /vendor/certificates/:id/file": {
          path: () => "/vendor/certificates/mfrcert_of_a/file",
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "GET /vendor/orders/:id/documents/:document_id": {
          path: () => "/vendor/orders/order_of_a/documents/cdoc_of_a",
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/products/:id/stock": {
          path: () => `/vendor/products/${productOfA}/stock`,
          body: () => ({ levels: [{ variant_id: "variant_x", stocked_quantity: 1 }] }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        // Photos with real uploads and B's attempts on them are tested in product-media.spec.ts.
        "POST /vendor/products/:id/images": {
          path: () => `/vendor/products/${productOfA}/images`,
          body: () => certificateForm({ "alt[en]": "B's photo" }, { ...pdf, type: "image/png", name: "photo.png" }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/products/:id/images/:image_id": {
          path: () => `/vendor/products/${productOfA}/images/img_of_a`,
          body: () => ({ thumbnail: true }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "DELETE /vendor/products/:id/images/:image_id": {
          path: () => `/vendor/products/${productOfA}/images/img_of_a`,
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/certificates": {
          path: () => "/vendor/certificates",
          body: () => certificateForm(iso13485("2027-06-30", productOfA), pdf),
          // B cannot attach a certificate to A's product: to B it does not exist.
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/invites": {
          path: () => "/vendor/invites",
          body: () => ({ email: "b-colleague@makers.example.cn" }),
          // B invites to B; the invitation is B's own.
          otherManufacturer: (res) => expect(res.status).toBe(201),
        },
        "GET /vendor/invites/:token": {
          path: () => "/vendor/invites/not-a-real-invitation-token",
          // The invitation email's link, opened before any login: the token is the key, an unknown one a 404.
          public: true,
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/invites/accept": {
          path: () => "/vendor/invites/accept",
          body: () => ({ token: "not-a-real-invitation-token", first_name: "B", last_name: "Member" }),
          otherManufacturer: (res) => expect([res.status, res.data.message]).toEqual([400, "This login already belongs to a manufacturer."]),
        },
        // Traced units, recalls and credit records with real orders are tested in traceability.spec.ts.
        "GET /vendor/units": { path: () => "/vendor/units", otherManufacturer: (res) => expect(res.data.units).toEqual([]) },
        "POST /vendor/orders/:id/units": {
          path: () => "/vendor/orders/order_of_a/units",
          body: () => ({ units: [{ line_item_id: "ordli_of_a", serial: "SN-1" }] }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "GET /vendor/recalls": { path: () => "/vendor/recalls", otherManufacturer: (res) => expect(res.data.recalls).toEqual([]) },
        "POST /vendor/recalls": {
          path: () => "/vendor/recalls",
          body: () => ({ product_id: productOfA, scope: "product", reason: "B tries to recall A's product" }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "GET /vendor/recalls/:id": { path: () => "/vendor/recalls/rcl_of_a", otherManufacturer: (res) => expect(res.status).toBe(404) },
        "GET /vendor/credit-record": {
          path: () => "/vendor/credit-record",
          otherManufacturer: (res) => expect([res.data.credit_record.manufacturer_id, res.data.credit_record.facts]).toEqual([b.created.data.manufacturer.id, []]),
        },
        "GET /vendor/spot-checks/:id/report": { path: () => "/vendor/spot-checks/spck_of_a/report", otherManufacturer: (res) => expect(res.status).toBe(404) },
        // Complaints with real orders and buyers are tested in traceability.spec.ts.
        "GET /vendor/complaints": { path: () => "/vendor/complaints", otherManufacturer: (res) => expect(res.data.complaints).toEqual([]) },
        "GET /vendor/complaints/:id": { path: () => "/vendor/complaints/cmpl_of_a", otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/complaints/:id/answer": {
          path: () => "/vendor/complaints/cmpl_of_a/answer",
          body: () => ({ answer: "B answers a complaint about A" }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        // Cross-manufacturer access with real requests is tested in fitting.spec.ts.
        "GET /vendor/fitting-requests": { path: () => "/vendor/fitting-requests", otherManufacturer: (res) => expect(res.data.fitting_requests).toEqual([]) },
        "GET /vendor/fitting-requests/:id": { path: () => "/vendor/fitting-requests/fitreq_of_a", otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/fitting-requests/:id/answer": {
          path: () => "/vendor/fitting-requests/fitreq_of_a/answer",
          body: () => ({ answer: "Take the 46 cm seat." }),
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        // Authorisations with real partners are tested in service-partners.spec.ts: B never sees A's.
        "GET /vendor/service-partners": {
          path: () => "/vendor/service-partners",
          otherManufacturer: (res) => expect(res.data.service_partners.every((p: { authorisation: unknown }) => p.authorisation === null)).toBe(true),
        },
        "POST /vendor/service-partners/:id/authorisation": {
          path: () => "/vendor/service-partners/spart_of_a/authorisation",
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "DELETE /vendor/service-partners/:id/authorisation": {
          path: () => "/vendor/service-partners/spart_of_a/authorisation",
          otherManufacturer: (res) => expect(res.status).toBe(404),
        },
        "POST /vendor/manufacturers": {
          path: () => "/vendor/manufacturers",
          body: () => profile("maker-c", uscc("330200", "MA2SSS90")),
          otherManufacturer: (res) => expect(res.status).toBe(400),
        },
      }

      it("covers every route file", () => {
        expect(Object.keys(cases).sort()).toEqual(routeFiles("vendor"))
      })

      const call = (key: string, headers?: object) => {
        const [method] = key.split(" ")
        const c = cases[key]
        const req =
          method === "GET" ? api.get(c.path(), { headers }) : method === "DELETE" ? api.delete(c.path(), { headers }) : api.post(c.path(), c.body?.() ?? {}, { headers })
        return req.catch((e) => e.response)
      }

      it("answers 401 without a token and to a buyer's token, and keeps A's data from B", async () => {
        const { data: buyer } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
        const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
        for (const key of routeFiles("vendor")) {
          const refused = cases[key].public ? 404 : 401
          expect([key, (await call(key)).status]).toEqual([key, refused])
          expect([key, (await call(key, { authorization: `Bearer ${buyer.token}` })).status]).toEqual([key, refused])
          expect([key, (await call(key, { authorization: `Bearer ${adminLogin.token}` })).status]).toEqual([key, refused])
          cases[key].otherManufacturer(await call(key, b.headers))
        }
      })
    })
  },
})
