import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_PRODUCTS, ISO_CLASSES } from "../../src/scripts/demo-data/catalog"
import { DEMO_MARKETS } from "../../src/scripts/demo-data/markets"
import { seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"
import { MANUFACTURER_MODULE } from "../../src/modules/manufacturer"
import type ManufacturerModuleService from "../../src/modules/manufacturer/service"
import { storefrontContext } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedDemoData(getContainer())
    })

    it("seeds markets, manufacturers and the catalog as the issue asks", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
      expect(regions.length).toBeGreaterThanOrEqual(12)
      expect(new Set(regions.map((r) => r.currency_code)).size).toBe(regions.length)
      const taxRegions = await container.resolve(Modules.TAX).listTaxRegions({})
      expect(taxRegions.map((t) => t.country_code).sort()).toEqual(DEMO_MARKETS.flatMap((m) => m.countries).sort())

      const manufacturers = await container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE).listManufacturers({})
      expect(manufacturers.length).toBeGreaterThanOrEqual(6)
      for (const m of manufacturers) expect(m.legal_name_zh).toMatch(/[\u4e00-\u9fff]/)

      const { data: products } = await query.graph({
        entity: "product",
        fields: ["handle", "hs_code", "thumbnail", "metadata", "variants.id", "variants.prices.currency_code", "manufacturer.id"],
      })
      expect(products.length).toBeGreaterThanOrEqual(60)
      expect(new Set(products.map((p) => (p.metadata as any).iso_9999)).size).toBeGreaterThanOrEqual(8)
      // The codes are the demo catalogue's, which src/scripts/demo-data/__tests__/catalog.unit.spec.ts checks
      // against the official HS 2022 list.
      const demoCodes = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p.hsCode]))
      for (const p of products) {
        expect([p.handle, p.hs_code]).toEqual([p.handle, demoCodes.get(p.handle)])
        expect(p.manufacturer?.id).toBeTruthy()
        expect(p.thumbnail).toMatch(/\.svg$/)
        expect(p.variants.length).toBeGreaterThanOrEqual(1)
        const prices = (p.variants[0] as unknown as { prices: { currency_code: string }[] }).prices
        const currencies = new Set(prices.map((pr) => pr.currency_code))
        for (const m of DEMO_MARKETS) expect(currencies.has(m.currency)).toBe(true)
      }
      expect(ISO_CLASSES.length).toBeGreaterThanOrEqual(8)
    })

    it("stocks every variant at the Jiaxing logistics park", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: levels } = await query.graph({
        entity: "inventory_level",
        fields: ["stocked_quantity", "stock_locations.name"],
      })
      const variantCount = DEMO_PRODUCTS.reduce((n, p) => n + p.option.values.length, 0)
      expect(levels.length).toBe(variantCount)
      for (const l of levels) expect(l.stocked_quantity).toBeGreaterThan(0)
    })

    it("is idempotent: seeding again creates nothing", async () => {
      const container = getContainer()
      const count = async () => ({
        products: (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length,
        regions: (await container.resolve(Modules.REGION).listRegions({})).length,
        keys: (await container.resolve(Modules.API_KEY).listApiKeys({})).length,
        users: (await container.resolve(Modules.USER).listUsers({})).length,
      })
      const before = await count()
      const store = (await container.resolve(Modules.STORE).listStores())[0]
      // Force the sections to run again, as after a crash half-way through a seed.
      await container.resolve(Modules.STORE).updateStores(store.id, { metadata: {} })
      await seedDemoData(container)
      expect(await count()).toEqual(before)
    })

    it("prices the catalog in each region's own currency on the store API", async () => {
      for (const [country, currency] of [["kz", "kzt"], ["sa", "sar"], ["ru", "rub"]]) {
        const { headers, region } = await storefrontContext(getContainer(), country)
        const { data } = await api.get(
          `/store/products?region_id=${region.id}&limit=5&fields=id,*variants.calculated_price`,
          { headers }
        )
        expect(data.count).toBeGreaterThanOrEqual(60)
        for (const p of data.products) {
          expect(p.variants[0].calculated_price.currency_code).toBe(currency)
          expect(p.variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
        }
      }
    })

    describe("GET /store/products/:id/manufacturer", () => {
      it("shows the approved manufacturer's public profile, without contacts", async () => {
        const { headers } = await storefrontContext(getContainer(), "kz")
        const { data } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=id`, { headers })
        const res = await api.get(`/store/products/${data.products[0].id}/manufacturer`, { headers })
        expect(res.status).toBe(200)
        expect(res.data.manufacturer.handle).toBe(DEMO_PRODUCTS[0].manufacturer)
        expect(res.data.manufacturer).not.toHaveProperty("contact_email")
        expect(res.data.manufacturer).not.toHaveProperty("unified_social_credit_code")
      })

      it("answers 404 for an unknown product and for a suspended manufacturer's product", async () => {
        const container = getContainer()
        const { headers } = await storefrontContext(container, "kz")
        const unknown = await api.get(`/store/products/prod_nope/manufacturer`, { headers }).catch((e) => e.response)
        expect(unknown.status).toBe(404)

        const { data } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=id`, { headers })
        const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
        const [m] = await service.listManufacturers({ handle: DEMO_PRODUCTS[0].manufacturer })
        await service.updateManufacturers({ id: m.id, status: "suspended" })
        try {
          const res = await api.get(`/store/products/${data.products[0].id}/manufacturer`, { headers }).catch((e) => e.response)
          expect(res.status).toBe(404)
        } finally {
          await service.updateManufacturers({ id: m.id, status: "approved" })
        }
      })

      it("refuses a request without a publishable key", async () => {
        const res = await api.get(`/store/products/prod_x/manufacturer`).catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })
  },
})
