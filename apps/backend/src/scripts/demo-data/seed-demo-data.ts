import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  updateTaxRatesWorkflow,
  createTranslationsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMMISSION_MODULE } from "../../modules/commission"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"
import { OPERATOR_ACTOR } from "../../workflows/logistics/parks"
import { commissionScope } from "../../modules/commission/scope"
import type CommissionModuleService from "../../modules/commission/service"
import { CUSTOMS_MODULE } from "../../modules/customs"
import type CustomsModuleService from "../../modules/customs/service"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import { addCertificateWorkflow } from "../../workflows/manufacturer/add-certificate"
import { MANUFACTURER_ACTOR } from "../../workflows/manufacturer/register-manufacturer"
import type ManufacturerModuleService from "../../modules/manufacturer/service"
import { PRODUCT_SEARCH_MODULE } from "../../modules/product-search"
import type ProductSearchModuleService from "../../modules/product-search/service"
import { DEMO_PRODUCTS, ISO_CLASSES, type DemoProduct } from "./catalog"
import { DEMO_CERTIFICATES, demoScan } from "./certificates"
import { DEMO_TRANSLATIONS } from "./translations"
import { DEMO_MANUFACTURERS } from "./manufacturers"
import { checkoutTaxRate, DEMO_CNY_PER_USD, DEMO_MARKETS, demoCustomsExchangeRates, localPrice } from "./markets"
import { demoProductImage, demoProductImageAlt } from "./demo-files"
import { DEMO_PHOTO_SIZE } from "./pictograms"
import demoDataVersion from "./version.json"

/** Bump when the demo data changes: `npm start` re-seeds (idempotently) when it differs. */
export const DEMO_SEED_VERSION = demoDataVersion.version
export const DEMO_LOGINS = {
  admin: { email: "admin@marketplace.example.com", password: "demo-admin-2026" },
  buyer: { email: "buyer@marketplace.example.com", password: "demo-buyer-2026" },
  /** The owner of the first demo manufacturer, for the portal. */
  manufacturer: { email: "owner@kangyi.example.cn", password: "demo-maker-2026" },
  /** An operator of the Jiaxing logistics park, for the operators' console. */
  operator: { email: "operator@jiaxing-park.example.cn", password: "demo-operator-2026" },
}

/** The platform's commission in the demo: 8% by default, 5% on hearing and communication aids (ISO 9999 class 22). */
export const DEMO_COMMISSION_RATES = [
  { manufacturer_id: null, iso_class: null, rate_bps: 800 },
  { manufacturer_id: null, iso_class: "22", rate_bps: 500 },
].map((r) => ({ ...r, scope: commissionScope(r.manufacturer_id, r.iso_class) }))
export const PARK_NAME = "Jiaxing logistics park"
export const DEMO_PARK = {
  code: "JXP",
  name_zh: "嘉兴综合保税区物流园",
  name_en: "Jiaxing logistics park",
  address: "Jiaxing Comprehensive Bonded Zone, No. 1 Yatai Road, Jiaxing, Zhejiang 314000, China",
  timezone: "Asia/Shanghai",
}
/** Medusa's id for the Stripe provider registered as "stripe" (medusa-config.ts). */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const STOREFRONT_KEY_TITLE = "Buyers' storefront"
const SALES_CHANNEL_NAME = "Buyers' storefront"
const STOCK_PER_VARIANT = 250

type Ctx = { container: MedusaContainer; log: (m: string) => void }

/**
 * Seeds the demo marketplace. Every section looks up what exists by its natural key and creates
 * only what is missing, so a second run (or a run after a crash half-way) duplicates nothing.
 */
