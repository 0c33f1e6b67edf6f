import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { DEMO_STOREFRONT_HOOKS_SECRET, HOOK_HEADERS, hookSignatureProblem } from "@aem/job-contracts"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createTranslationsWorkflow,
  deleteProductVariantsWorkflow,
  deleteTranslationsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductCategoriesWorkflow,
  updateProductVariantsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CatalogStore } from "../../src/modules/product-search/catalog-store"
import { GENERATION_MAX_AGE_MS } from "../../src/modules/product-search/generation"
import { PRODUCT_SEARCH_MODULE } from "../../src/modules/product-search"
import type ProductSearchModuleService from "../../src/modules/product-search/service"
import type { PagesChange } from "../../src/modules/product-search/storefront-pages"
import { MANUFACTURER_MODULE } from "../../src/modules/manufacturer"
import { addCertificateWorkflow } from "../../src/workflows/manufacturer/add-certificate"
import { changeManufacturerStatusWorkflow } from "../../src/workflows/manufacturer/change-manufacturer-status"
import { demoScan } from "../../src/scripts/demo-data/certificates"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { STOCK_PRODUCT_FIELDS, demoStorefront } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

// This suite's own BullMQ prefix: its index jobs never meet another run's.
process.env.WORKERS_QUEUE_PREFIX = `itest-catalog-${process.pid}-${Date.now()}`

/**
 * A stand-in for the storefront's POST /api/revalidate (a double at the edge: the storefront is not started
 * here). It records what the catalogue indexer asks, signed as the storefront checks; the backend is pointed
 * at it below.
 */
