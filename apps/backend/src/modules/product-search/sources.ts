import { LANGUAGES, availableQuantity, type CatalogEntry, type Language, type ProductSource, type RegionPrice } from "@aem/search-kit"
import { getIsoClass } from "@aem/trade-kit"
import { byRank, catalogImageOf } from "../../workflows/product-media/photos"

/** The part of Medusa's query the indexer needs (the module gets it as a declared dependency). */
export type QueryGraph = {
  graph: (config: {
    entity: string
    fields: string[]
    filters?: Record<string, unknown>
    pagination?: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
  }) => Promise<{ data: any[] }>
}

const FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "material",
  "status",
  "metadata",
  "sales_channels.id",
  "shipping_profile.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "manufacturer.id",
  "manufacturer.legal_name_en",
  "manufacturer.legal_name_zh",
  "manufacturer.status",
  "manufacturer_certificates.type",
  "manufacturer_certificates.valid_until",
  // What the storefront's product list and page show (the catalogue read model).
  "hs_code",
  "origin_country",
  "weight",
  "length",
  "width",
  "height",
  "images.url",
  "images.rank",
  "images.metadata",
  "options.title",
  "options.values.value",
  "categories.id",
  "categories.name",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.variant_rank",
  "variants.options.value",
  "variants.options.option.title",
  "variants.price_set.id",
  "variants.inventory_items.required_quantity",
  "manufacturer.handle",
  "manufacturer.city",
  "manufacturer.province",
  "manufacturer.founded_year",
  "manufacturer.description_en",
  "manufacturer_certificates.number",
  "manufacturer_certificates.issuer",
  "manufacturer_certificates.valid_from",
]

/** Works out each region's calculated price of these price sets (what the store route's `calculated_price` holds). */
export type RegionPricer = (priceSetIds: string[]) => Promise<Map<string, Record<string, RegionPrice>>>

const isoNames = (code: string | undefined) => {
  const iso = code ? getIsoClass(code) : undefined
  return iso ? { code: iso.code, names: iso.names, parent: iso.parent } : undefined
}

/** Manufacturer-given translations in product metadata: `{ translations: { ru: { title, description } } }`. */
function translationsOf(metadata: Record<string, unknown> | null): ProductSource["translations"] {
  const raw = metadata?.translations
  if (!raw || typeof raw !== "object") return undefined
  const out: NonNullable<ProductSource["translations"]> = {}
  for (const [language, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!LANGUAGES.includes(language as Language) || !value || typeof value !== "object") continue
    const { title, description } = value as { title?: unknown; description?: unknown }
    out[language as Language] = {
      title: typeof title === "string" ? title : undefined,
      description: typeof description === "string" ? description : undefined,
    }
  }
  return out
}

function inStock(variant: any): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_items ?? []).some((item: any) =>
    (item?.inventory?.location_levels ?? []).some(
      (l: any) => Number(l?.stocked_quantity ?? 0) - Number(l?.reserved_quantity ?? 0) > 0
    )
  )
}

export type LoadedProduct = { source: ProductSource; catalog: CatalogEntry }

/**
 * The products as plain data for the search kit and as catalogue entries, from one read; products
 * that no longer exist are simply absent.
 */
export async function loadProducts(query: QueryGraph, pricer: RegionPricer, productIds: string[]): Promise<LoadedProduct[]> {
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: productIds } })
  const prices = await pricer(data.flatMap((p) => (p.variants ?? []).map((v: any) => v?.price_set?.id)).filter(Boolean))
  const now = Date.now()
  return data.map((p) => {
    const source = toSource(p, now)
    return { source, catalog: toCatalogEntry(p, source, prices) }
  })
}