export async function seedDemoData(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: Ctx = { container, log: (m) => logger.info(`seed: ${m}`) }
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store.metadata?.demo_seed_version === DEMO_SEED_VERSION) {
    ctx.log(`demo data ${DEMO_SEED_VERSION} already present, nothing to do`)
    return
  }

  const salesChannel = await ensureSalesChannel(ctx)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Assistive devices export marketplace",
        default_sales_channel_id: salesChannel.id,
        supported_currencies: [
          { currency_code: "usd", is_default: true },
          { currency_code: "cny" },
          ...DEMO_MARKETS.map((m) => ({ currency_code: m.currency })),
        ],
      },
    },
  })
  await ensureRegions(ctx)
  const shippingProfileId = await ensureShippingProfile(ctx)
  const location = await ensurePark(ctx, salesChannel.id, shippingProfileId)
  await ensureLogisticsPark(ctx, location.id)
  await ensurePublishableKey(ctx, salesChannel.id)
  const manufacturers = await ensureManufacturers(ctx)
  const categories = await ensureCategories(ctx)
  await ensureProducts(ctx, {
    salesChannelId: salesChannel.id,
    locationId: location.id,
    shippingProfileId,
    manufacturers,
    categories,
  })
  await ensureCertificates(ctx)
  await ensureTranslations(ctx)
  await ensureAccounts(ctx)
  await ensureManufacturerLogin(ctx, manufacturers.get(DEMO_MANUFACTURERS[0].handle)!)
  await ensureCommissionRates(ctx)
  await ensureCustomsExchangeRates(ctx)
  // Search works from the first start: the index is built from what was just seeded.
  const { indexed } = await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).rebuildIndex()
  ctx.log(`search index built (${indexed} products)`)

  await storeModule.updateStores(store.id, { metadata: { ...store.metadata, demo_seed_version: DEMO_SEED_VERSION } })
  ctx.log("demo data ready")
}

async function ensureSalesChannel({ container, log }: Ctx) {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) return existing
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Buyers in Belt-and-Road markets" }] },
  })
  log("sales channel created")
  return result[0]
}

async function ensureRegions({ container, log }: Ctx) {
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const existing = new Set((await regionModule.listRegions({}, { select: ["name"] })).map((r) => r.name))
  const missing = DEMO_MARKETS.filter((m) => !existing.has(m.region))
  // Stripe where the backend has it configured (STRIPE_API_KEY), next to the demo's system provider.
  const stripe = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: STRIPE_PROVIDER_ID })
  const paymentProviders = ["pp_system_default", ...stripe.map((p) => p.id)]
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((m) => ({
          name: m.region,
          currency_code: m.currency,
          countries: m.countries,
          automatic_taxes: true,
          payment_providers: paymentProviders,
        })),
      },
    })
    log(`${missing.length} regions created`)
  }
  if (stripe.length) {
    const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "payment_providers.id"] })
    const without = regions.filter((r) => !r.payment_providers?.some((p) => p?.id === STRIPE_PROVIDER_ID))
    for (const r of without) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: r.id }, update: { payment_providers: [...new Set([...(r.payment_providers ?? []).map((p) => p!.id), ...paymentProviders])] } },
      })
    }
    if (without.length) log(`Stripe offered in ${without.length} regions`)
  }
  const taxed = new Set((await taxModule.listTaxRegions({}, { select: ["country_code"] })).map((t) => t.country_code))
  const untaxed = DEMO_MARKETS.flatMap((m) => m.countries.map((c) => ({ m, c }))).filter(({ c }) => !taxed.has(c))
  if (untaxed.length) {
    await createTaxRegionsWorkflow(container).run({
      input: untaxed.map(({ m, c }) => ({
        country_code: c,
        provider_id: "tp_system",
        default_tax_rate: checkoutTaxRate(m, c),
      })),
    })
    log(`${untaxed.length} tax regions created`)
  }
  // Databases seeded before 2026-12-01 charged destination VAT at checkout.
  const { data: taxRegions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "tax_region",
    fields: ["country_code", "tax_rates.id", "tax_rates.rate", "tax_rates.name", "tax_rates.is_default"],
  })
  const stale = taxRegions.flatMap((region) => {
    const market = DEMO_MARKETS.find((m) => m.countries.includes(region.country_code))
    if (!market) return []
    const wanted = checkoutTaxRate(market, region.country_code)
    return (region.tax_rates ?? [])
      .filter((r) => r?.is_default && (Number(r.rate) !== wanted.rate || r.name !== wanted.name))
      .map((r) => ({ id: r!.id, ...wanted }))
  })
  for (const { id, ...update } of stale) await updateTaxRatesWorkflow(container).run({ input: { selector: { id }, update } })
  if (stale.length) log(`${stale.length} checkout tax rates set to 0% (VAT is paid at import)`)
}

/** Every product ships under the default profile, which the park's shipping options serve. */
async function ensureShippingProfile({ container }: Ctx): Promise<string> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0].id
}

