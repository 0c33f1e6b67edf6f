import { DEMO_HOOKS_SECRET, DEMO_PARK_HOOKS_SECRET, PARK_HEADER, signHook } from "@aem/job-contracts"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { routeFiles, demoStorefront, wheelchair } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

/**
 * Bad input of every kind the probe found (NUL bytes, lone surrogates, negative or huge pagination, unknown
 * order fields) plus wrong types and very long strings, sent to every route of our route files and to
 * Medusa's core routes that take ids, as the actor each route is for. Any answer may be a 4xx; none a 5xx.
 * The requests are drawn by a seeded generator: the same ones on every run.
 */
const SEED = 19

/** mulberry32: a tiny seeded generator, so a failure can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  /** `n` distinct items of `list`. */
  const pick = <T>(list: readonly T[], n: number): T[] => {
    const pool = [...list]
    const out: T[] = []
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return out
  }
  return { pick }
}

/** Medusa's own routes that take ids or list with pagination, as our actors reach them. */
const CORE_ROUTES = [
  "GET /store/products",
  "GET /store/products/:id",
  "GET /store/regions",
  "GET /store/regions/:id",
  "GET /store/collections/:id",
  "GET /store/product-categories",
  "GET /store/product-categories/:id",
  "GET /store/carts/:id",
  "POST /store/carts",
  "POST /store/carts/:id",
  "POST /store/carts/:id/line-items",
  "GET /store/orders",
  "GET /store/orders/:id",
  "GET /store/customers/me/addresses/:address_id",
  "POST /store/customers/me",
  "GET /admin/products",
  "GET /admin/products/:id",
  "POST /admin/products/:id",
  "GET /admin/orders",
  "GET /admin/orders/:id",
  "GET /admin/customers",
  "GET /admin/customers/:id",
  "GET /admin/regions/:id",
  "GET /admin/stock-locations/:id",
  "GET /admin/inventory-items",
  "POST /auth/customer/emailpass",
  "POST /auth/customer/emailpass/register",
]

/** Path segments a probe puts where an id goes (already URL-encoded). */
const HOSTILE_SEGMENTS = ["%00", "a%00b", "%ED%A0%80", "x%F0", "x".repeat(3000), "-1", "%25", "..%2F..%2Fetc"]

/** Query strings for list and read routes. */
const HOSTILE_QUERIES = [
  "limit=-1",
  "offset=-1",
  "limit=99999999999999999999",
  "offset=99999999999999999999",
  "limit=1.5",
  "limit=abc",
  "offset[]=1",
  "order=nosuchfield",
  "order=-nosuchfield",
  "order=%00",
  "fields=%00",
  "fields=nosuchfield",
  "q=a%00b",
  "id=a%00b",
  "id[]=a%00b",
  "handle[$gt]=%00",
  "created_at[$gte]=%00",
  "q=x%ED%A0%80y",
  `q=${"x".repeat(5000)}`,
]

/** Values a probe puts in place of a body field. */
const HOSTILE_VALUES: unknown[] = ["a\u0000b", "x\ud800y", "\udc00", "x".repeat(20_000), 42, -1, true, null, ["x"], { $ne: null }]

/** Whole bodies of the wrong shape. */
const HOSTILE_BODIES = ["[]", '"text"', "42", "null", '{"a":'].map((raw) => ({ raw }))

type Ctx = Record<string, string> & { productId: string; variantId: string; cartId: string; regionId: string }

