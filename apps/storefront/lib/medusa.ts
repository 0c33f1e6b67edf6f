import "server-only"
import { notFound } from "next/navigation"
import { backendUrl, publishableKey } from "./config"

export type Region = { id: string; name: string; currency_code: string; countries: { iso_2: string; display_name: string }[] }
export type CalculatedPrice = { calculated_amount: number; currency_code: string }
export type Variant = {
  id: string
  title: string
  sku: string | null
  inventory_quantity?: number
  manage_inventory?: boolean
  calculated_price?: CalculatedPrice | null
}
export type Category = { id: string; name: string; handle: string; parent_category_id?: string | null; category_children?: Category[] }
export type Product = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images?: { url: string }[]
  hs_code: string | null
  origin_country: string | null
  material: string | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
  metadata: Record<string, unknown> | null
  options?: { title: string; values: { value: string }[] }[]
  variants: Variant[]
  categories?: Category[]
}
export type Manufacturer = { handle: string; legal_name_en: string; legal_name_zh: string; city: string; province: string }

class StoreApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export async function store<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const url = new URL(`${backendUrl()}/store${path}`)
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v))
  const res = await fetch(url, {
    headers: { "x-publishable-api-key": publishableKey() },
    // Prices and stock change; issue #8 adds tagged caching. Until then, always fresh.
    cache: "no-store",
  })
  if (!res.ok) {
    const body = await res.text()
    throw new StoreApiError(res.status, `Store API ${res.status} for ${url.pathname}: ${body.slice(0, 200)}`)
  }
  return (await res.json()) as T
}

export async function listRegions(): Promise<Region[]> {
  const { regions } = await store<{ regions: Region[] }>("/regions", { limit: 100, fields: "id,name,currency_code,*countries" })
  return regions
}

/** The region selling to a country, or a 404 page for a country we do not serve. */
export async function regionForCountry(countryCode: string): Promise<Region> {
  const cc = countryCode.toLowerCase()
  const region = (await listRegions()).find((r) => r.countries.some((c) => c.iso_2 === cc))
  if (!region) notFound()
  return region
}

const PRODUCT_FIELDS =
  "id,title,handle,subtitle,description,thumbnail,hs_code,origin_country,material,weight,length,width,height,metadata," +
  "*images,*options,*options.values,*variants,*variants.calculated_price,+variants.inventory_quantity,*categories"

export async function listProducts(
  region: Region,
  opts: { limit?: number; offset?: number; categoryId?: string } = {}
): Promise<{ products: Product[]; count: number }> {
  const params: Record<string, string | number | undefined> = {
    region_id: region.id,
    limit: opts.limit ?? 12,
    offset: opts.offset ?? 0,
    fields: PRODUCT_FIELDS,
    order: "title",
  }
  if (opts.categoryId) params["category_id[]"] = opts.categoryId
  return store("/products", params)
}

export async function getProduct(region: Region, handle: string): Promise<Product> {
  const { products } = await store<{ products: Product[] }>("/products", {
    handle,
    region_id: region.id,
    fields: PRODUCT_FIELDS,
    limit: 1,
  })
  if (!products.length) notFound()
  return products[0]
}

export async function getManufacturer(productId: string): Promise<Manufacturer | null> {
  try {
    const { manufacturer } = await store<{ manufacturer: Manufacturer }>(`/products/${productId}/manufacturer`)
    return manufacturer
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) return null
    throw e
  }
}

export async function listIsoCategories(): Promise<Category[]> {
  const { product_categories } = await store<{ product_categories: Category[] }>("/product-categories", {
    limit: 100,
    fields: "id,name,handle,parent_category_id,*category_children",
    parent_category_id: "null",
  })
  return product_categories
}

export async function getCategory(handle: string): Promise<Category> {
  const { product_categories } = await store<{ product_categories: Category[] }>("/product-categories", {
    handle,
    fields: "id,name,handle,*category_children",
    limit: 1,
  })
  if (!product_categories.length) notFound()
  return product_categories[0]
}

/** The lowest price of a product in the region, from its variants' calculated prices. */
export function fromPrice(product: Product): CalculatedPrice | null {
  const prices = product.variants.map((v) => v.calculated_price).filter((p): p is CalculatedPrice => !!p)
  if (!prices.length) return null
  return prices.reduce((min, p) => (p.calculated_amount < min.calculated_amount ? p : min))
}
