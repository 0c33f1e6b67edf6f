import { usccCheckCharacter, organisationCodeCheckCharacter } from "@aem/trade-kit"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readdirSync, readFileSync, statSync } from "fs"
import path from "path"
import { MANUFACTURER_MODULE } from "../../src/modules/manufacturer"
import { DEMO_LOGINS, seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"

jest.setTimeout(240_000)

/** A valid unified social credit code made from a 6-digit division and an 8-character organisation stem. */
function uscc(division: string, stem: string): string {
  const org = stem + organisationCodeCheckCharacter(stem)
  const first17 = `91${division}${org}`
  return first17 + usccCheckCharacter(first17)
}

const profile = (handle: string, code: string) => ({
  handle,
  legal_name_zh: "宁波安行康复器械有限公司",
  legal_name_en: "Ningbo Anxing Rehabilitation Devices Co., Ltd.",
  unified_social_credit_code: code,
  customs_code: "3302960G34",
  province: "Zhejiang",
  city: "Ningbo",
  address: "No. 5 Kechuang Road, Yinzhou District, Ningbo 315100",
  contact_name: "Zhou Min",
  contact_email: `${handle}@example.cn`,
  contact_phone: "+86 574 8800 0000",
  owner: { first_name: "Min", last_name: "Zhou" },
})

/** Every /vendor route, read from the route files, so a new route cannot miss the authorization matrix. */
function vendorRoutes(): string[] {
  const root = path.resolve(__dirname, "../../src/api/vendor")
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) return walk(full)
      if (name !== "route.ts") return []
      const url = "/vendor" + path.relative(root, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).map((s) => (s ? `/${s}` : "")).join("")
      const methods = [...readFileSync(full, "utf8").matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1])
      return methods.map((m) => `${m} ${url}`)
    })
  return walk(root).sort()
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const signUp = async (handle: string, code: string) => {
      const login = { email: `${handle}@makers.example.cn`, password: "a-long-password-2026" }
      const { data: reg } = await api.post("/auth/manufacturer/emailpass/register", login)
      const created = await api
        .post("/vendor/manufacturers", profile(handle, code), { headers: { authorization: `Bearer ${reg.token}` } })
        .catch((e) => e.response)
      const { data } = await api.post("/auth/manufacturer/emailpass", login)
      return { created, headers: { authorization: `Bearer ${data.token}` } }
    }

    let a: Awaited<ReturnType<typeof signUp>>
    let b: Awaited<ReturnType<typeof signUp>>
    let productOfA: string

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoData(container)
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

    describe("authorization matrix over every /vendor route", () => {
      // How to call each route as someone who must not see manufacturer A's data.
      const cases: Record<string, { path: () => string; body?: object; otherManufacturer: (res: any) => void }> = {
        "GET /vendor/me": { path: () => "/vendor/me", otherManufacturer: (res) => expect(res.data.member.manufacturer.handle).toBe("maker-b") },
        "GET /vendor/products": { path: () => "/vendor/products", otherManufacturer: (res) => expect(res.data.products).toEqual([]) },
        "GET /vendor/products/:id": { path: () => `/vendor/products/${productOfA}`, otherManufacturer: (res) => expect(res.status).toBe(404) },
        "POST /vendor/manufacturers": {
          path: () => "/vendor/manufacturers",
          body: profile("maker-c", uscc("330200", "MA2SSS90")),
          otherManufacturer: (res) => expect(res.status).toBe(400),
        },
      }

      it("covers every route file", () => {
        expect(Object.keys(cases).sort()).toEqual(vendorRoutes())
      })

      const call = (key: string, headers?: object) => {
        const [method] = key.split(" ")
        const c = cases[key]
        const req = method === "GET" ? api.get(c.path(), { headers }) : api.post(c.path(), c.body ?? {}, { headers })
        return req.catch((e) => e.response)
      }

      it("answers 401 without a token and to a buyer's token, and keeps A's data from B", async () => {
        const { data: buyer } = await api.post("/auth/customer/emailpass", DEMO_LOGINS.buyer)
        const { data: adminLogin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
        for (const key of vendorRoutes()) {
          expect([key, (await call(key)).status]).toEqual([key, 401])
          expect([key, (await call(key, { authorization: `Bearer ${buyer.token}` })).status]).toEqual([key, 401])
          expect([key, (await call(key, { authorization: `Bearer ${adminLogin.token}` })).status]).toEqual([key, 401])
          cases[key].otherManufacturer(await call(key, b.headers))
        }
      })
    })
  },
})
