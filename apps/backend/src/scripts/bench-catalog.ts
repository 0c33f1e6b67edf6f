import { searchIndexJob } from "@aem/job-contracts"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Queue } from "bullmq"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { MANUFACTURER_MODULE } from "../modules/manufacturer"
import type ManufacturerModuleService from "../modules/manufacturer/service"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { changeManufacturerStatusWorkflow } from "../workflows/manufacturer/change-manufacturer-status"
import { DEMO_PRODUCTS, ISO_CLASSES } from "./demo-data/catalog"
import { DEMO_MANUFACTURERS } from "./demo-data/manufacturers"
import { DEMO_MARKETS, localPrice } from "./demo-data/markets"

/**
 * Run twice by `npm run bench:catalog` (scripts/bench-catalog.mjs) on its own database, with the bench's
 * backend running (it consumes the events and index jobs, as in production):
 * - BENCH_STEP=seed: 10,000 products (three variants each, a price in every demo currency, stock at
 *   the park) from 50 manufacturers, through Medusa's workflows; skipped when already there.
 * - BENCH_STEP=freshness: real changes through the workflows (a title, a price, a stock level, an
 *   unpublish, a manufacturer's suspension), each timed until the catalogue route and the
 *   storefront's product page show it.
 */
const PRODUCTS = 10_000
const MANUFACTURERS = 50
const BATCH = 100
const HANDLE_PREFIX = "bench-"
const ADJECTIVES = ["Compact", "Premium", "Heavy-duty", "Lightweight", "Folding", "Adjustable", "Deluxe", "Travel", "Home-care", "Clinical"]

const benchHandle = (i: number) => `${HANDLE_PREFIX}${String(i).padStart(5, "0")}-${DEMO_PRODUCTS[i % DEMO_PRODUCTS.length].handle}`

async function benchManufacturers(container: MedusaContainer): Promise<string[]> {
  const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
  const demo = await service.listManufacturers({ handle: DEMO_MANUFACTURERS.map((m) => m.handle) })
  const wanted = Array.from({ length: MANUFACTURERS - demo.length }, (_, i) => `bench-maker-${String(i).padStart(2, "0")}`)
  const have = new Set((await service.listManufacturers({ handle: wanted })).map((m) => m.handle))
  const missing = wanted.filter((h) => !have.has(h))
  if (missing.length) {
    await service.createManufacturers(
      missing.map((handle, i) => {
        const n = String(wanted.indexOf(handle)).padStart(2, "0")
        return {
          handle,
          legal_name_zh: `浙江测试康复器材${n}有限公司`,
          legal_name_en: `Zhejiang Bench Rehabilitation Equipment ${n} Co., Ltd.`,
          unified_social_credit_code: `91330000BENCH000${n}`,
          customs_code: `33049600${n}`,
          province: "Zhejiang",
          city: i % 2 ? "Jiaxing" : "Ningbo",
          address: `No. ${n} Bench Road, Jiaxing`,
          contact_name: "Bench",
          contact_email: `bench${n}@example.cn`,
          contact_phone: "+86 573 0000 0000",
          status: "approved" as const,
        }
      })
    )
  }
  return (await service.listManufacturers({ handle: [...DEMO_MANUFACTURERS.map((m) => m.handle), ...wanted] })).map((m) => m.id)
}