function toSource(p: any, now: number): ProductSource {
  const iso = isoNames(p.metadata?.iso_9999 as string | undefined)
  const parent = iso?.parent ? getIsoClass(iso.parent) : undefined
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle,
    description: p.description,
    thumbnail: p.thumbnail,
    material: p.material,
    status: p.status,
    translations: translationsOf(p.metadata),
    isoClass: iso ? { code: iso.code, names: iso.names, parentNames: parent?.names } : null,
    manufacturer: p.manufacturer
      ? { id: p.manufacturer.id, nameEn: p.manufacturer.legal_name_en, nameZh: p.manufacturer.legal_name_zh, status: p.manufacturer.status }
      : null,
    // Only certificates still valid: an expired one proves nothing to a buyer.
    certificationTypes: (p.manufacturer_certificates ?? [])
      .filter((c: any) => c && new Date(c.valid_until).getTime() > now)
      .map((c: any) => c.type),
    variants: (p.variants ?? []).map((v: any) => ({
      prices: (v.prices ?? []).map((pr: any) => ({ currency_code: pr.currency_code, amount: Number(pr.amount) })),
      inStock: inStock(v),
    })),
    salesChannelIds: (p.sales_channels ?? []).filter(Boolean).map((sc: any) => sc.id),
  }
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
const isoDate = (d: unknown) => new Date(d as string).toISOString()

/** What the store's product list and page show, with every region's prices; certificates are filtered by date when served. */
function toCatalogEntry(p: any, source: ProductSource, prices: Map<string, Record<string, RegionPrice>>): CatalogEntry {
  const m = p.manufacturer
  return {
    published: source.status === "published",
    approved: m?.status === "approved",
    sales_channel_ids: source.salesChannelIds,
    shipping_profile_id: p.shipping_profile?.id ?? null,
    product: {
      id: p.id,
      title: p.title,
      handle: p.handle,
      subtitle: p.subtitle ?? null,
      description: p.description ?? null,
      thumbnail: p.thumbnail ?? null,
      images: byRank(p.images ?? []).map(catalogImageOf),
      hs_code: p.hs_code ?? null,
      origin_country: p.origin_country ?? null,
      material: p.material ?? null,
      weight: num(p.weight),
      length: num(p.length),
      width: num(p.width),
      height: num(p.height),
      metadata: p.metadata ?? null,
      options: (p.options ?? []).filter(Boolean).map((o: any) => ({ title: o.title, values: (o.values ?? []).map((v: any) => ({ value: v.value })) })),
      categories: (p.categories ?? []).filter(Boolean).map((c: any) => ({ id: c.id, name: c.name, handle: c.handle })),
      variants: [...(p.variants ?? [])]
        .filter(Boolean)
        .sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        .map((v: any) => ({
          id: v.id,
          title: v.title,
          sku: v.sku ?? null,
          weight: num(v.weight),
          manage_inventory: !!v.manage_inventory,
          allow_backorder: !!v.allow_backorder,
          inventory_quantity: availableQuantity(
            (v.inventory_items ?? []).filter(Boolean).map((item: any) => ({
              required_quantity: Number(item.required_quantity ?? 1),
              levels: (item.inventory?.location_levels ?? []).filter(Boolean).map((l: any) => ({
                stocked_quantity: Number(l.stocked_quantity ?? 0),
                reserved_quantity: Number(l.reserved_quantity ?? 0),
              })),
            }))
          ),
          options: (v.options ?? []).filter(Boolean).map((o: any) => ({ value: o.value, option: o.option ? { title: o.option.title } : null })),
          prices: (v.price_set?.id && prices.get(v.price_set.id)) || {},
        })),
      manufacturer: m
        ? {
            handle: m.handle,
            legal_name_en: m.legal_name_en,
            legal_name_zh: m.legal_name_zh,
            city: m.city,
            province: m.province,
            founded_year: m.founded_year ?? null,
            description_en: m.description_en ?? null,
            certificates: (p.manufacturer_certificates ?? []).filter(Boolean).map((c: any) => ({
              type: c.type,
              number: c.number,
              issuer: c.issuer,
              valid_from: isoDate(c.valid_from),
              valid_until: isoDate(c.valid_until),
            })),
          }
        : null,
    },
  }
}

/** Every product id, in pages, for a full rebuild. */
export async function* allProductIds(query: QueryGraph, pageSize = 500) {
  for (let skip = 0; ; skip += pageSize) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip, take: pageSize, order: { id: "ASC" } } })
    if (!data.length) return
    yield data.map((p: any) => p.id as string)
    if (data.length < pageSize) return
  }
}
