import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_CERTIFICATES } from "../../src/scripts/demo-data/certificates"
import { PARK_NAME, seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"
import { storefrontContext } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

/**
 * The data behind the category page's "certification" and "ships to my country" filters, and product content
 * in the buyer's language.
 */
integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: { "x-publishable-api-key": string }
    let demoIds: string[]

    beforeAll(async () => {
      const container = getContainer()
      headers = (await storefrontContext(container, "kz")).headers
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"] })
      demoIds = data.map((p) => p.id)
    })

    const coverage = (country: string, ids: string[]) =>
      api.get(`/store/shipping-coverage?country_code=${country}&product_ids=${ids.join(",")}`, { headers }).catch((e) => e.response)

    it("seeds demo certificates that product pages show, valid today, covering the classes they name", async () => {
      const { data } = await api.get("/store/products?handle=kangyi-lightweight-aluminium-wheelchair&fields=id", { headers })
      const { manufacturer } = (await api.get(`/store/products/${data.products[0].id}/manufacturer`, { headers })).data
      expect(manufacturer.certificates.map((c: { type: string }) => c.type).sort()).toEqual(["ce", "iso_13485"])
      expect(manufacturer.certificates[0]).not.toHaveProperty("file_url")
      // Hearing aids' FDA registration covers the hearing aids, not the maker's other products.
      const fda = DEMO_CERTIFICATES.find((c) => c.type === "fda")!
      const { data: covered } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "manufacturer_certificate",
        fields: ["number", "products.metadata"],
        filters: { number: fda.number },
      })
      expect(covered[0].products?.length).toBeGreaterThan(0)
      expect(covered[0].products?.every((p) => String(p?.metadata?.iso_9999).startsWith("22 06"))).toBe(true)
      // Seeding again adds none twice.
      await getContainer().resolve(Modules.STORE).listStores().then(([s]) => getContainer().resolve(Modules.STORE).updateStores(s.id, { metadata: {} }))
      await seedDemoData(getContainer())
      const service = getContainer().resolve("manufacturer") as { listManufacturerCertificates: (f: object) => Promise<unknown[]> }
      expect(await service.listManufacturerCertificates({})).toHaveLength(DEMO_CERTIFICATES.length)
    })

    it("says which products ship to a country from the shipping options that serve it", async () => {
      const container = getContainer()
      // Every demo product ships to every served country from the park.
      expect((await coverage("kz", demoIds)).data.product_ids.sort()).toEqual([...demoIds].sort())

      // A profile served only to Russia (say, goods with large lithium batteries going by rail), and one with no option at all.
      const { result: profiles } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Rail only", type: "rail" }, { name: "Not shipped", type: "none" }] },
      })
      const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
        name: "Rail from the park",
        type: "shipping",
        service_zones: [{ name: "Russia by rail", geo_zones: [{ type: "country", country_code: "ru" }] }],
      })
      const [park] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: PARK_NAME })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.STOCK_LOCATION]: { stock_location_id: park.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
      })
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: "Rail freight",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: fulfillmentSet.service_zones[0].id,
            shipping_profile_id: profiles[0].id,
            type: { label: "Rail freight", description: "By rail", code: "rail" },
            prices: [{ currency_code: "rub", amount: 5000 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Buyers' storefront" })
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            { title: "Rail-only power chair", handle: "rail-only", status: "published", shipping_profile_id: profiles[0].id, sales_channels: [{ id: channel.id }], options: [{ title: "Size", values: ["One"] }] },
            { title: "Unshipped", handle: "unshipped", status: "published", shipping_profile_id: profiles[1].id, sales_channels: [{ id: channel.id }], options: [{ title: "Size", values: ["One"] }] },
            { title: "Draft chair", handle: "draft-chair", status: "draft", sales_channels: [{ id: channel.id }], options: [{ title: "Size", values: ["One"] }] },
          ],
        },
      })
      const [railOnly, unshipped, draft] = products.map((p) => p.id)
      const ids = [demoIds[0], railOnly, unshipped, draft]
      expect((await coverage("kz", ids)).data.product_ids).toEqual([demoIds[0]])
      expect((await coverage("ru", ids)).data.product_ids.sort()).toEqual([demoIds[0], railOnly].sort())
      // A country the store does not serve: nothing ships there.
      expect((await coverage("us", ids)).data.product_ids).toEqual([])
    })

    it("answers product content in the buyer's language where Medusa has a translation, else in English", async () => {
      const product = (locale?: string) =>
        api
          .get("/store/products?handle=anjian-four-wheel-rollator&fields=title,description", { headers: locale ? { ...headers, "x-medusa-locale": locale } : headers })
          .then((r) => r.data.products[0])
      expect((await product()).title).toBe("Four-wheel rollator with seat AJ-R4")
      expect(await product("ru")).toMatchObject({ title: "Четырёхколёсные ходунки-роллатор с сиденьем AJ-R4", description: expect.stringMatching(/^Петлевые тормоза/) })
      expect((await product("ar")).title).toBe("مشّاية بأربع عجلات مع مقعد AJ-R4")
      // No Turkish translation of this one: the English original.
      expect((await product("tr")).title).toBe("Four-wheel rollator with seat AJ-R4")
    })

    it("refuses a malformed question, saying what to send", async () => {
      const bad = await coverage("kaz", demoIds.slice(0, 1))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/country_code must be an ISO 3166 alpha-2 code/)])
      const none = await api.get("/store/shipping-coverage?country_code=kz&product_ids=", { headers }).catch((e) => e.response)
      expect([none.status, none.data.message]).toEqual([400, expect.stringMatching(/product_ids/)])
    })
  },
})
