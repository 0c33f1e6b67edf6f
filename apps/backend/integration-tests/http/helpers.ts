import { organisationCodeCheckCharacter, usccCheckCharacter } from "@aem/trade-kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Queue } from "bullmq"
import { spawn } from "child_process"
import { existsSync, readdirSync, readFileSync, statSync } from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STOREFRONT_KEY_TITLE, seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"

/** The demo storefront's publishable key and the region selling to a country. */
export async function storefrontContext(container: MedusaContainer, countryCode: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
  const region = regions.find((r) => r.countries?.some((c) => c?.iso_2 === countryCode))
  if (!key || !region) throw new Error(`demo data missing for ${countryCode}`)
  return { headers: { "x-publishable-api-key": key.token }, region }
}

/** What the storefront shows of a product on stock Medusa's product route: region prices and stock. */
export const STOCK_PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

/** The demo storefront's key, the Kazakh and Russian regions (a spec file started from the "demo data" database). */
export async function demoStorefront(container: MedusaContainer) {
  const { headers, region: kz } = await storefrontContext(container, "kz")
  const { region: ru } = await storefrontContext(container, "ru")
  return { headers, kz, ru }
}

/** Seeds the demo data and waits until its events are handled; the storefront's key, the Kazakh and Russian regions. */
export async function seededStorefront(container: MedusaContainer) {
  await seedDemoData(container)
  const storefront = await demoStorefront(container)
  // The seed's few hundred events are handled first, so what follows starts from a quiet system.
  await eventBusIdle()
  return storefront
}

/** A valid unified social credit code made from a 6-digit division and an 8-character organisation stem. */
export function uscc(division: string, stem: string): string {
  const org = stem + organisationCodeCheckCharacter(stem)
  const first17 = `91${division}${org}`
  return first17 + usccCheckCharacter(first17)
}

export const profile = (handle: string, code: string) => ({
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

export const wheelchair = (handle: string, overrides: Record<string, unknown> = {}) => ({
  title: "Folding steel wheelchair AX-1",
  handle,
  status: "published",
  hs_code: "8713.10.0000",
  iso_9999: "12 22",
  device_class: "I",
  net_weight_g: 16500,
  gross_weight_g: 19000,
  length_mm: 820,
  width_mm: 330,
  height_mm: 760,
  options: [{ title: "Seat width", values: ["46 cm"] }],
  variants: [
    {
      title: "46 cm",
      sku: `${handle}-46`,
      options: { "Seat width": "46 cm" },
      prices: [
        { currency_code: "KZT", amount: 89000 },
        { currency_code: "usd", amount: 169 },
      ],
    },
  ],
  ...overrides,
})


type Api = { post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: any }> }

/** A manufacturer signs up as its owner and logs in. */
export async function signUpManufacturer(api: Api, handle: string, code: string) {
  const login = { email: `${handle}@makers.example.cn`, password: "a-long-password-2026" }
  const { data: reg } = await api.post("/auth/manufacturer/emailpass/register", login)
  const created = await api
    .post("/vendor/manufacturers", profile(handle, code), { headers: { authorization: `Bearer ${reg.token}` } })
    .catch((e) => e.response)
  const { data } = await api.post("/auth/manufacturer/emailpass", login)
  return { created, headers: { authorization: `Bearer ${data.token}` } }
}

type StoreApi = Api & { get: (url: string, config?: object) => Promise<{ status: number; data: any }> }

export const RU_ADDRESS = {
  first_name: "Olga",
  last_name: "Ivanova",
  address_1: "Tverskaya 7",
  city: "Moscow",
  postal_code: "125009",
  country_code: "ru",
  phone: "+7 495 000 0000",
}

export const KZ_ADDRESS = {
  first_name: "Aigerim",
  last_name: "Nurlanovna",
  address_1: "Abay Avenue 10",
  city: "Almaty",
  postal_code: "050000",
  country_code: "kz",
  phone: "+7 727 000 0000",
}

type CheckoutInput = {
  countryCode?: string
  email?: string
  lines: { variant_id: string; quantity: number }[]
  promoCodes?: string[]
  customerToken?: string
  address?: Record<string, string>
  /** The payment provider whose session the cart gets (the system provider unless said otherwise). */
  providerId?: string
  /** Cart metadata as the storefront's checkout sets it (the buyer's language, the incoterm). */
  metadata?: Record<string, unknown>
}

/**
 * A buyer's cart up to payment through the store API, as the storefront does it: cart, items, promotion
 * codes, the first shipping option from the park, a payment session with the provider.
 */
export async function cartAtPayment(
  api: StoreApi,
  container: MedusaContainer,
  { countryCode = "kz", lines, promoCodes = [], customerToken, address = KZ_ADDRESS, providerId = "pp_system_default", email = "buyer@example.kz", metadata }: CheckoutInput
) {
  const { headers: keyHeaders, region } = await storefrontContext(container, countryCode)
  const headers = customerToken ? { ...keyHeaders, authorization: `Bearer ${customerToken}` } : keyHeaders
  const { data: created } = await api.post(
    "/store/carts",
    { region_id: region.id, email, shipping_address: address, billing_address: address, metadata },
    { headers }
  )
  const cartId = created.cart.id
  for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, { headers })
  if (promoCodes.length) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: promoCodes }, { headers })
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  const { data: withSession } = await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: providerId }, { headers })
  const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === providerId)
  return { cartId, headers, session: session as { id: string; amount: number; data: Record<string, unknown> } }
}

