import { Modules } from "@medusajs/framework/utils"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { enforceCertificateValidityWorkflow } from "../../src/workflows/manufacturer/enforce-certificate-validity"
import { eventBusIdle, signUpManufacturer, storefrontContext, uscc, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

const DAY = 24 * 3600 * 1000
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10)
const pdf = { bytes: Buffer.from("%PDF-1.4\n% scan\n%%EOF\n"), type: "application/pdf", name: "scan.pdf" }

function multipart(fields: Record<string, string>) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append("file", new Blob([new Uint8Array(pdf.bytes)], { type: pdf.type }), pdf.name)
  return form
}

type Headers = { headers: { authorization: string } }

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let adminId: string
    let maker: Headers & { id: string; memberId: string }

    const call = (p: Promise<{ status: number; data: any }>) => p.catch((e) => e.response)
    const status = (id: string, body: object) => call(api.post(`/admin/manufacturers/${id}/status`, body, admin))
    const list = async (handle: string, who: Headers = maker, overrides: Record<string, unknown> = {}) =>
      call(api.post("/vendor/products", wheelchair(handle, overrides), who))
    const listed = async (handle: string) => (await list(handle)).data.product.id as string
    const publish = (productId: string, who: Headers = maker) => call(api.post(`/vendor/products/${productId}`, { status: "published" }, who))
    const product = async (productId: string) => (await api.get(`/vendor/products/${productId}`, maker)).data.product
    const holds = async (query: string) => (await api.get(`/admin/product-holds?${query}`, admin)).data.product_holds
    const lift = (holdId: string, body: object, who: Headers = admin) => call(api.post(`/admin/product-holds/${holdId}/lift`, body, who))
    const spotCheck = (productId: string, result: "passed" | "failed", findings?: string) =>
      call(api.post("/admin/spot-checks", multipart({ product_id: productId, lab: "SGS Shanghai", sampled_at: "2026-11-20", result, ...(findings ? { findings } : {}) }), admin))
    const certificate = (productId: string, type: string, validUntil: string) =>
      call(
        api.post(
          "/vendor/certificates",
          multipart({ type, number: `${type}-${validUntil}`, issuer: "TÜV SÜD China", valid_from: "2024-01-01", valid_until: validUntil, product_ids: productId }),
          maker
        )
      )
    const onStore = async (productId: string) => {
      const { headers, region } = await storefrontContext(getContainer(), "kz")
      return (await api.get(`/store/products?id=${productId}&region_id=${region.id}`, { headers })).data.count
    }

    beforeAll(async () => {
      const { data: login } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      admin = { headers: { authorization: `Bearer ${login.token}` } }
      adminId = (await api.get("/admin/users/me", admin)).data.user.id
      const signed = await signUpManufacturer(api, "hold-maker", uscc("330200", "MA2HLD12"))
      maker = { ...signed, id: signed.created.data.manufacturer.id, memberId: signed.created.data.member.id }
      await status(maker.id, { status: "approved" })
    })

    afterAll(() => eventBusIdle())

    it("a failed spot check holds the product: the manufacturer cannot publish it; staff lift the hold with a reason, then it can", async () => {
      const productId = await listed("held-by-spot-check")
      const failed = await spotCheck(productId, "failed", "Brake force below GB/T 13800")
      expect(failed.status).toBe(201)
      expect(await onStore(productId)).toBe(0)

      const { holds: shown, status: draft } = await product(productId)
      expect(draft).toBe("draft")
      // The manufacturer's portal reads why and what lifts it, not which staff member placed it.
      expect(shown).toEqual([
        {
          id: expect.any(String),
          kind: "spot_check_failed",
          source_id: failed.data.spot_check.id,
          reason: "spot check by SGS Shanghai (sampled 2026-11-20): Brake force below GB/T 13800",
          placed_at: expect.any(String),
          lifted_by: "a passed re-check of the product, or platform staff with a reason",
        },
      ])

      const refused = await publish(productId)
      expect([refused.status, refused.data.message]).toEqual([
        400,
        "This product cannot be published while it is on hold: failed spot check (spot check by SGS Shanghai (sampled 2026-11-20): Brake force below GB/T 13800): " +
          "lifted by a passed re-check of the product, or platform staff with a reason.",
      ])
      // Nothing half-written: still a draft; other edits are the manufacturer's to make.
      expect((await product(productId)).status).toBe("draft")
      expect((await call(api.post(`/vendor/products/${productId}`, { title: "AX-1, brakes reworked" }, maker))).status).toBe(200)

      const [hold] = await holds(`product_id=${productId}&status=open`)
      expect(hold).toMatchObject({ kind: "spot_check_failed", manufacturer_id: maker.id, placed_by: adminId, lifted_at: null })

      // Only staff lift it, and only with a reason.
      expect((await lift(hold.id, { reason: "We fixed it" }, maker)).status).toBe(401)
      const noReason = await lift(hold.id, {})
      expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringMatching(/Field 'reason' is required/)])
      const blank = await lift(hold.id, { reason: "   " })
      expect([blank.status, blank.data.message]).toEqual([400, expect.stringMatching(/reason is required: why the hold is lifted/)])
      const lifted = await lift(hold.id, { reason: "Brakes re-tested by the platform's own lab: within GB/T 13800" })
      expect([lifted.status, lifted.data.product_hold]).toEqual([
        200,
        expect.objectContaining({ lifted_by: adminId, lifted_at: expect.any(String), lift_reason: "Brakes re-tested by the platform's own lab: within GB/T 13800" }),
      ])
      const again = await lift(hold.id, { reason: "twice" })
      expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/already lifted/)])
      expect((await lift("phold_missing", { reason: "none" })).status).toBe(404)

      expect((await publish(productId)).data.product).toMatchObject({ status: "published", holds: [] })
      expect(await onStore(productId)).toBe(1)
    })

    it("a passed re-check lifts a failed check's hold", async () => {
      const productId = await listed("held-until-recheck")
      await spotCheck(productId, "failed", "Seat fabric flammability")
      expect((await publish(productId)).status).toBe(400)
      const passed = await spotCheck(productId, "passed")
      expect(passed.status).toBe(201)
      expect(await holds(`product_id=${productId}`)).toEqual([
        expect.objectContaining({
          kind: "spot_check_failed",
          lifted_by: adminId,
          lift_reason: `passed re-check ${passed.data.spot_check.id} by SGS Shanghai (sampled 2026-11-20)`,
        }),
      ])
      expect((await publish(productId)).status).toBe(200)
    })

    it("an expired certificate holds its products until a valid certificate of its type covers them", async () => {
      const productId = await listed("held-by-certificate")
      expect((await certificate(productId, "iso_13485", isoDay(-1))).status).toBe(201)
      const now = new Date().toISOString()
      await enforceCertificateValidityWorkflow(getContainer()).run({ input: { now } })
      expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId)).status).toBe("draft")
      const [hold] = await holds(`product_id=${productId}&status=open`)
      expect(hold).toMatchObject({ kind: "certificate_expired", placed_by: "system", reason: `iso_13485 certificate iso_13485-${isoDay(-1)} expired on ${isoDay(-1)}` })

      const refused = await publish(productId)
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/expired certificate .*lifted by a valid certificate of the same type covering the product/)])
      // Running the daily check again holds nothing twice.
      await enforceCertificateValidityWorkflow(getContainer()).run({ input: { now } })
      expect(await holds(`product_id=${productId}`)).toHaveLength(1)

      // A certificate of another type, or one not valid today, lifts nothing.
      await certificate(productId, "ce", isoDay(400))
      await certificate(productId, "iso_13485", isoDay(-2))
      expect(await holds(`product_id=${productId}&status=open`)).toHaveLength(1)
      expect((await certificate(productId, "iso_13485", isoDay(700))).status).toBe(201)
      expect(await holds(`product_id=${productId}`)).toEqual([
        expect.objectContaining({ id: hold.id, lifted_by: maker.memberId, lift_reason: `valid iso_13485 certificate iso_13485-${isoDay(700)} until ${isoDay(700)}` }),
      ])
      expect((await publish(productId)).status).toBe(200)
    })

    it("also holds a draft whose certificate expired, and a hold staff lifted for a certificate is not placed again", async () => {
      const productId = (await list("draft-with-lapsed-certificate", maker, { status: "draft" })).data.product.id
      await certificate(productId, "iso_13485", isoDay(-1))
      const now = new Date().toISOString()
      const { result } = await enforceCertificateValidityWorkflow(getContainer()).run({ input: { now } })
      expect(result.flatMap((e) => e.product_ids)).toContain(productId)
      expect((await publish(productId)).status).toBe(400)
      const [hold] = await holds(`product_id=${productId}&status=open`)
      expect((await lift(hold.id, { reason: "Certificate renewed on paper; scan follows" })).status).toBe(200)
      await enforceCertificateValidityWorkflow(getContainer()).run({ input: { now } })
      expect(await holds(`product_id=${productId}&status=open`)).toEqual([])
      expect((await publish(productId)).status).toBe(200)
    })

    it("an open recall holds the product until staff close it; lifting the hold alone is refused", async () => {
      const productId = await listed("held-by-recall")
      const opened = await call(api.post("/admin/recalls", { product_id: productId, scope: "product", reason: "Frame welds crack under load" }, admin))
      expect(opened.status).toBe(201)
      expect(await onStore(productId)).toBe(0)
      const refused = await publish(productId)
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/open recall \(recall rcl_\w+ \(product\): Frame welds crack under load\): lifted by platform staff closing the recall/)])

      const [hold] = await holds(`product_id=${productId}&status=open`)
      expect(hold).toMatchObject({ kind: "recall_open", source_id: opened.data.recall.id, placed_by: adminId })
      const staffLift = await lift(hold.id, { reason: "Looks fine" })
      expect([staffLift.status, staffLift.data.message]).toEqual([400, "A hold for open recall is lifted only by platform staff closing the recall."])

      expect((await call(api.post(`/admin/recalls/${opened.data.recall.id}/close`, {}, admin))).status).toBe(200)
      expect(await holds(`product_id=${productId}`)).toEqual([
        expect.objectContaining({ lifted_by: adminId, lift_reason: `recall ${opened.data.recall.id} closed` }),
      ])
      expect((await publish(productId)).status).toBe(200)
      expect(await onStore(productId)).toBe(1)
    })

    it("suspension holds every product of the manufacturer, and what it lists meanwhile; re-approval lifts the holds", async () => {
      const productId = await listed("held-by-suspension")
      expect((await status(maker.id, { status: "suspended", reason: "Unpaid fees and a false address" })).status).toBe(200)
      const open = await holds(`manufacturer_id=${maker.id}&kind=manufacturer_suspended&status=open`)
      expect(open.map((h: { product_id: string }) => h.product_id)).toContain(productId)
      expect(open[0]).toMatchObject({ reason: "manufacturer suspended: Unpaid fees and a false address", placed_by: adminId })

      const refused = await publish(productId)
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/manufacturer suspended .*lifted by platform staff approving the manufacturer again/)])
      // A product listed during the suspension may be a draft, never published.
      const listedPublished = await list("listed-while-suspended")
      expect([listedPublished.status, listedPublished.data.message]).toEqual([400, expect.stringMatching(/manufacturer suspended \(Unpaid fees/)])
      const draft = await list("draft-while-suspended", maker, { status: "draft" })
      expect(draft.status).toBe(201)
      expect((await publish(draft.data.product.id)).status).toBe(400)
      expect((await lift(open[0].id, { reason: "Paid" })).status).toBe(400)

      expect((await status(maker.id, { status: "approved" })).status).toBe(200)
      expect(await holds(`manufacturer_id=${maker.id}&kind=manufacturer_suspended&status=open`)).toEqual([])
      expect((await holds(`product_id=${productId}&kind=manufacturer_suspended`))[0]).toMatchObject({ lifted_by: adminId, lift_reason: "manufacturer approved again" })
      expect((await publish(productId)).status).toBe(200)
      expect(await onStore(productId)).toBe(1)
    })

    const recall = async (productId: string) =>
      (await call(api.post("/admin/recalls", { product_id: productId, scope: "product", reason: "Frame welds crack under load" }, admin))).data.recall.id as string
    const closeRecall = (recallId: string) => call(api.post(`/admin/recalls/${recallId}/close`, {}, admin))
    const heldKinds = async (productId: string) =>
      (await api.get("/vendor/products?limit=100", maker)).data.products.find((p: { id: string }) => p.id === productId).holds.map((h: { kind: string }) => h.kind).sort()

    it("a recall closed while the manufacturer is suspended leaves the product off the store until re-approval", async () => {
      const productId = await listed("recalled-then-suspended")
      expect(await onStore(productId)).toBe(1)
      const recallId = await recall(productId)
      expect((await status(maker.id, { status: "suspended", reason: "Unpaid fees" })).status).toBe(200)
      expect(await heldKinds(productId)).toEqual(["manufacturer_suspended", "recall_open"])

      expect((await closeRecall(recallId)).status).toBe(200)
      expect(await onStore(productId)).toBe(0)
      expect(await heldKinds(productId)).toEqual(["manufacturer_suspended"])

      expect((await status(maker.id, { status: "approved" })).status).toBe(200)
      expect(await onStore(productId)).toBe(1)
      expect(await heldKinds(productId)).toEqual([])
    })

    it("re-approval leaves a product recalled during the suspension off the store; closing the recall afterwards puts it back", async () => {
      const productId = await listed("suspended-then-recalled")
      const untouched = await listed("suspended-not-recalled")
      expect((await status(maker.id, { status: "suspended", reason: "Unpaid fees" })).status).toBe(200)
      const recallId = await recall(productId)

      expect((await status(maker.id, { status: "approved" })).status).toBe(200)
      expect(await onStore(untouched)).toBe(1)
      expect(await onStore(productId)).toBe(0)
      expect(await heldKinds(productId)).toEqual(["recall_open"])

      expect((await closeRecall(recallId)).status).toBe(200)
      expect(await onStore(productId)).toBe(1)
    })

    it("the last hold to go puts the listings back, whichever it is: a recall closed under a failed spot check waits for the re-check", async () => {
      const productId = await listed("recalled-and-spot-checked")
      const recallId = await recall(productId)
      await spotCheck(productId, "failed", "Brake force below GB/T 13800")
      expect((await closeRecall(recallId)).status).toBe(200)
      expect((await product(productId)).sales_channels).toEqual([])

      expect((await spotCheck(productId, "passed")).status).toBe(201)
      expect((await product(productId)).sales_channels).toHaveLength(1)
      expect((await publish(productId)).status).toBe(200)
      expect(await onStore(productId)).toBe(1)
    })

    it("publishing and placing a hold take the product's hold lock: neither runs while the other holds it", async () => {
      const productId = (await list("publish-under-lock", maker, { status: "draft" })).data.product.id as string
      const locking = getContainer().resolve(Modules.LOCKING)
      const settled = async (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 1500))])

      await locking.acquire(`product-holds:${productId}`, { ownerId: "spec", expire: 30 })
      const publishing = publish(productId)
      expect(await settled(publishing)).toBe(false)
      expect((await product(productId)).status).toBe("draft")
      await locking.release(`product-holds:${productId}`, { ownerId: "spec" })
      expect((await publishing).status).toBe(200)

      await locking.acquire(`product-holds:${productId}`, { ownerId: "spec", expire: 30 })
      const checking = spotCheck(productId, "failed", "Castor wheel cracked")
      expect(await settled(checking)).toBe(false)
      expect(await holds(`product_id=${productId}`)).toEqual([])
      await locking.release(`product-holds:${productId}`, { ownerId: "spec" })
      expect((await checking).status).toBe(201)
      expect((await product(productId)).status).toBe("draft")
    })

    it("keeps the record for staff only: open holds, and lifted ones with who, when and why; manufacturers cannot reach Medusa's admin product routes", async () => {
      // Each test starts from the database as it was after beforeAll: this one makes its own holds.
      const checked = await listed("record-spot-checked")
      const recalled = await listed("record-recalled")
      await spotCheck(checked, "failed", "Armrest sharp edge")
      const [spot] = await holds(`product_id=${checked}`)
      await lift(spot.id, { reason: "Edge deburred; photo evidence accepted" })
      await call(api.post("/admin/recalls", { product_id: recalled, scope: "product", reason: "Frame welds crack under load" }, admin))

      expect((await holds(`manufacturer_id=${maker.id}&status=open`)).map((h: { product_id: string; kind: string }) => [h.product_id, h.kind])).toEqual([[recalled, "recall_open"]])
      expect(await holds(`manufacturer_id=${maker.id}&status=lifted`)).toEqual([
        {
          id: spot.id,
          product_id: checked,
          manufacturer_id: maker.id,
          kind: "spot_check_failed",
          source_id: expect.stringMatching(/^spck_/),
          reason: "spot check by SGS Shanghai (sampled 2026-11-20): Armrest sharp edge",
          placed_by: adminId,
          placed_at: expect.any(String),
          lifted_by: adminId,
          lifted_at: expect.any(String),
          lift_reason: "Edge deburred; photo evidence accepted",
        },
      ])
      expect(await holds(`manufacturer_id=${maker.id}`)).toHaveLength(2)
      const bad = await call(api.get("/admin/product-holds?kind=forever", admin))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/kind must be one of spot_check_failed/)])

      await spotCheck(checked, "failed", "Armrest sharp edge again")
      for (const who of [maker, {}]) {
        expect((await call(api.get("/admin/product-holds", who))).status).toBe(401)
        expect((await call(api.post(`/admin/products/${checked}`, { status: "published" }, who))).status).toBe(401)
        expect((await call(api.post("/admin/products/batch", { update: [{ id: checked, status: "published" }] }, who))).status).toBe(401)
        expect((await call(api.post("/admin/sales-channels/sc_any/products", { add: [recalled] }, who))).status).toBe(401)
      }
      expect((await getContainer().resolve(Modules.PRODUCT).retrieveProduct(checked)).status).toBe("draft")
    })
  },
})
