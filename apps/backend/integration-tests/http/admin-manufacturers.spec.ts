import { validateUnifiedSocialCreditCode } from "@aem/trade-kit"
import { MANUFACTURER_MODULE } from "../../src/modules/manufacturer"
import type ManufacturerModuleService from "../../src/modules/manufacturer/service"
import { DEMO_MANUFACTURERS } from "../../src/scripts/demo-data/manufacturers"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { storefrontContext } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string } }
    let service: ManufacturerModuleService

    beforeAll(async () => {
      service = getContainer().resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
      const { data } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      admin = { headers: { authorization: `Bearer ${data.token}` } }
    })

    const pending = async (handle: string) => {
      const demo = DEMO_MANUFACTURERS[0]
      return service.createManufacturers({ ...demo, handle, unified_social_credit_code: `${handle}-uscc`, status: "pending" })
    }
    const status = (id: string, body: unknown) => api.post(`/admin/manufacturers/${id}/status`, body, admin).catch((e) => e.response)

    it("gives every demo manufacturer a valid unified social credit code", () => {
      for (const m of DEMO_MANUFACTURERS) {
        expect([m.handle, validateUnifiedSocialCreditCode(m.unified_social_credit_code)]).toEqual([m.handle, { ok: true, code: m.unified_social_credit_code }])
      }
    })

    it("refuses the admin routes without an admin login: 401 for no token and for a buyer's token", async () => {
      const none = await api.get("/admin/manufacturers").catch((e) => e.response)
      expect(none.status).toBe(401)
      const { data } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
      const buyer = await api.get("/admin/manufacturers", { headers: { authorization: `Bearer ${data.token}` } }).catch((e) => e.response)
      expect(buyer.status).toBe(401)
    })

    it("lists the review queue and approves a pending manufacturer, recording who and when", async () => {
      const m = await pending("queue-approve")
      const { data: queue } = await api.get("/admin/manufacturers?status=pending", admin)
      expect(queue.manufacturers.map((x: { id: string }) => x.id)).toContain(m.id)
      expect(queue.manufacturers.every((x: { status: string }) => x.status === "pending")).toBe(true)

      const res = await status(m.id, { status: "approved" })
      expect(res.status).toBe(200)
      expect(res.data.manufacturer.status).toBe("approved")
      const { data } = await api.get(`/admin/manufacturers/${m.id}`, admin)
      expect(data.manufacturer.status_changes).toHaveLength(1)
      expect(data.manufacturer.status_changes[0]).toMatchObject({ from_status: "pending", to_status: "approved", actor_type: "user" })
      expect(data.manufacturer.status_changes[0].actor_id).toMatch(/^user_/)
    })

    it("rejects with a reason, and refuses a rejection without one naming the field", async () => {
      const m = await pending("queue-reject")
      const noReason = await status(m.id, { status: "rejected" })
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      const res = await status(m.id, { status: "rejected", reason: "Business licence scan is unreadable" })
      expect(res.status).toBe(200)
      expect(res.data.manufacturer.status_changes[0].reason).toBe("Business licence scan is unreadable")
    })

    it("refuses a change the lifecycle does not allow, saying which ones it does", async () => {
      const m = await pending("queue-invalid")
      const res = await status(m.id, { status: "suspended", reason: "testing the lifecycle" })
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("A pending manufacturer can only be approved or rejected, not suspended.")
      expect((await service.retrieveManufacturer(m.id)).status).toBe("pending")
      const bad = await status(m.id, { status: "deleted" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/Expected: 'approved, rejected, suspended' for field 'status', but got: 'deleted'/)
    })

    it("answers 404 for a manufacturer that does not exist", async () => {
      expect((await api.get("/admin/manufacturers/mfr_nope", admin).catch((e) => e.response)).status).toBe(404)
      expect((await status("mfr_nope", { status: "approved" })).status).toBe(404)
    })

    it("suspension takes the manufacturer's products off the store at once; re-approval brings them back", async () => {
      const { headers, region } = await storefrontContext(getContainer(), "kz")
      const count = async () => (await api.get(`/store/products?limit=1&region_id=${region.id}`, { headers })).data.count
      const [kangyi] = await service.listManufacturers({ handle: "jiaxing-kangyi" })
      const theirs = (await api.get(`/store/products?limit=1&handle=kangyi-transport-chair`, { headers })).data.count
      expect(theirs).toBe(1)
      const before = await count()

      const suspended = await status(kangyi.id, { status: "suspended", reason: "Expired ISO 13485 certificate" })
      expect(suspended.status).toBe(200)
      const during = await count()
      expect(during).toBe(before - 7)
      expect((await api.get(`/store/products?limit=1&handle=kangyi-transport-chair`, { headers })).data.count).toBe(0)

      const back = await status(kangyi.id, { status: "approved" })
      expect(back.status).toBe(200)
      expect(await count()).toBe(before)
      expect((await api.get(`/store/products?limit=1&handle=kangyi-transport-chair`, { headers })).data.count).toBe(1)
    })
  },
})