/** The checkout completed with the demo's system provider. */
export async function checkout(api: StoreApi, container: MedusaContainer, input: Omit<CheckoutInput, "providerId">) {
  const { cartId, headers } = await cartAtPayment(api, container, input)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch((e) => {
    throw new Error(`cart completion failed: ${JSON.stringify(e.response?.data)}`)
  })
  if (completed.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(completed.error)}`)
  return { order: completed.order, headers }
}

/** Polls until `probe` returns a value (events and jobs are asynchronous). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/**
 * Until Medusa's event bus has no event waiting or being handled, twice in a row a quarter second apart (a
 * subscriber's workflow may emit more as it ends): a test then starts from a quiet system, and a suite does not
 * shut its app down under subscribers still running (their workflows would find Redis closed).
 */
export async function eventBusIdle(timeoutMs = 120_000): Promise<void> {
  const events = new Queue("events-queue", { connection: { url: process.env.REDIS_URL || "redis://127.0.0.1:6379" }, prefix: "RedisEventBusService" })
  const idle = async () => Object.values(await events.getJobCounts("waiting", "prioritized", "active", "delayed")).every((n) => n === 0)
  try {
    await waitFor(
      "Medusa's event bus to be idle",
      async () => {
        if (!(await idle())) return undefined
        await new Promise((r) => setTimeout(r, 250))
        return (await idle()) || undefined
      },
      timeoutMs
    )
  } finally {
    await events.close()
  }
}

/**
 * Every route×method of an actor's tree ("vendor", "operator", "store/carts"), read from the route files, so a new
 * route cannot miss its authorization matrix: ours (src/api), or Medusa's own (its compiled routes).
 */
export function routeFiles(tree: string, from: "ours" | "medusa" = "ours"): string[] {
  const apiRoot = from === "ours" ? path.resolve(__dirname, "../../src/api") : path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api")
  const root = path.join(apiRoot, tree)
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) return walk(full)
      if (name !== "route.ts" && name !== "route.js") return []
      const url = `/${tree}` + path.relative(root, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).map((s) => (s ? `/${s}` : "")).join("")
      const source = readFileSync(full, "utf8")
      const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b|exports\.(GET|POST|PUT|PATCH|DELETE) = \2;/g)].map((m) => m[1] ?? m[2])
      return methods.map((m) => `${m} ${url}`)
    })
  return existsSync(root) ? walk(root).sort() : []
}

/**
 * The real worker process, as `npm start` runs it, handing results back to this test's backend, on
 * the suite's own queue prefix and customs exchange folder; resolves once its health answers.
 */
export async function startWorkerProcess(o: { backendUrl: string; redisUrl: string; prefix: string; exchange: string; healthPort: number }) {
  let output = ""
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../../workers/dist/main.js")], {
    env: {
      ...process.env,
      REDIS_URL: o.redisUrl,
      WORKERS_QUEUE_PREFIX: o.prefix,
      WORKERS_HEALTH_PORT: String(o.healthPort),
      MEDUSA_BACKEND_URL: o.backendUrl,
      CUSTOMS_EXCHANGE_DIR: o.exchange,
      CUSTOMS_POLL_INTERVAL_MS: "300",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  await waitFor("workers health", async () => {
    const res = await fetch(`http://127.0.0.1:${o.healthPort}/health`).catch(() => undefined)
    return res?.ok ? true : undefined
  })
  return { stop: () => child.kill("SIGTERM"), output: () => output }
}