async function seed(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const productModule = container.resolve(Modules.PRODUCT)
  const [, have] = await productModule.listAndCountProducts({ handle: { $like: `${HANDLE_PREFIX}%` } }, { select: ["id"], take: 1 })
  if (have >= PRODUCTS) {
    console.log(`bench catalogue: ${have} products already seeded`)
    return settle(container)
  }
  const manufacturers = await benchManufacturers(container)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({}, { take: 1 })
  const categories = new Map(
    (await productModule.listProductCategories({ handle: ISO_CLASSES.map((c) => `iso-${c.code.replace(/ /g, "-")}`) }, { select: ["id", "handle"] })).map(
      (c) => [c.handle, c.id]
    )
  )
  const { data: demo } = await query.graph({ entity: "product", fields: ["handle", "thumbnail"], filters: { handle: DEMO_PRODUCTS.map((p) => p.handle) } })
  const thumbnails = new Map(demo.map((p) => [p.handle, p.thumbnail]))

  const started = Date.now()
  for (let start = have; start < PRODUCTS; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, PRODUCTS - start) }, (_, k) => start + k)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: indexes.map((i) => {
          const base = DEMO_PRODUCTS[i % DEMO_PRODUCTS.length]
          const values = ["S", "M", "L"].map((size, k) => base.option.values[k] ?? `${base.option.values[0]} ${size}`)
          const usd = Math.round(base.usd * (0.6 + ((i * 7919) % 100) / 100))
          return {
            title: `${ADJECTIVES[i % ADJECTIVES.length]} ${base.title} ${i}`,
            handle: benchHandle(i),
            subtitle: base.iso,
            description: base.highlights,
            // One in fifty is a draft: the store must never show it.
            status: i % 50 === 0 ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
            thumbnail: thumbnails.get(base.handle) ?? undefined,
            images: thumbnails.get(base.handle) ? [{ url: thumbnails.get(base.handle)! }] : [],
            hs_code: base.hsCode,
            origin_country: "cn",
            material: base.material,
            weight: Math.round(base.grossKg * 1000),
            category_ids: [categories.get(`iso-${base.iso.replace(/ /g, "-")}`)!].filter(Boolean),
            shipping_profile_id: profile.id,
            sales_channels: [{ id: store.default_sales_channel_id! }],
            options: [{ title: base.option.title, values }],
            metadata: { iso_9999: base.iso, device_class: base.deviceClass },
            variants: values.map((value, k) => ({
              title: value,
              sku: `BENCH-${i}-${k}`,
              options: { [base.option.title]: value },
              manage_inventory: true,
              prices: [
                { currency_code: "usd", amount: usd + k * 10 },
                { currency_code: "cny", amount: Math.ceil((usd + k * 10) * 7.1) },
                ...DEMO_MARKETS.map((m) => ({ currency_code: m.currency, amount: localPrice(usd + k * 10, m) })),
              ],
            })),
          }
        }),
      },
    })
    await link.create(
      products.map((p) => ({
        [MANUFACTURER_MODULE]: { manufacturer_id: manufacturers[Number(p.handle.slice(HANDLE_PREFIX.length, HANDLE_PREFIX.length + 5)) % manufacturers.length] },
        [Modules.PRODUCT]: { product_id: p.id },
      }))
    )
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { id: products.flatMap((p) => p.variants.map((v) => v.id)) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) =>
          (v.inventory_items ?? []).map((item) => ({
            inventory_item_id: item!.inventory_item_id,
            location_id: location.id,
            // One product in seven is sold out.
            stocked_quantity: Number(v.sku!.split("-")[1]) % 7 === 0 ? 0 : 40,
          }))
        ),
      },
    })
    const done = start + indexes.length - have
    const rate = done / ((Date.now() - started) / 1000)
    process.stdout.write(
      `\rbench catalogue: ${start + indexes.length}/${PRODUCTS} products (${rate.toFixed(0)}/s, about ${Math.ceil((PRODUCTS - start - indexes.length) / rate / 60)} min left)   `
    )
  }
  console.log("")
  await settle(container)
}

/**
 * The seeding's own events (about 60,000: each product, variant and stock level created) are not
 * worked through one by one: the backend takes them at about 5 a second here, some three hours, and
 * the manufacturer link is made after each batch's product events went out anyway. They are dropped
 * and the read model and search index are filled once from the finished catalogue, which is what
 * handling them all would leave. Then the bench waits for the backend to be idle.
 */