const storefront = (() => {
  const received: PagesChange[] = []
  const server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const signature = { timestamp: req.headers[HOOK_HEADERS.timestamp] as string, signature: req.headers[HOOK_HEADERS.signature] as string }
      if (req.url === "/api/revalidate" && !hookSignatureProblem(DEMO_STOREFRONT_HOOKS_SECRET, { path: req.url, body }, signature)) received.push(JSON.parse(body))
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  return {
    received,
    /** Whether a revalidation after the first `since` asked for this. */
    asked: (since: number, what: (change: PagesChange) => boolean) => received.slice(since).some(what),
    listen: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
})()
// Before the runner's own set-up reads medusa-config (hooks run in the order they are declared).
beforeAll(async () => {
  process.env.STOREFRONT_URL = await storefront.listen()
})
afterAll(() => storefront.close())

type Variant = { id: string; title: string; inventory_quantity: number; calculated_price: { calculated_amount: number; currency_code: string } | null }
type Product = { id: string; handle: string; title: string; variants: Variant[]; manufacturer: { handle: string; legal_name_en: string; certificates: unknown[] } | null
  categories: { id: string; name: string; handle: string }[]
}

/**
 * Polls until the probe answers; fails only if it never does. How soon changes show is measured
 * by `npm run bench:catalog` (a timed assertion here would fail on a busy machine, not on a bug).
 */
async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const start = Date.now()
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() - start > 20_000) throw new Error("the change never showed")
    await new Promise((r) => setTimeout(r, 50))
  }
}

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let kz: { id: string }
    let ru: { id: string }

    beforeAll(async () => {
      ;({ headers, kz, ru } = await demoStorefront(getContainer()))
    })

    const list = async (regionId: string, params = "limit=100") =>
      (await api.get(`/store/catalog/products?region_id=${regionId}&${params}`, { headers })).data as { products: Product[]; count: number }
    const detail = async (handle: string, regionId = kz.id) => {
      const res = await api.get(`/store/catalog/products/${handle}?region_id=${regionId}`, { headers }).catch((e) => e.response)
      return res.status === 404 ? null : (res.data.product as Product)
    }
    const stock = async (regionId: string, params = "limit=100") =>
      (await api.get(`/store/products?region_id=${regionId}&order=title&fields=${encodeURIComponent(STOCK_PRODUCT_FIELDS)}&${params}`, { headers })).data as {
        products: Product[]
        count: number
      }
    const shape = (products: Product[]) =>
      products.map((p) => ({
        handle: p.handle,
        title: p.title,
        variants: p.variants
          .map((v) => ({ id: v.id, amount: v.calculated_price?.calculated_amount, currency: v.calculated_price?.currency_code, stock: v.inventory_quantity }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      }))

    it("lists what Medusa's own product route lists, with the same region prices and stock, never another region's", async () => {
      for (const region of [kz, ru]) {
        const [ours, theirs] = await Promise.all([list(region.id), stock(region.id)])
        expect(ours.count).toBe(DEMO_PRODUCTS.length)
        expect(shape(ours.products)).toEqual(shape(theirs.products))
      }
      const [inKz, inRu] = await Promise.all([list(kz.id), list(ru.id)])
      expect(new Set(inKz.products.flatMap((p) => p.variants.map((v) => v.calculated_price?.currency_code)))).toEqual(new Set(["kzt"]))
      expect(new Set(inRu.products.flatMap((p) => p.variants.map((v) => v.calculated_price?.currency_code)))).toEqual(new Set(["rub"]))
      // The manufacturer comes with each product: the category page needs no call per product.
      for (const p of inKz.products) expect(p.manufacturer?.legal_name_en).toBeTruthy()
      // Pages and filters by category and ids agree with the stock route too.
      const [page2, stockPage2] = await Promise.all([list(kz.id, "limit=12&offset=12"), stock(kz.id, "limit=12&offset=12")])
      expect(shape(page2.products)).toEqual(shape(stockPage2.products))
      const category = (await api.get("/store/product-categories?handle=iso-12-22&fields=id", { headers })).data.product_categories[0]
      const [inClass, stockInClass] = await Promise.all([list(kz.id, `category_id=${category.id}&limit=100`), stock(kz.id, `category_id[]=${category.id}&limit=100`)])
      expect(shape(inClass.products)).toEqual(shape(stockInClass.products))
      const ids = inKz.products.slice(3, 5).map((p) => p.id)
      expect((await list(kz.id, `id=${ids[0]}&id=${ids[1]}`)).products.map((p) => p.id).sort()).toEqual([...ids].sort())
    })

    it("shows a product update on the list and the product", async () => {
      const product = (await list(kz.id)).products[0]
      await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { title: `${product.title} zebra` } } })
      await eventually(async () => ((await detail(product.handle))?.title.endsWith("zebra") ? true : undefined))
      expect((await list(kz.id)).products.find((p) => p.id === product.id)?.title).toBe(`${product.title} zebra`)
    })

    it("shows a price change in its region only", async () => {
      const product = (await list(kz.id)).products[1]
      const variant = product.variants[0]
      const ruBefore = (await detail(product.handle, ru.id))!.variants.find((v) => v.id === variant.id)!.calculated_price
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "kzt", amount: 4242 }, { currency_code: "rub", amount: ruBefore!.calculated_amount }] } },
      })
      await eventually(async () =>
        (await detail(product.handle))?.variants.find((v) => v.id === variant.id)?.calculated_price?.calculated_amount === 4242 ? true : undefined
      )
      expect((await detail(product.handle, ru.id))!.variants.find((v) => v.id === variant.id)!.calculated_price).toEqual(ruBefore)
      const [ours, theirs] = await Promise.all([list(kz.id), stock(kz.id)])
      expect(shape(ours.products)).toEqual(shape(theirs.products))
    })

    it("shows a stock change", async () => {
      const product = (await list(kz.id)).products[2]
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
        filters: { product_id: product.id },
      })
      const levels = (data as any[]).flatMap((v) => v.inventory_items.flatMap((i: any) => i.inventory.location_levels))
      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: { updates: levels.map((l: any) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 })) },
      })
      await eventually(async () => ((await detail(product.handle))?.variants.every((v) => v.inventory_quantity === 0) ? true : undefined))
    })

    it("follows a product taken out of its category, a deleted variant and a new region", async () => {
      const { data: login } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const admin = { headers: { authorization: `Bearer ${login.token}` } }
      const category = (await api.get("/store/product-categories?handle=iso-12-22&fields=id", { headers })).data.product_categories[0]
      const [taken] = (await list(kz.id, `category_id=${category.id}&limit=100`)).products
      // Medusa's own route for category membership (it emits no event of its own).
      await api.post(`/admin/product-categories/${category.id}/products`, { remove: [taken.id] }, admin)
      await eventually(async () => ((await list(kz.id, `category_id=${category.id}&limit=100`)).products.some((p) => p.id === taken.id) ? undefined : true))

      const withVariants = (await list(kz.id)).products.find((p) => p.variants.length > 1)!
      const [gone] = withVariants.variants
      await deleteProductVariantsWorkflow(getContainer()).run({ input: { ids: [gone.id] } })
      await eventually(async () => ((await detail(withVariants.handle))?.variants.some((v) => v.id === gone.id) ? undefined : true))

      const { result: [region] } = await createRegionsWorkflow(getContainer()).run({
        input: { regions: [{ name: "Mongolia (test)", currency_code: "kzt", countries: ["mn"] }] },
      })
      const priced = await eventually(async () => {
        const product = await detail(withVariants.handle, region.id)
        return product?.variants.every((v) => v.calculated_price?.currency_code === "kzt") ? product : undefined
      })
      expect(shape([priced])[0].variants.map((v) => v.amount)).toEqual(shape([(await detail(withVariants.handle))!])[0].variants.map((v) => v.amount))
    })

    it("revalidates a product's pages when its translation is added or removed", async () => {
      const product = (await list(kz.id)).products[4]
      const revalidated = (since: number) => async () =>
        storefront.asked(since, (c) => "handles" in c && c.handles.includes(product.handle)) ? true : undefined
      const beforeCreate = storefront.received.length
      const { result } = await createTranslationsWorkflow(getContainer()).run({
        input: { translations: [{ reference: "product", reference_id: product.id, locale_code: "ru", translations: { title: "Тестовый перевод" } }] },
      })
      await eventually(revalidated(beforeCreate))
      const beforeDelete = storefront.received.length
      await deleteTranslationsWorkflow(getContainer()).run({ input: { ids: result.map((t) => t.id) } })
      await eventually(revalidated(beforeDelete))
    })

    it("shows a renamed category on its products and revalidates the category pages", async () => {
      const category = (await api.get("/store/product-categories?handle=iso-12-06&fields=id,name", { headers })).data.product_categories[0]
      const [member] = (await list(kz.id, `category_id=${category.id}&limit=1`)).products
      const renamed = `${category.name} (renamed)`
      const since = storefront.received.length
      await updateProductCategoriesWorkflow(getContainer()).run({ input: { selector: { id: category.id }, update: { name: renamed } } })
      await eventually(async () => ((await detail(member.handle))?.categories.some((c) => c.name === renamed) ? true : undefined))
      await eventually(async () => (storefront.asked(since, (c) => "categories" in c) ? true : undefined))
      await eventually(async () => (storefront.asked(since, (c) => "handles" in c && c.handles.includes(member.handle)) ? true : undefined))
      await updateProductCategoriesWorkflow(getContainer()).run({ input: { selector: { id: category.id }, update: { name: category.name } } })
    })

    it("never shows an unpublished product, even after a re-index", async () => {
      const product = (await list(kz.id)).products[3]
      await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { status: "draft" } } })
      await eventually(async () => ((await detail(product.handle)) === null ? true : undefined))
      await getContainer().resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).indexProducts([product.id])
      expect(await detail(product.handle)).toBeNull()
      const all = await list(kz.id)
      expect(all.products.some((p) => p.id === product.id)).toBe(false)
      expect(all.count).toBe(DEMO_PRODUCTS.length - 1)
    })

    it("takes a suspended manufacturer's products off the list and pages, and re-approval brings them back", async () => {
      const products = (await list(kz.id)).products
      const victim = products[0].manufacturer!.handle
      const theirs = products.filter((p) => p.manufacturer?.handle === victim)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "manufacturer", fields: ["id"], filters: { handle: victim } })
      const actor = { type: "user", id: "itest" }
      await changeManufacturerStatusWorkflow(getContainer()).run({ input: { manufacturerId: data[0].id, status: "suspended", reason: "Test suspension", actor } })
      await eventually(async () => ((await list(kz.id)).products.some((p) => p.manufacturer?.handle === victim) ? undefined : true))
      for (const p of theirs) expect(await detail(p.handle)).toBeNull()
      await changeManufacturerStatusWorkflow(getContainer()).run({ input: { manufacturerId: data[0].id, status: "approved", actor } })
      await eventually(async () => ((await detail(theirs[0].handle)) ? true : undefined))
      expect((await list(kz.id)).count).toBe(DEMO_PRODUCTS.length)
    })

    it("hides a withdrawn manufacturer's products from the catalogue and search at once, before their re-index", async () => {
      const victim = (await list(kz.id)).products[0].manufacturer!.handle
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "manufacturer", fields: ["id", "handle"], filters: { handle: victim } })
      await getContainer().resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).withdrawManufacturer(data[0])
      const after = await list(kz.id)
      expect(after.products.some((p) => p.manufacturer?.handle === victim)).toBe(false)
      expect(after.count).toBeLessThan(DEMO_PRODUCTS.length)
      const { data: search } = await api.get("/store/search?country_code=kz&limit=100", { headers })
      expect(search.hits.some((h: { manufacturer: { id: string } }) => h.manufacturer.id === data[0].id)).toBe(false)
    })

    it("serves the same catalogue after a cold start, and fills an empty read model from the catalogue", async () => {
      const container = getContainer()
      const before = await list(kz.id)
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const channel = (await container.resolve("store").listStores({}, { select: ["default_sales_channel_id"] }))[0].default_sales_channel_id!
      // A new process starts with no cached pages: it reads the same from the table.
      const fresh = await new CatalogStore(db).list({ salesChannelId: channel, limit: 100, offset: 0 })
      expect(fresh.products.map((p) => p.handle)).toEqual(before.products.map((p) => p.handle))
      // A database whose read model is empty (it predates it) is filled from the catalogue.
      await db("product_catalog_entry").delete()
      await db("product_search_state").where({ id: "catalog" }).update({ generation: 0 })
      // A write made outside the store (as by another process) is seen once its last look at the generation has aged.
      await new Promise((r) => setTimeout(r, GENERATION_MAX_AGE_MS + 5))
      expect((await list(kz.id)).count).toBe(0)
      await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).rebuildIndex()
      expect(shape((await list(kz.id)).products)).toEqual(shape(before.products))
    })

    it("filters, counts facets and pages over a whole class of more than a hundred products", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: makers } = await query.graph({ entity: "manufacturer", fields: ["id", "handle", "legal_name_en"], filters: { status: "approved" } })
      const [a, b] = makers
      const { data: [demo] } = await query.graph({ entity: "product", fields: ["shipping_profile.id", "sales_channels.id"], filters: { handle: DEMO_PRODUCTS[0].handle } })
      const { result: [elsewhere] } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "No option anywhere (test)", type: "default" }] } })
      const { result: [category] } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Filter test class", handle: "filter-test-class", is_active: true }] },
      })
      // 130 products, each trait on its own rhythm, so every combination of filters has an answer worked out here.
      const specs = Array.from({ length: 130 }, (_, i) => ({
        i,
        kzt: 10_000 + i * 10,
        maker: i % 2 ? b : a,
        soldOut: i % 7 === 0,
        shipsToKz: i % 10 !== 0,
        ce: i % 3 === 0 && i % 2 === 0,
      }))
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: specs.map((p) => ({
            title: `Filter test ${String(p.i).padStart(3, "0")}`,
            handle: `filter-test-${String(p.i).padStart(3, "0")}`,
            status: "published" as const,
            category_ids: [category.id],
            shipping_profile_id: p.shipsToKz ? demo.shipping_profile!.id : elsewhere.id,
            sales_channels: demo.sales_channels!.map((c) => ({ id: c!.id })),
            options: [{ title: "Size", values: ["One"] }],
            // Sold out: stock is tracked and there is none.
            variants: [{ title: "One", options: { Size: "One" }, manage_inventory: p.soldOut, prices: [{ currency_code: "kzt", amount: p.kzt }] }],
          })),
        },
      })
      const idOf = new Map(products.map((p) => [p.handle, p.id]))
      const handleOf = (p: (typeof specs)[number]) => `filter-test-${String(p.i).padStart(3, "0")}`
      const ids = specs.map((p) => idOf.get(handleOf(p))!)
      await container.resolve(ContainerRegistrationKeys.LINK).create(
        specs.map((p, k) => ({ [MANUFACTURER_MODULE]: { manufacturer_id: p.maker.id }, [Modules.PRODUCT]: { product_id: ids[k] } }))
      )
      const year = 365 * 24 * 3600 * 1000
      await addCertificateWorkflow(container).run({
        input: {
          manufacturer_id: a.id,
          type: "ce",
          number: "FILTER-TEST-CE",
          issuer: "Test notified body",
          valid_from: new Date(Date.now() - year),
          valid_until: new Date(Date.now() + year),
          productIds: ids.filter((_, k) => specs[k].ce),
          file: { filename: "FILTER-TEST-CE.pdf", mimeType: "application/pdf", content: demoScan("FILTER-TEST-CE") },
        },
      })
      // The links came after the products' events: bring their entries up to date now, as the bench's seed does.
      await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).indexProducts(ids)

      type Page = { products: Product[]; count: number; facets?: { manufacturers: { handle: string; count: number }[]; certificates: { type: string; count: number }[] } }
      const ask = async (params: string) => (await list(kz.id, `category_id=${category.id}&${params}`)) as Page
      const handles = (keep: (p: (typeof specs)[number]) => boolean) => specs.filter(keep).map(handleOf)
      /** Every page of 24, in order: the handles, and the count each page said. */
      const allPages = async (params: string) => {
        const seen: string[] = []
        for (let offset = 0; ; offset += 24) {
          const page = await ask(`${params}&limit=24&offset=${offset}`)
          seen.push(...page.products.map((p) => p.handle))
          if (offset + 24 >= page.count) return { seen, count: page.count }
        }
      }

      const everything = await allPages("")
      expect(everything.count).toBe(130)
      expect(everything.seen).toEqual(handles(() => true))
      const cases: [string, (p: (typeof specs)[number]) => boolean][] = [
        ["min_price=10500&max_price=11000", (p) => p.kzt >= 10_500 && p.kzt <= 11_000],
        [`manufacturer=${a.handle}`, (p) => p.maker === a],
        ["certificate=ce", (p) => p.ce],
        ["in_stock=true", (p) => !p.soldOut],
        ["ships_to=kz", (p) => p.shipsToKz],
        [`manufacturer=${b.handle}&in_stock=true&ships_to=kz&max_price=11200`, (p) => p.maker === b && !p.soldOut && p.shipsToKz && p.kzt <= 11_200],
      ]
      for (const [params, keep] of cases) {
        const { seen, count } = await allPages(params)
        expect([params, count, seen]).toEqual([params, handles(keep).length, handles(keep)])
      }
      // Each facet is counted under the other filters: choosing a manufacturer still offers the other one.
      const { facets } = await ask(`manufacturer=${a.handle}&in_stock=true&facets=true&limit=1`)
      expect(facets!.manufacturers.map((m) => [m.handle, m.count]).sort()).toEqual(
        [a, b].map((m) => [m.handle, specs.filter((p) => p.maker === m && !p.soldOut).length]).sort()
      )
      expect(facets!.certificates).toEqual([{ type: "ce", count: specs.filter((p) => p.ce && p.maker === a && !p.soldOut).length }])
      // Without facets=true none are computed.
      expect((await ask("limit=1")).facets).toBeUndefined()
      for (const [params, message] of [
        ["ships_to=kaz", /ships_to must be an ISO 3166 alpha-2 country code/],
        ["min_price=-1", /'min_price' too small/],
        ["in_stock=yes", /Expected: 'true, false' for field 'in_stock'/],
      ] as const) {
        const bad = await api.get(`/store/catalog/products?region_id=${kz.id}&${params}`, { headers }).catch((e) => e.response)
        expect([params, bad.status, bad.data.message]).toEqual([params, 400, expect.stringMatching(message)])
      }
    })

    it("answers 400 for a missing or unknown region, 404 for an unknown product, and needs the publishable key", async () => {
      const noRegion = await api.get("/store/catalog/products", { headers }).catch((e) => e.response)
      expect(noRegion.status).toBe(400)
      const unknown = await api.get("/store/catalog/products?region_id=reg_nope", { headers }).catch((e) => e.response)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/not a region of this store/)
      expect(await detail("no-such-product")).toBeNull()
      const noKey = await api.get(`/store/catalog/products?region_id=${kz.id}`).catch((e) => e.response)
      expect(noKey.status).toBe(400)
    })
  },
})
