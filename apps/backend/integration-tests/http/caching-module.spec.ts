import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createTranslationsWorkflow,
  deleteTranslationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  revokeApiKeysWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOCK_PRODUCT_FIELDS, seededStorefront, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

// What `MEDUSA_CACHING=true` starts: Medusa's Caching Module on Redis, read by medusa-config when the runner starts.
process.env.MEDUSA_CACHING = "true"
process.env.WORKERS_QUEUE_PREFIX = `itest-caching-${process.pid}-${Date.now()}`

type Variant = { id: string; calculated_price: { calculated_amount: number; currency_code: string } | null }
type Product = { id: string; handle: string; variants: Variant[] }

/**
 * With Medusa's Caching Module on, what core caches (the publishable-key check on every store request, the
 * store's product route, its translation look-ups) must still follow every change: a revoked key is refused, a new
 * price shows on both product routes in its region only, a new translation shows and a removed one goes. How soon is
 * measured by bench:catalog and the storefront's catalogue-cache browser test.
 */
integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seededStorefront>>
    beforeAll(async () => {
      demo = await seededStorefront(getContainer())
    })
    const headers = () => demo.headers

    const ours = async (regionId: string, handle: string) =>
      (await api.get(`/store/catalog/products/${handle}?region_id=${regionId}`, { headers: headers() })).data.product as Product
    const stock = async (regionId: string, handle: string) =>
      (await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=${encodeURIComponent(STOCK_PRODUCT_FIELDS)}`, { headers: headers() })).data
        .products[0] as Product
    const amount = (p: Product, variantId: string) => p.variants.find((v) => v.id === variantId)?.calculated_price?.calculated_amount

    it("runs with the module registered", () => {
      expect(getContainer().resolve(Modules.CACHING, { allowUnregistered: true })).toBeTruthy()
    })

    it("refuses a publishable key once it is revoked", async () => {
      const container = getContainer()
      const [storefrontKey] = await container.resolve(Modules.API_KEY).listApiKeys({ token: headers()["x-publishable-api-key"] })
      const { result: [key] } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Caching test key", type: "publishable", created_by: "test" }] },
      })
      const { data: links } = await container.resolve("query").graph({
        entity: "api_key",
        fields: ["sales_channels_link.sales_channel_id"],
        filters: { id: storefrontKey.id },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: (links[0].sales_channels_link ?? []).map((l) => l!.sales_channel_id) },
      })
      const ask = () =>
        api.get(`/store/catalog/products?region_id=${demo.kz.id}&limit=1`, { headers: { "x-publishable-api-key": key.token } }).catch((e) => e.response)
      // Answered, and so cached by the key check.
      await waitFor("the new key to be accepted", async () => ((await ask()).status === 200 ? true : undefined))
      expect((await ask()).status).toBe(200)
      await revokeApiKeysWorkflow(container).run({ input: { selector: { id: key.id }, revoke: { revoked_by: "test" } } })
      const refused = await waitFor("the revoked key to be refused", async () => {
        const res = await ask()
        return res.status === 200 ? undefined : res
      })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/valid publishable key/)
    })

    it("shows a price change on Medusa's product route and ours, in its region only", async () => {
      const { products } = (await api.get(`/store/catalog/products?region_id=${demo.kz.id}&limit=3`, { headers: headers() })).data as { products: Product[] }
      const product = products[2]
      const variant = product.variants[0]
      // Both routes asked first, so what follows is read past their caches.
      const [ruBefore, stockRuBefore] = await Promise.all([ours(demo.ru.id, product.handle), stock(demo.ru.id, product.handle)])
      await stock(demo.kz.id, product.handle)
      expect(amount(stockRuBefore, variant.id)).toBe(amount(ruBefore, variant.id))
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "kzt", amount: 5151 }, { currency_code: "rub", amount: amount(ruBefore, variant.id)! }] } },
      })
      await waitFor("the new price on both routes", async () => {
        const [a, b] = await Promise.all([ours(demo.kz.id, product.handle), stock(demo.kz.id, product.handle)])
        return amount(a, variant.id) === 5151 && amount(b, variant.id) === 5151 ? true : undefined
      })
      const [ruAfter, stockRuAfter] = await Promise.all([ours(demo.ru.id, product.handle), stock(demo.ru.id, product.handle)])
      expect(amount(ruAfter, variant.id)).toBe(amount(ruBefore, variant.id))
      expect(amount(stockRuAfter, variant.id)).toBe(amount(ruBefore, variant.id))
    })

    it("shows a new translation on Medusa's product route, and the English title once it is deleted", async () => {
      const { products } = (await api.get(`/store/catalog/products?region_id=${demo.kz.id}&limit=4`, { headers: headers() })).data as { products: Product[] }
      const { id } = products[3]
      const titleIn = async (locale: string) =>
        (await api.get(`/store/products/${id}?fields=title`, { headers: { ...headers(), "x-medusa-locale": locale } })).data.product.title as string
      const english = await titleIn("kk")
      // Asked first, so Medusa's look-up of the product's Kazakh translations (the demo has none) is cached.
      expect(await titleIn("kk")).toBe(english)
      const title = `Сынақ арбасы ${Date.now()}`
      const { result: created } = await createTranslationsWorkflow(getContainer()).run({
        input: { translations: [{ reference: "product", reference_id: id, locale_code: "kk", translations: { title } }] },
      })
      await waitFor("the new translation on the product route", async () => ((await titleIn("kk")) === title ? true : undefined), 10_000)
      await deleteTranslationsWorkflow(getContainer()).run({ input: { ids: created.map((t: { id: string }) => t.id) } })
      await waitFor("the English title again", async () => ((await titleIn("kk")) === english ? true : undefined), 10_000)
    })
  },
})
