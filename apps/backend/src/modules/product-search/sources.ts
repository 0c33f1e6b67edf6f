import { LANGUAGES, type Language, type ProductSource } from "@aem/search-kit"
import { getIsoClass } from "@aem/trade-kit"

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
]

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

/** The products as plain data for the search kit; products that no longer exist are simply absent. */
export async function loadProductSources(query: QueryGraph, productIds: string[]): Promise<ProductSource[]> {
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: productIds } })
  const now = Date.now()
  return data.map((p) => {
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
  })
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