/** The Jiaxing logistics park: the stock location every export ships from, with its shipping options. */
async function ensurePark({ container, log }: Ctx, salesChannelId: string, shippingProfileId: string) {
  const stockModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await stockModule.listStockLocations({ name: PARK_NAME })
  if (existing) return existing

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: PARK_NAME,
          address: {
            address_1: "Jiaxing Comprehensive Bonded Zone, No. 1 Yatai Road",
            city: "Jiaxing",
            province: "Zhejiang",
            postal_code: "314000",
            country_code: "cn",
          },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Export from the Jiaxing logistics park",
    type: "shipping",
    service_zones: [
      {
        name: "Belt-and-Road destinations",
        geo_zones: DEMO_MARKETS.flatMap((m) => m.countries.map((c) => ({ type: "country" as const, country_code: c }))),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const options = [
    { name: "Standard air parcel (10–20 days)", code: "standard-air", usd: 25 },
    { name: "Express courier (4–8 days)", code: "express", usd: 60 },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: options.map((o) => ({
      name: o.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: shippingProfileId,
      type: { label: o.name, description: `Shipped from the ${PARK_NAME}`, code: o.code },
      prices: [
        { currency_code: "usd", amount: o.usd },
        ...DEMO_MARKETS.map((m) => ({ currency_code: m.currency, amount: localPrice(o.usd, m) })),
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
  log("Jiaxing logistics park, fulfilment set and shipping options created")
  return location
}

/** The park as the logistics module knows it (consignments, operators), shipping from the stock location, with its demo operator. */
async function ensureLogisticsPark({ container, log }: Ctx, stockLocationId: string) {
  const service = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [existing] = await service.listParks({ code: DEMO_PARK.code })
  const park = existing ?? (await service.createParks({ ...DEMO_PARK, stock_location_id: stockLocationId }))
  const login = DEMO_LOGINS.operator
  if ((await service.listOperators({ email: login.email })).length) return
  const operator = await service.createOperators({ park_id: park.id, email: login.email, name: "Chen Jing", role: "supervisor" })
  await container.resolve(Modules.AUTH).updateAuthIdentities({
    id: await emailPassIdentity(container, login),
    app_metadata: { [`${OPERATOR_ACTOR}_id`]: operator.id },
  })
  log(`${DEMO_PARK.name_en} (${DEMO_PARK.code}) and operator login ${login.email} created`)
}

async function ensurePublishableKey({ container, log }: Ctx, salesChannelId: string) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeyModule.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  if (existing) return existing
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
  log("publishable API key created")
  return result[0]
}

async function ensureManufacturers({ container, log }: Ctx): Promise<Map<string, string>> {
  const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
  const existing = await service.listManufacturers({ handle: DEMO_MANUFACTURERS.map((m) => m.handle) })
  const have = new Set(existing.map((m) => m.handle))
  const missing = DEMO_MANUFACTURERS.filter((m) => !have.has(m.handle))
  const created = missing.length
    ? await service.createManufacturers(missing.map((m) => ({ ...m, status: "approved" as const })))
    : []
  if (created.length) log(`${created.length} manufacturers created`)
  return new Map([...existing, ...created].map((m) => [m.handle, m.id]))
}

/** The demo certificates, each covering its manufacturer's products in the classes it names. */
async function ensureCertificates({ container, log }: Ctx) {
  const { data: manufacturers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "manufacturer",
    fields: ["id", "handle", "certificates.number", "products.id", "products.handle", "products.metadata"],
    filters: { handle: [...new Set(DEMO_CERTIFICATES.map((c) => c.manufacturer))] },
  })
  let added = 0
  for (const cert of DEMO_CERTIFICATES) {
    const maker = manufacturers.find((m) => m.handle === cert.manufacturer)
    if (!maker || maker.certificates?.some((c) => c?.number === cert.number)) continue
    const covered = (maker.products ?? []).filter(
      (p) =>
        p &&
        (!cert.iso_prefixes.length || cert.iso_prefixes.some((iso) => String(p.metadata?.iso_9999 ?? "").startsWith(iso))) &&
        (!cert.handles || cert.handles.includes(p.handle))
    )
    await addCertificateWorkflow(container).run({
      input: {
        manufacturer_id: maker.id,
        type: cert.type,
        number: cert.number,
        issuer: cert.issuer,
        valid_from: new Date(cert.valid_from),
        valid_until: new Date(cert.valid_until),
        productIds: covered.map((p) => p!.id),
        file: { filename: `${cert.number}.pdf`, mimeType: "application/pdf", content: demoScan(cert.number) },
      },
    })
    added++
  }
  if (added) log(`${added} demo certificates added`)
}

/** The demo products' content in other languages (Medusa's translation module). */
async function ensureTranslations({ container, log }: Ctx) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: [...new Set(DEMO_TRANSLATIONS.map((t) => t.handle))] },
  })
  const ids = new Map(products.map((p) => [p.handle, p.id]))
  const { data: existing } = await query.graph({ entity: "translation", fields: ["reference_id", "locale_code"], filters: { reference_id: [...ids.values()] } })
  const have = new Set(existing.map((t) => `${t.reference_id} ${t.locale_code}`))
  const missing = DEMO_TRANSLATIONS.filter((t) => ids.has(t.handle) && !have.has(`${ids.get(t.handle)} ${t.locale}`))
  if (!missing.length) return
  await createTranslationsWorkflow(container).run({
    input: {
      translations: missing.map((t) => ({
        reference: "product",
        reference_id: ids.get(t.handle)!,
        locale_code: t.locale,
        translations: { title: t.title, description: t.description },
      })),
    },
  })
  log(`${missing.length} product translations added`)
}

/** ISO 9999 classes as product categories: top-level classes with their subclasses beneath. */
async function ensureCategories({ container, log }: Ctx): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handleOf = (code: string) => `iso-${code.replace(/ /g, "-")}`
  const ids = new Map<string, string>()
  const load = async (handles: string[]) => {
    for (const c of await productModule.listProductCategories({ handle: handles }, { select: ["id", "handle"] })) {
      ids.set(c.handle, c.id)
    }
  }
  const parents = [...new Map(ISO_CLASSES.map((c) => [c.parent.code, c.parent])).values()]
  await load(parents.map((p) => handleOf(p.code)))
  const missingParents = parents.filter((p) => !ids.has(handleOf(p.code)))
  if (missingParents.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingParents.map((p) => ({
          name: `${p.code} ${p.name}`,
          handle: handleOf(p.code),
          is_active: true,
          metadata: { iso_9999: p.code },
        })),
      },
    })
    await load(parents.map((p) => handleOf(p.code)))
  }
  await load(ISO_CLASSES.map((c) => handleOf(c.code)))
  const missing = ISO_CLASSES.filter((c) => !ids.has(handleOf(c.code)))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: `${c.code} ${c.name}`,
          handle: handleOf(c.code),
          is_active: true,
          parent_category_id: ids.get(handleOf(c.parent.code))!,
          metadata: { iso_9999: c.code },
        })),
      },
    })
    await load(ISO_CLASSES.map((c) => handleOf(c.code)))
    log(`${missingParents.length + missing.length} ISO 9999 categories created`)
  }
  return new Map(ISO_CLASSES.map((c) => [c.code, ids.get(handleOf(c.code))!]))
}

