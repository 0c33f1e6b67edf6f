/**
 * The storefront's catalogue read model: one entry per product, holding what the product list and
 * product page show, with every region's calculated price worked out when the entry is written.
 * The backend keeps entries up to date from the same events as the search index; serving one is a
 * single-row read and this pure projection to the buyer's region and today's date.
 */

export type RegionPrice = { calculated_amount: number; currency_code: string }

export type CatalogVariant = {
  id: string
  title: string
  sku: string | null
  weight: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Units available at the locations that stock it (stocked less reserved). */
  inventory_quantity: number
  options: { value: string; option: { title: string } | null }[]
  /** Calculated price per region id; a region with no price for the variant is absent. */
  prices: Record<string, RegionPrice>
}

export type CatalogCertificate = { type: string; number: string; issuer: string; valid_from: string; valid_until: string }

export type CatalogManufacturer = {
  handle: string
  legal_name_en: string
  legal_name_zh: string
  city: string
  province: string
  founded_year: number | null
  description_en: string | null
  certificates: CatalogCertificate[]
}

/** One stored size of a product photo. */
export type ImageSize = { url: string; width: number; height: number }

/**
 * A product photo: its largest size as `url`, every size narrowest first (for `srcset`) and its alt text per
 * language. A photo stored before sizes were made (or added through Medusa's admin) has no sizes and no alt.
 */
export type CatalogImage = { url: string; width: number | null; height: number | null; sizes: ImageSize[]; alt: Record<string, string> }

/** A photo as a buyer gets it: the alt text in the buyer's language, or the one it falls back to, named by `alt_lang`. */
export type StoreImage = Omit<CatalogImage, "alt"> & { alt: string | null; alt_lang: string | null }

export type CatalogProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: CatalogImage[]
  hs_code: string | null
  origin_country: string | null
  material: string | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
  metadata: Record<string, unknown> | null
  options: { title: string; values: { value: string }[] }[]
  categories: { id: string; name: string; handle: string }[]
  variants: CatalogVariant[]
  manufacturer: CatalogManufacturer | null
}

/** A catalogue entry: the store shows it only when published, approved and in the buyer's sales channel. */
export type CatalogEntry = {
  product: CatalogProduct
  published: boolean
  /** Its manufacturer is approved (not pending, rejected or suspended). */
  approved: boolean
  sales_channel_ids: string[]
  /** Its shipping profile: the "ships to" filter keeps the profiles that have an option serving the country. */
  shipping_profile_id: string | null
}

export type StoreVariant = Omit<CatalogVariant, "prices"> & { calculated_price: RegionPrice | null }
export type StoreProduct = Omit<CatalogProduct, "variants" | "images"> & {
  variants: StoreVariant[]
  images: StoreImage[]
  /** The photo chosen as the thumbnail (cards show it), when the thumbnail is one of the photos. */
  thumbnail_image: StoreImage | null
}

/** The buyer's language, else English, else the first language the photo is described in. */
export function toStoreImage(image: Partial<CatalogImage> & { url: string }, language: string): StoreImage {
  const alt = image.alt ?? {}
  const lang = [language, "en", ...Object.keys(alt)].find((l) => alt[l]?.trim())
  return {
    url: image.url,
    width: image.width ?? null,
    height: image.height ?? null,
    sizes: image.sizes ?? [],
    alt: lang ? alt[lang] : null,
    alt_lang: lang ?? null,
  }
}

/**
 * The product as a buyer in one region sees it on a given day: that region's prices only (never
 * another region's, even in the same currency), the certificates valid that day and the photos' alt text in
 * the buyer's language.
 */
export function toStoreProduct(product: CatalogProduct, regionId: string, now: Date, language = "en"): StoreProduct {
  const t = now.getTime()
  // Entries written before photos had sizes hold `{ url }` only: served as photos of unknown size.
  const images = (product.images ?? []).map((i) => toStoreImage(i, language))
  return {
    ...product,
    images,
    thumbnail_image: images.find((i) => i.url === product.thumbnail) ?? null,
    variants: product.variants.map(({ prices, ...v }) => ({ ...v, calculated_price: prices[regionId] ?? null })),
    manufacturer: product.manufacturer && {
      ...product.manufacturer,
      certificates: product.manufacturer.certificates.filter(
        (c) => new Date(c.valid_from).getTime() <= t && new Date(c.valid_until).getTime() >= t
      ),
    },
  }
}

/**
 * Units of a variant available to sell: for each inventory item it needs, what its locations hold
 * beyond reservations divided by how many one unit takes; the scarcest item decides.
 */
export function availableQuantity(
  items: { required_quantity: number; levels: { stocked_quantity: number; reserved_quantity: number }[] }[]
): number {
  if (!items.length) return 0
  return Math.min(
    ...items.map((item) => {
      const available = item.levels.reduce((n, l) => n + Math.max(0, l.stocked_quantity - l.reserved_quantity), 0)
      return Math.floor(available / Math.max(1, item.required_quantity))
    })
  )
}

/** A variant a buyer can order now: stock is not tracked, or some is available. */
export const variantInStock = (v: Pick<CatalogVariant, "manage_inventory" | "inventory_quantity">) => !v.manage_inventory || v.inventory_quantity > 0

/**
 * What the catalogue's filters read, worked out when an entry is written so that a class of thousands is
 * filtered and counted in the database: the manufacturer, whether any variant is in stock, and the lowest
 * calculated price per region (the "from" price a product card shows).
 */
export function catalogFilterColumns(product: CatalogProduct): { manufacturer_handle: string | null; in_stock: boolean; from_prices: Record<string, number> } {
  const fromPrices: Record<string, number> = {}
  for (const v of product.variants) {
    for (const [region, price] of Object.entries(v.prices)) fromPrices[region] = Math.min(fromPrices[region] ?? Infinity, price.calculated_amount)
  }
  return { manufacturer_handle: product.manufacturer?.handle ?? null, in_stock: product.variants.some(variantInStock), from_prices: fromPrices }
}