async function settle(container: MedusaContainer) {
  const events = new Queue("events-queue", { connection: { url: redisUrl() }, prefix: "RedisEventBusService" })
  try {
    const pending = await events.getJobCountByTypes("waiting", "prioritized", "delayed")
    await events.drain(true)
    if (pending) console.log(`bench catalogue: dropped ${pending} pending seeding events (the rebuild below covers them)`)
  } finally {
    await events.close()
  }
  const t = Date.now()
  const { indexed } = await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).rebuildIndex()
  console.log(`bench catalogue: read model and search index rebuilt (${indexed} products) in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  await drained()
}

const redisUrl = () => process.env.REDIS_URL || "redis://127.0.0.1:6379"

/**
 * Waits until the backend has handled every event and index job: measuring while it still digests
 * 10,000 products' events would measure that.
 */
async function drained() {
  const connection = { url: redisUrl() }
  const queues = [
    new Queue("events-queue", { connection, prefix: "RedisEventBusService" }),
    new Queue(searchIndexJob.queue, { connection, prefix: process.env.WORKERS_QUEUE_PREFIX || "bull" }),
  ]
  try {
    for (let quiet = 0; quiet < 3; ) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts("waiting", "prioritized", "active", "delayed")))
      const left = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0)
      quiet = left ? 0 : quiet + 1
      if (left) process.stdout.write(`\rbench catalogue: the backend has ${left} events and index jobs left   `)
      await new Promise((r) => setTimeout(r, 1000))
    }
    console.log("\nbench catalogue: the backend is idle")
  } finally {
    await Promise.all(queues.map((q) => q.close()))
  }
}

type Probe = () => Promise<boolean>

/** Polls until every probe holds; the delay of each from `t0`. */
async function until(t0: number, probes: Record<string, Probe>): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => {
      for (;;) {
        if (await probe()) return void (out[name] = performance.now() - t0)
        if (performance.now() - t0 > 30_000) throw new Error(`${name}: not visible within 30 s`)
        await new Promise((r) => setTimeout(r, 10))
      }
    })
  )
  return out
}

async function freshness(container: MedusaContainer) {
  const backend = process.env.BENCH_BACKEND_URL!
  const storefront = process.env.BENCH_STOREFRONT_URL!
  const key = process.env.BENCH_PUBLISHABLE_KEY!
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = (await container.resolve(Modules.REGION).listRegions({ currency_code: "kzt" }))[0]
  const handle = benchHandle(1)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "variants.id", "variants.sku", "variants.inventory_items.inventory_item_id", "manufacturer.id"],
    filters: { handle },
  })
  const product = data[0]
  const variant = product.variants.find((v) => v!.sku!.endsWith("-0"))!
  const api = async () => {
    const res = await fetch(`${backend}/store/catalog/products/${handle}?region_id=${region.id}`, { headers: { "x-publishable-api-key": key } })
    return res.ok ? ((await res.json()).product as { title: string; variants: { id: string; inventory_quantity: number; calculated_price: { calculated_amount: number } | null }[] }) : null
  }
  const page = async () => {
    const res = await fetch(`${storefront}/kz/products/${handle}`)
    return { status: res.status, html: res.status === 200 ? await res.text() : "" }
  }
  const rows: [string, Record<string, number>][] = []
  const measure = async (label: string, change: () => Promise<unknown>, onApi: Probe, onPage: Probe) => {
    const t0 = performance.now()
    await change()
    rows.push([label, await until(t0, { api: onApi, page: onPage })])
  }

  const word = `Fresh${Date.now().toString(36)}`
  await measure(
    "product title",
    () => updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: `${product.title} ${word}` } } }),
    async () => (await api())?.title.includes(word) ?? false,
    async () => (await page()).html.includes(word)
  )
  const amount = 123_400 + (Date.now() % 100) * 100
  await measure(
    "price (kz)",
    () => updateProductVariantsWorkflow(container).run({ input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "kzt", amount }] } } }),
    async () => (await api())?.variants.find((v) => v.id === variant.id)?.calculated_price?.calculated_amount === amount,
    // However the page's locale groups digits, the amount's digits stand together once separators go.
    async () => (await page()).html.replace(/[\s\u00a0\u202f,.]/g, "").includes(String(amount))
  )
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: variant.inventory_items![0]!.inventory_item_id })
  await measure(
    "stock (sold out)",
    () =>
      updateInventoryLevelsWorkflow(container).run({
        input: { updates: levels.map((l) => ({ id: l.id, inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 })) },
      }),
    async () => (await api())?.variants.find((v) => v.id === variant.id)?.inventory_quantity === 0,
    async () => /<option[^>]*disabled=""[^>]*>/.test((await page()).html)
  )
  await measure(
    "unpublish",
    () => updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { status: ProductStatus.DRAFT } } }),
    async () => (await api()) === null,
    async () => (await page()).status === 404
  )
  await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { status: ProductStatus.PUBLISHED, title: product.title } } })
  await until(performance.now(), { back: async () => (await api()) !== null })
  await measure(
    "manufacturer suspended",
    () =>
      changeManufacturerStatusWorkflow(container).run({
        input: { manufacturerId: product.manufacturer!.id, status: "suspended", reason: "bench: freshness check", actor: { type: "user", id: "bench" } },
      }),
    async () => (await api()) === null,
    async () => (await page()).status === 404
  )
  await changeManufacturerStatusWorkflow(container).run({ input: { manufacturerId: product.manufacturer!.id, status: "approved", actor: { type: "user", id: "bench" } } })
  await updateInventoryLevelsWorkflow(container).run({
    input: { updates: levels.map((l) => ({ id: l.id, inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: l.stocked_quantity })) },
  })
  console.log("\nchange → visible (ms, from the start of the workflow)   API route   product page")
  for (const [label, t] of rows) console.log(`${label.padEnd(52)} ${t.api.toFixed(0).padStart(9)}   ${t.page.toFixed(0).padStart(12)}`)
}

export default async function benchCatalog({ container }: ExecArgs) {
  if (process.env.BENCH_STEP === "freshness") await freshness(container)
  else await seed(container)
}