function variantsOf(p: DemoProduct) {
  return p.option.values.map((value, i) => {
    const usd = p.usd + (p.option.usdStep ?? 0) * i
    return {
      title: value,
      sku: `${p.handle}-${i + 1}`.toUpperCase(),
      options: { [p.option.title]: value },
      manage_inventory: true,
      weight: Math.round(p.grossKg * 1000),
      prices: [
        { currency_code: "usd", amount: usd },
        { currency_code: "cny", amount: Math.ceil(usd * DEMO_CNY_PER_USD) },
        ...DEMO_MARKETS.map((m) => ({ currency_code: m.currency, amount: localPrice(usd, m) })),
      ],
    }
  })
}

async function ensureProducts(
  { container, log }: Ctx,
  refs: {
    salesChannelId: string
    locationId: string
    shippingProfileId: string
    manufacturers: Map<string, string>; categories: Map<string, string> }
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const existing = new Set(
    (await productModule.listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })).map(
      (p) => p.handle
    )
  )
  const missing = DEMO_PRODUCTS.filter((p) => !existing.has(p.handle))
  if (!missing.length) return

  const isoByCode = new Map(ISO_CLASSES.map((c) => [c.code, c]))
  // Photos are drawn from the class pictograms (SVG: sharp at every width, so one size) and stored through the
  // file module (the database by default), described as a manufacturer's upload is.
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: missing.map((p) => ({
        filename: `${p.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(demoProductImage(p)).toString("base64"),
        access: "public" as const,
      })),
    },
  })

  // One workflow per batch keeps each product's creation atomic without one giant transaction.
  const batchSize = 20
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p, i) => {
          const iso = isoByCode.get(p.iso)!
          const { url, id: key } = files[start + i]
          return {
            title: p.title,
            handle: p.handle,
            subtitle: `${iso.code} ${iso.name}`,
            description: `${p.highlights} Made in China by a verified manufacturer and shipped from the ${PARK_NAME}.`,
            status: ProductStatus.PUBLISHED,
            thumbnail: url,
            images: [{ url, metadata: { sizes: [{ url, key, ...DEMO_PHOTO_SIZE }], alt: demoProductImageAlt(p) } }],
            hs_code: p.hsCode,
            origin_country: "cn",
            material: p.material,
            weight: Math.round(p.grossKg * 1000),
            length: p.dimsMm[0],
            width: p.dimsMm[1],
            height: p.dimsMm[2],
            category_ids: [refs.categories.get(p.iso)!],
            shipping_profile_id: refs.shippingProfileId,
            sales_channels: [{ id: refs.salesChannelId }],
            options: [{ title: p.option.title, values: p.option.values }],
            variants: variantsOf(p),
            metadata: {
              iso_9999: p.iso,
              device_class: p.deviceClass,
              net_weight_g: Math.round(p.netKg * 1000),
              gross_weight_g: Math.round(p.grossKg * 1000),
              dimensions_unit: "mm",
              weight_unit: "g",
            },
          }
        }),
      },
    })

    await link.create(
      products.map((product) => ({
        [MANUFACTURER_MODULE]: {
          manufacturer_id: refs.manufacturers.get(batch.find((p) => p.handle === product.handle)!.manufacturer)!,
        },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )

    const inventoryItemIds = await inventoryItemsOf(container, products.flatMap((p) => p.variants.map((v) => v.id)))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: inventoryItemIds.map((inventory_item_id) => ({
          inventory_item_id,
          location_id: refs.locationId,
          stocked_quantity: STOCK_PER_VARIANT,
        })),
      },
    })
  }
  log(`${missing.length} products created with stock at the ${PARK_NAME}`)
}

async function inventoryItemsOf(container: MedusaContainer, variantIds: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  return data.flatMap((v) => (v.inventory_items ?? []).map((i) => i!.inventory_item_id))
}

/**
 * The email-and-password identity for a login: the existing one if a previous run got this far
 * (registering the same email twice fails), else a new one.
 */
async function emailPassIdentity(container: MedusaContainer, login: { email: string; password: string }) {
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await authModule.listProviderIdentities({ entity_id: login.email, provider: "emailpass" })
  if (existing) return existing.auth_identity_id!
  const { authIdentity, error } = await authModule.register("emailpass", { body: login } as never)
  if (error || !authIdentity) throw new Error(`Could not register ${login.email}: ${error}`)
  return authIdentity.id
}

async function ensureManufacturerLogin({ container, log }: Ctx, manufacturerId: string) {
  const login = DEMO_LOGINS.manufacturer
  const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
  if ((await service.listManufacturerMembers({ email: login.email })).length) return
  const member = await service.createManufacturerMembers({
    email: login.email,
    first_name: "Li",
    last_name: "Wang",
    role: "owner",
    manufacturer_id: manufacturerId,
  })
  await container.resolve(Modules.AUTH).updateAuthIdentities({
    id: await emailPassIdentity(container, login),
    app_metadata: { [`${MANUFACTURER_ACTOR}_id`]: member.id },
  })
  log(`manufacturer login ${login.email} created`)
}

async function ensureCommissionRates({ container, log }: Ctx) {
  const service = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const have = new Set((await service.listCommissionRates({})).map((r) => r.scope))
  const missing = DEMO_COMMISSION_RATES.filter((r) => !have.has(r.scope))
  if (missing.length) {
    await service.createCommissionRates(missing)
    log(`${missing.length} commission rates created`)
  }
}

async function ensureCustomsExchangeRates({ container, log }: Ctx) {
  const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const have = new Set((await customs.listCustomsExchangeRates({})).map((r) => `${r.currency} ${r.month}`))
  const missing = demoCustomsExchangeRates(new Date()).filter((r) => !have.has(`${r.currency} ${r.month}`))
  if (missing.length) {
    await customs.createCustomsExchangeRates(missing)
    log(`${missing.length} demo customs exchange rates created`)
  }
}

async function ensureAccounts({ container, log }: Ctx) {
  const { admin, buyer } = DEMO_LOGINS
  if (!(await container.resolve(Modules.USER).listUsers({ email: admin.email })).length) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: await emailPassIdentity(container, admin),
        userData: { email: admin.email, first_name: "Platform", last_name: "Admin" },
      },
    })
    log(`admin ${admin.email} created`)
  }
  if (!(await container.resolve(Modules.CUSTOMER).listCustomers({ email: buyer.email })).length) {
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: await emailPassIdentity(container, buyer),
        customerData: { email: buyer.email, first_name: "Aigerim", last_name: "Nurlanovna" },
      },
    })
    log(`buyer ${buyer.email} created`)
  }
}
