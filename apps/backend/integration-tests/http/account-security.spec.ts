import { Modules } from "@medusajs/framework/utils"
import fs from "fs"
import os from "os"
import path from "path"
import { eventBusIdle, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

// Small limits, read when the first limited request arrives, so a few requests reach them.
process.env.AUTH_RATE_LIMIT_PER_ADDRESS = "12"
process.env.AUTH_RATE_LIMIT_ACCOUNT_FAILURES = "3"
process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS = "60"
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "aem-accounts-notifications-"))
process.env.NOTIFICATIONS_DIR = outbox

const STAFF = { email: "staff@marketplace.example.com", password: "staff-password-2026" }

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    // Medusa trusts one proxy hop: each part of this file comes from its own client address.
    let lastAddress = 0
    const newAddress = () => `203.0.113.${++lastAddress}`
    const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": address, ...headers } })
    const bearer = (token: string, address: string) => from(address, { authorization: `Bearer ${token}` })
    const post = (url: string, body: object, config: object) => api.post(url, body, config).catch((e) => e.response)

    afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }))

    async function staffToken(address: string) {
      const container = getContainer()
      const users = container.resolve(Modules.USER)
      const auth = container.resolve(Modules.AUTH)
      if (!(await users.listUsers({ email: STAFF.email })).length) {
        const user = await users.createUsers({ email: STAFF.email })
        const { authIdentity } = await auth.register("emailpass", { body: STAFF } as never)
        await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      }
      return (await api.post("/auth/user/emailpass", STAFF, from(address))).data.token as string
    }

    const invitationToken = async (email: string) => {
      const [mail] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "operator-invite" })
      return new URL(mail.data!.accept_url as string).searchParams.get("token")!
    }

    describe("operators join by invitation, with a login of their own", () => {
      it("a login someone registered first with the operator's email gains nothing; the invited person joins once", async () => {
        const address = newAddress()
        const staff = await staffToken(address)
        const { data: created } = await api.post("/admin/parks", { code: "HZP", name_zh: "杭州物流园", name_en: "Hangzhou park", address: "Xiaoshan" }, bearer(staff, address))
        const parkId = created.park.id

        // Someone registers the future operator's email as a buyer, with a password of their choosing.
        const email = "chen.operator@hangzhou-park.example.cn"
        const squatter = { email, password: "squatters-password-2026" }
        const { data: reg } = await api.post("/auth/customer/emailpass/register", squatter, from(address))
        await api.post("/store/customers", { email, first_name: "Not", last_name: "Chen" }, bearer(reg.token, address)).catch(() => undefined)

        // Staff cannot hand out a password (or attach a login): the request names the field it refuses.
        const withPassword = await post(`/admin/parks/${parkId}/invites`, { email, name: "Chen", password: "chosen-by-staff-2026" }, bearer(staff, address))
        expect(withPassword.status).toBe(400)
        expect(withPassword.data.message).toMatch(/password/)
        const invited = await post(`/admin/parks/${parkId}/invites`, { email, name: "Chen", role: "supervisor" }, bearer(staff, address))
        expect(invited.status).toBe(201)
        expect(invited.data.invite).toMatchObject({ email, name: "Chen", role: "supervisor" })
        expect(invited.data.invite).not.toHaveProperty("token")
        // Staff see who is invited, never the token.
        const { data: park } = await api.get(`/admin/parks/${parkId}`, bearer(staff, address))
        expect(park.park.invites).toEqual([expect.objectContaining({ email, accepted_at: null })])
        expect(JSON.stringify(park)).not.toContain(await invitationToken(email))

        // The squatter's login is no operator's: nothing under /operator, and no invitation without its token.
        const squatterLogin = (await api.post("/auth/operator/emailpass", squatter, from(address))).data.token
        expect((await api.get("/operator/me", bearer(squatterLogin, address)).catch((e) => e.response)).status).toBe(401)
        const guessed = await post("/operator/invites/accept", { token: "not-the-token-0000" }, bearer(squatterLogin, address))
        expect([guessed.status, guessed.data.message]).toEqual([400, "This invitation is not valid or has already been used."])

        // Someone else's own login cannot accept an invitation sent to this email, even with its token.
        const token = await invitationToken(email)
        const other = { email: "someone.else@hangzhou-park.example.cn", password: "someone-elses-password-2026" }
        const { data: otherReg } = await api.post("/auth/operator/emailpass/register", other, from(address))
        const wrongPerson = await post("/operator/invites/accept", { token }, bearer(otherReg.token, address))
        expect([wrongPerson.status, wrongPerson.data.message]).toEqual([400, `This invitation is for ${email}: register with that email.`])

        // (The person who reads that mailbox takes the squatted login back with a password reset, then accepts.)
        // An invited person registers their own login with the invited email and joins, once.
        const invitedPerson = { email: "li.operator@hangzhou-park.example.cn", password: "li-chose-this-2026" }
        await api.post(`/admin/parks/${parkId}/invites`, { email: invitedPerson.email, name: "Li" }, bearer(staff, address))
        const liToken = await invitationToken(invitedPerson.email)
        // The email's link opens a page that shows, without a login, whom the invitation is for and whether it is open.
        const shown = await api.get(`/operator/invites/${liToken}`, from(address))
        expect(shown.data.invitation).toEqual({
          email: invitedPerson.email, name: "Li", role: "operator", expires_at: expect.any(String), status: "open",
          park: { name_zh: "杭州物流园", name_en: "Hangzhou park" },
        })
        expect((await api.get("/operator/invites/not-the-token-0000", from(address)).catch((e) => e.response)).status).toBe(404)
        const { data: liReg } = await api.post("/auth/operator/emailpass/register", invitedPerson, from(address))
        // The person may give the name they go by at the park.
        const joined = await post("/operator/invites/accept", { token: liToken, name: "Li Wei" }, bearer(liReg.token, address))
        expect([joined.status, joined.data.operator?.email, joined.data.operator?.name]).toEqual([201, invitedPerson.email, "Li Wei"])
        expect((await api.get(`/operator/invites/${liToken}`, from(address))).data.invitation.status).toBe("used")
        const li = (await api.post("/auth/operator/emailpass", invitedPerson, from(address))).data.token
        expect((await api.get("/operator/me", bearer(li, address))).data).toMatchObject({ operator: { email: invitedPerson.email, role: "operator" }, park: { code: "HZP" } })
        const again = await post("/operator/invites/accept", { token: liToken }, bearer(liReg.token, address))
        expect(again.status).toBe(400)
        // The squatter's login is still no operator's.
        const squatterAgain = (await api.post("/auth/operator/emailpass", squatter, from(address))).data.token
        expect((await api.get("/operator/me", bearer(squatterAgain, address)).catch((e) => e.response)).status).toBe(401)
      })
    })

    describe("a forgotten password", () => {
      const mails = (to: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template: "password-reset" })

      it("mails the buyer a link to the storefront's page; its token sets a new password, once; an unknown email gets the same answer and no mail", async () => {
        const address = newAddress()
        const buyer = { email: "reset.buyer@example.kz", password: "the-old-password-2026" }
        const { data: reg } = await api.post("/auth/customer/emailpass/register", buyer, from(address))
        await api.post("/store/customers", { email: buyer.email, first_name: "Dana", last_name: "Sarsen" }, bearer(reg.token, address)).catch(() => undefined)

        const unknown = await post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.kz" }, from(address))
        const asked = await post("/auth/customer/emailpass/reset-password", { identifier: buyer.email, metadata: { country_code: "ru", lang: "ru" } }, from(address))
        expect([asked.status, asked.data]).toEqual([201, "Created"])
        expect([unknown.status, unknown.data]).toEqual([asked.status, asked.data])

        const [mail] = await waitFor("the reset mail", async () => ((await mails(buyer.email)).length ? mails(buyer.email) : undefined))
        const link = new URL(mail.data!.reset_url as string)
        expect(`${link.origin}${link.pathname}`).toBe("http://localhost:8000/ru/account/reset-password")
        expect([link.searchParams.get("email"), link.searchParams.get("lang")]).toEqual([buyer.email, "ru"])
        // What the provider sent (its folder) carries the same link.
        const sent = fs.readdirSync(outbox).filter((f) => f.includes("_password-reset_"))
        expect(sent.map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")).data.reset_url)).toContain(link.toString())
        await eventBusIdle()
        expect(await mails("nobody@example.kz")).toEqual([])

        const token = link.searchParams.get("token")!
        const fresh = { ...buyer, password: "the-new-password-2026" }
        const changed = await post("/auth/customer/emailpass/update", { password: fresh.password }, bearer(token, address))
        expect([changed.status, changed.data]).toEqual([200, { success: true }])
        expect((await post("/auth/customer/emailpass", fresh, from(address))).status).toBe(200)
        expect((await post("/auth/customer/emailpass", buyer, from(address))).status).toBe(401)
        // The token works once.
        expect((await post("/auth/customer/emailpass/update", { password: "a-third-password-2026" }, bearer(token, address))).status).toBe(401)
      })

      it("mails a manufacturer (as operators and platform staff) a link to the portal's page", async () => {
        const address = newAddress()
        const maker = { email: "reset.maker@makers.example.cn", password: "the-makers-password-2026" }
        await api.post("/auth/manufacturer/emailpass/register", maker, from(address))
        expect((await post("/auth/manufacturer/emailpass/reset-password", { identifier: maker.email }, from(address))).status).toBe(201)
        const [mail] = await waitFor("the reset mail", async () => ((await mails(maker.email)).length ? mails(maker.email) : undefined))
        const link = new URL(mail.data!.reset_url as string)
        expect(`${link.origin}${link.pathname}`).toBe("http://localhost:8001/reset-password")
        expect(mail.data!.actor_type).toBe("manufacturer")
      })
    })

    describe("login, registration, password reset and invitations are rate limited", () => {
      const wrong = (email: string) => ({ email, password: "not-the-password-2026" })

      it("per account: after 3 failed attempts, even the right password waits, from any address and as any actor", async () => {
        const buyer = { email: "limited.buyer@example.kz", password: "limited-buyer-2026" }
        const here = newAddress()
        await api.post("/auth/customer/emailpass/register", buyer, from(here))
        for (let i = 0; i < 2; i++) expect((await post("/auth/customer/emailpass", wrong(buyer.email), from(here))).status).toBe(401)
        // The right password still works before the limit.
        expect((await post("/auth/customer/emailpass", buyer, from(here))).status).toBe(200)
        expect((await post("/auth/customer/emailpass", wrong(buyer.email.toUpperCase()), from(here))).status).toBe(401)
        const limited = await post("/auth/customer/emailpass", buyer, from(here))
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
        expect(limited.data.message).toMatch(/^Too many attempts for this account: try again in 1 minute/)
        // Another address, another actor's route: the same account.
        const elsewhere = newAddress()
        expect((await post("/auth/customer/emailpass", buyer, from(elsewhere))).status).toBe(429)
        expect((await post("/auth/operator/emailpass", buyer, from(elsewhere))).status).toBe(429)
        // Another account from the first address is not held up.
        const other = { email: "other.buyer@example.kz", password: "other-buyer-2026" }
        expect((await post("/auth/customer/emailpass/register", other, from(here))).status).toBe(200)
        expect((await post("/auth/customer/emailpass", other, from(here))).status).toBe(200)
      })

      it("per account: every password reset counts (each one mails the person)", async () => {
        const address = newAddress()
        const email = "forgetful@example.kz"
        for (let i = 0; i < 3; i++) expect((await post("/auth/customer/emailpass/reset-password", { identifier: email }, from(address))).status).toBe(201)
        const limited = await post("/auth/manufacturer/emailpass/reset-password", { identifier: email.toUpperCase() }, from(address))
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("per address: each actor's login, registration, reset and invitation route answers 429 past the limit", async () => {
        const routes = [
          ...["customer", "user", "manufacturer", "operator", "partner"].flatMap((actor) => [`/auth/${actor}/emailpass`, `/auth/${actor}/emailpass/register`, `/auth/${actor}/emailpass/reset-password`]),
          "/auth/customer/emailpass/update",
          "/vendor/invites/accept",
          "/operator/invites/accept",
          "/partner/invites/accept",
          "/admin/invites/accept?token=not-a-token",
        ]
        // Medusa's staff invitation route authenticates and validates before anything else: a login of its own actor
        // type and a well-formed request.
        const { data: staffLogin } = await api.post("/auth/user/emailpass/register", { email: "new.staff@marketplace.example.com", password: "new-staff-2026" }, from(newAddress()))
        let n = 0
        const bodyFor = (route: string) => {
          const email = `someone${++n}@example.com`
          if (route.endsWith("/reset-password")) return { identifier: email }
          if (route.startsWith("/admin/invites/accept")) return { first_name: "New", last_name: "Staff" }
          if (route.endsWith("/accept")) return { token: "x".repeat(20) }
          return wrong(email)
        }
        for (const route of routes) {
          const address = newAddress()
          const headers: Record<string, string> = route.startsWith("/admin/invites/accept") ? { authorization: `Bearer ${staffLogin.token}` } : {}
          // Each request with another email: only the address is counted against.
          const attempt = () => post(route, bodyFor(route), from(address, headers))
          for (let i = 0; i < 12; i++) expect([route, (await attempt()).status]).not.toEqual([route, 429])
          const limited = await attempt()
          expect([route, limited.status, limited.data.message]).toEqual([route, 429, expect.stringMatching(/^Too many attempts from this address/)])
          expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        }
        // Other addresses are not held up.
        expect((await post("/auth/customer/emailpass/register", { email: "fresh@example.kz", password: "fresh-buyer-2026" }, from(newAddress()))).status).toBe(200)
      })
    })
  },
})
