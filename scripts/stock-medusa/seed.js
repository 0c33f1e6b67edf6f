// Seeds stock Medusa for npm run bench:checkout: one region (Kazakhstan, KZT, the system payment provider), a
// sales channel with a publishable key, a stock location with stock, a flat-rate shipping option and one product
// with two variants. Medusa's own workflows, as its starter's seed does. Prints the key and ids as JSON.
const { ContainerRegistrationKeys, Modules } = require("@medusajs/framework/utils")
const {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} = require("@medusajs/medusa/core-flows")

exports.default = async function seedStock({ container }) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const apiKeys = container.resolve(Modules.API_KEY)
  const done = (await apiKeys.listApiKeys({ title: "bench" }))[0]
  if (done) {
    const { data: regions } = await query.graph({ entity: "region", fields: ["id"] })
    const { data: products } = await query.graph({ entity: "product", fields: ["variants.id"] })
    return print({ key: done.token, region_id: regions[0].id, variant_ids: products[0].variants.map((v) => v.id) })
  }
  const { result: channels } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Default Sales Channel" }] } })
  const channel = channels[0]
  const { result: keys } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "bench", type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channel.id] } })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Kazakhstan", currency_code: "kzt", countries: ["kz"], payment_providers: ["pp_system_default"] }] },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "kz", provider_id: "tp_system" }] })
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "1 Yatai Road", city: "Jiaxing", country_code: "cn" } }] },
  })
  const location = locations[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Warehouse delivery",
    type: "shipping",
    service_zones: [{ name: "Kazakhstan", geo_zones: [{ type: "country", country_code: "kz" }] }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profiles[0].id,
        type: { label: "Standard", description: "Standard", code: "standard" },
        prices: [{ currency_code: "kzt", amount: 12000 }, { region_id: regions[0].id, amount: 12000 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Folding wheelchair",
          handle: "folding-wheelchair",
          status: "published",
          shipping_profile_id: profiles[0].id,
          options: [{ title: "Seat width", values: ["42 cm", "46 cm"] }],
          variants: ["42 cm", "46 cm"].map((w) => ({
            title: w,
            sku: `WC-${w.replace(" cm", "")}`,
            manage_inventory: true,
            options: { "Seat width": w },
            prices: [{ currency_code: "kzt", amount: 95000 }],
          })),
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id"] })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: items.map((i) => ({ inventory_item_id: i.id, location_id: location.id, stocked_quantity: 1_000_000 })) },
  })
  print({ key: keys[0].token, region_id: regions[0].id, variant_ids: products[0].variants.map((v) => v.id) })
}

function print(result) {
  console.log(`BENCH_STOCK ${JSON.stringify(result)}`)
}