/** A body each POST route accepts (or nearly), for the probe to spoil one field at a time; others get a generic one. */
const BASE_BODIES: Record<string, (c: Ctx) => object> = {
  "POST /vendor/fitting-requests/:id/answer": () => ({ answer: "Take the 46 cm seat." }),
  "POST /vendor/complaints/:id/answer": () => ({ answer: "A replacement is on its way." }),
  "POST /vendor/profile": () => ({ city: "Shaoxing", contact_phone: "+86 575 8800 0000" }),
  "POST /vendor/products": () => wheelchair("fuzz-chair"),
  "POST /vendor/products/:id": () => ({ title: "Folding steel wheelchair AX-1b" }),
  "POST /vendor/products/:id/variants": () => ({ title: "50 cm", sku: "fuzz-50", options: {}, prices: [{ currency_code: "kzt", amount: 1 }] }),
  "POST /vendor/products/:id/variants/:variant_id": () => ({ title: "46 cm wide" }),
  "POST /vendor/products/:id/stock": (c) => ({ levels: [{ variant_id: c.variantId, stocked_quantity: 5 }] }),
  "POST /vendor/invites": () => ({ email: "colleague@makers.example.cn" }),
  "POST /vendor/recalls": (c) => ({ product_id: c.productId, scope: "product", reason: "The brake cable may loosen" }),
  "POST /store/fitting-requests": (c) => ({ product_id: c.productId, measurement: "hip_width", measured_cm: 47, note: "Long legs", locale: "ru", country_code: "KZ" }),
  "POST /store/complaints": () => ({ order_id: "order_unknown", category: "defect", description: "The brake does not hold on a slope" }),
  "POST /store/carts/:id/delivery-terms": () => ({ terms: "DDP" }),
  "POST /admin/manufacturers/:id/status": () => ({ status: "approved", reason: "Documents in order" }),
  "POST /admin/service-partners/:id/status": () => ({ status: "suspended", reason: "Licence under review" }),
  "POST /admin/service-partners/:id/invites": () => ({ email: "fuzz.staff@partner.example.kz", name: "Fuzz Staff" }),
  "POST /partner/service-partners": () => ({
    kind: "repairer", legal_name: "Fuzz Repairs", country_code: "kz", city: "Almaty", address: "Abay 1", services: ["repair"], languages: ["ru"],
    opening_hours: "Mon–Fri 9–18", contact_name: "Fuzz", contact_email: "fuzz@partner.example.kz", contact_phone: "+7 727 000 0000", owner: { name: "Fuzz" },
  }),
  "POST /partner/invites/accept": () => ({ token: "fuzz-token" }),
  "POST /partner/service-jobs/:id/decline": () => ({ reason: "No technician free" }),
  "POST /partner/service-jobs/:id/cancel": () => ({ reason: "No technician free" }),
  "POST /partner/service-jobs/:id/schedule": () => ({ scheduled_at: "2099-01-05T10:00:00Z" }),
  "POST /partner/service-jobs/:id/complete": () => ({ summary: "Brake adjusted", measurements: { seat_height: "48 cm" } }),
  "POST /vendor/service-partners/:id/authorisation": (c) => ({ product_ids: [c.productId], iso_classes: ["12 22"] }),
  "POST /store/orders/:id/service-jobs": () => ({ partner_id: "spart_fuzz", service: "repair", locale: "ru", proposed_times: ["2099-01-05T10:00:00Z"], note: "Brake" }),
  "POST /store/orders/:id/service-jobs/:job_id/cancel": () => ({ reason: "Not needed any more" }),
  "POST /admin/parks": () => ({ code: "FZP", name_zh: "嘉兴园区", name_en: "Fuzz park", address: "1 Park Road" }),
  "POST /admin/parks/:id": () => ({ name_en: "Jiaxing export park" }),
  "POST /admin/parks/:id/operators": () => ({ email: "fuzz.operator@park.example.cn", name: "Fuzz Operator" }),
  "POST /admin/commission-rates": () => ({ manufacturer_id: null, iso_class: "12", rate_bps: 700 }),
  "POST /admin/customs/exchange-rates": () => ({ currency: "KZT", month: "2026-12", rate: "0.013922", source: "Customs notice for the month" }),
  "POST /operator/consignments/receive": () => ({ barcode: "JXP-000000" }),
  "POST /operator/consignments/:id/exceptions": () => ({ kind: "damaged", note: "Box dented" }),
  "POST /operator/consignments/:id/hand-over": () => ({ carrier: "China Post", waybill_number: "CP123456789CN" }),
  "POST /hooks/park/events": () => ({ event_id: "fuzz-1", barcode: "JXP-000000", code: "in_transit", occurred_at: "2026-01-05T10:00:00Z", note: "Left the park" }),
  "POST /hooks/customs/declarations/:id/problem": () => ({ problem: "The HS code is missing" }),
  "POST /hooks/logistics/consignments/:id/manifest-sent": () => ({ sent_at: "2026-01-05T10:00:00Z" }),
  "POST /store/carts": (c) => ({ region_id: c.regionId, email: "fuzz@example.kz" }),
  "POST /store/carts/:id": () => ({ email: "fuzz@example.kz" }),
  "POST /store/carts/:id/line-items": (c) => ({ variant_id: c.variantId, quantity: 1 }),
  "POST /store/customers/me": () => ({ first_name: "Aigerim" }),
  "POST /admin/products/:id": () => ({ title: "Folding steel wheelchair AX-1c" }),
  "POST /auth/customer/emailpass": () => DEMO_LOGINS.buyer,
  "POST /auth/customer/emailpass/register": () => ({ email: "fuzz@example.kz", password: "a-long-password-2026" }),
}
/** Routes that read a multipart form (fields and a scan), with fields they accept. */
const FORMS: Record<string, (c: Ctx) => Record<string, string>> = {
  "POST /vendor/certificates": (c) => ({ type: "iso_13485", number: "CN-13485-1", issuer: "TÜV SÜD China", valid_from: "2024-01-01", valid_until: "2027-06-30", product_ids: c.productId }),
  "POST /vendor/products/:id/images": () => ({ "alt[en]": "Wheelchair, side view", "alt[zh]": "轮椅侧面" }),
  "POST /admin/spot-checks": (c) => ({ product_id: c.productId, lab: "Zhejiang testing institute", sampled_at: "2026-01-05", result: "passed", findings: "None" }),
}
const HOSTILE_FIELD_TEXT = ["a\u0000b", "x\ud800y", "x".repeat(20_000)]
function form(fields: Record<string, string>, fileName = "scan.pdf") {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  data.append("file", new Blob([Buffer.from("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" }), fileName)
  return data
}

const GENERIC_BODY = { title: "x", name: "x", note: "x", reason: "x", answer: "x", email: "x@example.com" }

/** Paths to every leaf of a body, to spoil one. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, Array.isArray(value) ? Number(k) : k]))
  return [at]
}
function withLeaf(body: object, at: (string | number)[], value: unknown): object {
  const copy = structuredClone(body) as Record<string | number, any>
  let node = copy
  for (const key of at.slice(0, -1)) node = node[key]
  node[at[at.length - 1]] = value
  return copy
}

/** The real id a path parameter takes, by the collection it follows; a made-up one where the demo has none. */
function realSegment(ctx: Ctx, collection: string, param: string): string {
  return ctx[`${collection}/${param}`] ?? ctx[param] ?? ctx[collection] ?? `${collection.replace(/\W/g, "_")}_not_there`
}

type Probe = { key: string; method: string; path: string; body?: unknown }

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let ctx: Ctx
    const headers: Record<string, Record<string, string>> = {}

    beforeAll(async () => {
      const { headers: store, kz } = await demoStorefront(getContainer())
      const token = async (actor: string, login: object) => `Bearer ${(await api.post(`/auth/${actor}/emailpass`, login)).data.token}`
      headers.store = { ...store, authorization: await token("customer", DEMO_LOGINS.buyer) }
      headers.vendor = { authorization: await token("manufacturer", DEMO_LOGINS.manufacturer) }
      headers.operator = { authorization: await token("operator", DEMO_LOGINS.operator) }
      headers.admin = { authorization: await token("user", DEMO_LOGINS.admin) }
      // A service partner of its own (the demo has none), its owner logged in.
      const partnerLogin = { email: "fuzz@partner.example.kz", password: "a-long-password-2026" }
      const registered = (await api.post("/auth/partner/emailpass/register", partnerLogin)).data.token
      await api.post("/partner/service-partners", BASE_BODIES["POST /partner/service-partners"]({} as Ctx), { headers: { authorization: `Bearer ${registered}` } })
      headers.partner = { authorization: await token("partner", partnerLogin) }
      headers.auth = {}

      const { data: own } = await api.get("/vendor/products?fields=id,handle,*variants", { headers: headers.vendor })
      const product = own.products[0]
      const { data: cart } = await api.post("/store/carts", { region_id: kz.id }, { headers: headers.store })
      const { data: fitting } = await api.post("/store/fitting-requests", BASE_BODIES["POST /store/fitting-requests"]({ productId: product.id } as Ctx), { headers: headers.store })
      const first = async (path: string, list: string) => (await api.get(path, { headers: headers.admin })).data[list][0]?.id
      ctx = {
        productId: product.id,
        variantId: product.variants[0].id,
        cartId: cart.cart.id,
        regionId: kz.id,
        products: product.id,
        variant_id: product.variants[0].id,
        handle: product.handle,
        carts: cart.cart.id,
        regions: kz.id,
        "fitting-requests": fitting.fitting_request.id,
        manufacturers: await first("/admin/manufacturers", "manufacturers"),
        parks: await first("/admin/parks", "parks"),
        "service-partners": await first("/admin/service-partners", "service_partners"),
        "exchange-rates": await first("/admin/customs/exchange-rates", "exchange_rates"),
        "stock-locations": await first("/admin/stock-locations", "stock_locations"),
        month: "2026-01",
        format: "csv",
      } as Ctx
      ctx.certificates = (await api.get("/vendor/certificates", { headers: headers.vendor })).data.certificates[0]?.id
      ctx.images = (await api.get(`/vendor/products/${product.id}`, { headers: headers.vendor }).catch(() => undefined))?.data.product.images[0]?.id
      // The fitting request has an answer, which a spoilt second answer must leave as it was.
      await api.post(`/vendor/fitting-requests/${ctx["fitting-requests"]}/answer`, { answer: "Take the 46 cm seat." }, { headers: headers.vendor })
    })

    /** Sends a probe as the actor its tree is for (hooks signed as the workers or the park sign them). */
    const send = async ({ method, path, body }: Probe) => {
      const actor = path.split("/")[1]
      const multipart = body instanceof FormData
      const raw = body === undefined || multipart ? undefined : typeof body === "object" && body && "raw" in body ? (body as { raw: string }).raw : JSON.stringify(body)
      let signed = {}
      if (actor === "hooks") {
        const request = { path, body: raw ?? "" }
        signed = path.startsWith("/hooks/park") ? { ...signHook(DEMO_PARK_HOOKS_SECRET, request), [PARK_HEADER]: "JXP" } : signHook(DEMO_HOOKS_SECRET, request)
      }
      const res = await api.request({
        method,
        url: path,
        data: multipart ? body : raw,
        headers: { ...headers[actor], ...signed, ...(raw === undefined ? {} : { "content-type": "application/json" }) },
        validateStatus: () => true,
        transformResponse: (d: string) => d,
      })
      return { status: res.status as number, body: String(res.data).slice(0, 300) }
    }

    /** The probes: hostile ids, queries and bodies for every route, drawn with the fixed seed. */
    function probes(): Probe[] {
      const { pick } = generator(SEED)
      const routes = [...["store", "vendor", "operator", "partner", "admin", "hooks"].flatMap((tree) => routeFiles(tree)), ...CORE_ROUTES]
      return routes.flatMap((key) => {
        const [method, template] = key.split(" ")
        const segments = template.split("/")
        const real = segments.map((s, i) => (s.startsWith(":") ? realSegment(ctx, segments[i - 1], s.slice(1)) : s))
        const path = real.join("/")
        const out: Probe[] = []
        // Each id in turn replaced by a hostile one.
        segments.forEach((s, i) => {
          if (!s.startsWith(":")) return
          for (const hostile of pick(HOSTILE_SEGMENTS, 2)) out.push({ key, method, path: real.map((r, j) => (j === i ? hostile : r)).join("/"), body: method === "POST" ? {} : undefined })
        })
        if (method === "GET") {
          out.push({ key, method, path })
          for (const q of pick(HOSTILE_QUERIES, 3)) out.push({ key, method, path: `${path}?${q}` })
        } else if (FORMS[key]) {
          const fields = FORMS[key](ctx)
          for (const name of pick(Object.keys(fields), 2)) for (const text of pick(HOSTILE_FIELD_TEXT, 1)) out.push({ key, method, path, body: form({ ...fields, [name]: text }) })
          out.push({ key, method, path, body: form(fields, "scan\u0000.pdf") })
        } else {
          const base = BASE_BODIES[key]?.(ctx) ?? GENERIC_BODY
          for (const at of pick(leaves(base), 2)) for (const value of pick(HOSTILE_VALUES, 1)) out.push({ key, method, path, body: withLeaf(base, at, value) })
          out.push({ key, method, path, body: pick(HOSTILE_BODIES, 1)[0] })
        }
        return out
      })
    }

    it("answers every hostile request with a 4xx at worst, and the stack stays healthy", async () => {
      // What the probe found, always sent; the rest is drawn by the generator.
      const found: Probe[] = [
        { key: "GET /store/products/:id", method: "GET", path: "/store/products/%00" },
        { key: "GET /vendor/products", method: "GET", path: "/vendor/products?offset=-1" },
        { key: "GET /admin/manufacturers", method: "GET", path: "/admin/manufacturers?order=nosuchfield" },
        { key: "POST /vendor/fitting-requests/:id/answer", method: "POST", path: `/vendor/fitting-requests/${ctx["fitting-requests"]}/answer`, body: { answer: "x\ud800y" } },
        { key: "POST /vendor/profile", method: "POST", path: "/vendor/profile", body: { city: "Shao\u0000xing" } },
      ]
      const all = [...found, ...probes()]
      const statuses: Record<number, number> = {}
      const failures: string[] = []
      for (const probe of all) {
        const res = await send(probe)
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (res.status >= 500) failures.push(`${res.status} ${probe.method} ${probe.path.slice(0, 120)} ${probe.body instanceof FormData ? "(form)" : JSON.stringify(probe.body)?.slice(0, 120)} → ${res.body}`)
      }
      console.log(`hostile input (seed ${SEED}): ${all.length} requests, statuses ${JSON.stringify(statuses)}, 5xx: ${failures.length}\n${failures.join("\n")}`)
      expect(failures).toEqual([])

      // Each kind the probe found is refused with a message that says what to change.
      for (const [probe, message] of [
        [found[0], /path.*\\u0000|NUL/i],
        [found[1], /offset/],
        [found[2], /order.*nosuchfield/],
        [found[3], /answer|surrogate|unicode/i],
      ] as const) {
        const res = await send(probe)
        expect([probe.path, res.status, res.body]).toEqual([probe.path, 400, expect.stringMatching(message)])
      }
      // The spoilt answer left the earlier one in place.
      const { data } = await api.get(`/vendor/fitting-requests/${ctx["fitting-requests"]}`, { headers: headers.vendor })
      expect(data.fitting_request.answer).toBe("Take the 46 cm seat.")

      // Healthy afterwards: health, and ordinary reads as a buyer and a manufacturer.
      expect((await api.get("/health")).status).toBe(200)
      expect((await api.get(`/store/products/${ctx.productId}`, { headers: headers.store })).status).toBe(200)
      expect((await api.get("/vendor/products", { headers: headers.vendor })).data.products.length).toBeGreaterThan(0)
    })
  },
})
