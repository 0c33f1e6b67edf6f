import "server-only"
import { headers as requestHeaders } from "next/headers"
import { notFound } from "next/navigation"
import { cache } from "react"
import { variantInStock, type CatalogCertificate, type RegionPrice, type StoreProduct, type StoreVariant } from "@aem/search-kit"
import type { ComplaintCategory, LineTerm } from "@aem/trade-kit"
import { backendUrl, publishableKey } from "./config"

export type Region = {
  id: string
  name: string
  currency_code: string
  countries: { iso_2: string; display_name: string }[]
  payment_providers?: { id: string }[]
}
// Products as the catalogue routes answer them: the shapes are the read model's (search kit).
export type Product = StoreProduct
export type Variant = StoreVariant
export type CalculatedPrice = RegionPrice
export type Certificate = CatalogCertificate
export type Category = { id: string; name: string; handle: string; parent_category_id?: string | null; category_children?: Category[] }
export type Address = {
  id?: string
  first_name: string | null
  last_name: string | null
  company?: string | null
  address_1: string | null
  address_2?: string | null
  city: string | null
  province?: string | null
  postal_code?: string | null
  country_code: string | null
  phone?: string | null
}
export type LineItem = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  product_handle: string | null
  product_id: string | null
  variant_id: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal?: number
  total: number
  metadata?: Record<string, unknown> | null
}

/** The line the backend adds for import duties and taxes paid at checkout (DDP, or EU IOSS VAT). */
export const isDutiesLine = (item: Pick<LineItem, "metadata">) => item.metadata?.duties_and_taxes === true

export type DeliveryTerms = "DAP" | "DDP"
/** The backend's landed-cost breakdown for a cart under one set of terms (also kept on the order). */
export type DeliveryTermsRecord = {
  terms: DeliveryTerms
  currency: string
  charges_at_checkout: string
  charges_on_delivery: string
  ddp_allowed: boolean
  unknowns: string[]
  shipments: {
    manufacturer_id: string
    /** `term` is absent on orders placed before it was kept. */
    lines: { label: string; term?: LineTerm; amount: string; kind: "duty" | "tax"; payable_by: string; basis: string }[]
  }[]
}
export type DeliveryTermsOffer = { chosen: DeliveryTerms | null; dap: DeliveryTermsRecord | null; ddp: DeliveryTermsRecord | null; ddp_refusal: string | null }
export type ShippingMethod = { id: string; shipping_option_id: string; name: string; amount: number }
/** What a cart and the order placed from it both carry. */
type Basket = {
  id: string
  email: string | null
  currency_code: string
  items: LineItem[]
  shipping_address: Address | null
  shipping_methods: ShippingMethod[]
  item_subtotal: number
  shipping_total: number
  tax_total: number
  total: number
  metadata: Record<string, unknown> | null
}
export type Cart = Basket & { region_id: string; customer_id: string | null }
export type ShippingOption = { id: string; name: string; amount: number; type?: { code: string } | null }
export type Order = Basket & {
  display_id: number
  created_at: string
  email: string
  status: string
  fulfillment_status: string
  payment_status: string
}
export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null; addresses: Address[] }

export class StoreApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

type Params = Record<string, string | number | string[] | undefined>
type RequestOptions = {
  params?: Params
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  token?: string | null
  /** A buyer order's own secret (from its confirmation link): how a guest reaches the order. */
  orderToken?: string | null
  /** Seconds Next.js may keep the answer in its data cache; unset (and no tags): always asked afresh. */
  revalidate?: number
  /** Cache tags of the answer: the backend's revalidation (app/api/revalidate) drops it when these change. */
  tags?: string[]
  /** The buyer's language: Medusa's translation module answers product content in it where it can. */
  locale?: string
}

/** One call to the Medusa API (store and auth routes) with the publishable key and, when given, the buyer's token. */
export async function medusa<T>(path: string, { params = {}, method = "GET", body, token, orderToken, revalidate, tags, locale }: RequestOptions = {}): Promise<T> {
  const url = new URL(`${backendUrl()}${path}`)
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) for (const item of v) url.searchParams.append(k, item)
    else if (v !== undefined) url.searchParams.set(k, String(v))
  }
  const headers: Record<string, string> = { "x-publishable-api-key": publishableKey() }
  if (body !== undefined) headers["content-type"] = "application/json"
  if (token) headers.authorization = `Bearer ${token}`
  if (orderToken) headers["x-order-token"] = orderToken
  // Medusa's translation module answers product content in this language where it has a translation.
  if (locale) headers["x-medusa-locale"] = locale
  // Writes (logins, registrations, resets among them) carry the visitor's address chain, so the backend's
  // per-address limits count each visitor, not this server; it believes the chain only from TRUSTED_PROXIES.
  if (method !== "GET") Object.assign(headers, await forwardedFor())
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    // Catalogue answers are kept (and the pages rendered from them) until the backend revalidates their
    // tags; what is one buyer's own (carts, orders, the account) is asked afresh every time.
    ...(revalidate === undefined && !tags ? { cache: "no-store" as const } : { next: { revalidate: revalidate ?? CATALOG_REVALIDATE_S, tags } }),
  })
  if (!res.ok) {
    const text = await res.text()
    throw new StoreApiError(res.status, `Medusa API ${res.status} for ${method} ${url.pathname}: ${text.slice(0, 300)}`)
  }
  // Some of Medusa's routes answer with no JSON (the password reset request: 201 "Created").
  return (res.headers.get("content-type")?.includes("json") ? await res.json() : undefined) as T
}

/**
 * Tags of cached catalogue answers. The backend's catalogue indexer revalidates a product's tag when its
 * entry or its translations change (and the list tag with it), the categories' when one is renamed, moved or
 * translated, or everything after a rebuild (app/api/revalidate).
 */
export const CATALOG_TAGS = {
  all: "catalog",
  lists: "catalog:lists",
  categories: "catalog:categories",
  product: (handle: string) => `catalog:product:${handle}`,
}
// The bound on staleness should every revalidation of a change be lost (the backend retries for half a
// minute): an answer older than this is fetched again in the background, so a page is at most about two of
// these behind.
const CATALOG_REVALIDATE_S = 60

const store = <T>(path: string, params: Params = {}, tags?: string[]) => medusa<T>(`/store${path}`, { params, tags })

// Regions, their countries and currencies change a few times a year; every page needs them (layout,
// metadata and page each), so they are kept a minute rather than asked three times per page.
const REGIONS_REVALIDATE_S = 60

export async function listRegions(): Promise<Region[]> {
  const { regions } = await medusa<{ regions: Region[] }>("/store/regions", {
    params: { limit: 100, fields: "id,name,currency_code,*countries,*payment_providers" },
    revalidate: REGIONS_REVALIDATE_S,
  })
  return regions
}

/** The region selling to a country, or a 404 page for a country we do not serve. */
export async function regionForCountry(countryCode: string): Promise<Region> {
  const cc = countryCode.toLowerCase()
  const region = (await listRegions()).find((r) => r.countries.some((c) => c.iso_2 === cc))
  if (!region) notFound()
  return region
}

/** The category page's filters as the catalogue route takes them (prices in the region's currency). */
export type CatalogFilters = { min_price?: string; max_price?: string; manufacturer?: string; certificate?: string; ships_to?: string; in_stock?: "true" }
export type CatalogFacets = {
  manufacturers: { handle: string; legal_name_en: string; count: number }[]
  certificates: { type: string; count: number }[]
}

/**
 * The storefront's product list from the backend's catalogue read model (GET /store/catalog/products):
 * the region's prices, stock and the manufacturer in one fast read, filtered and counted over everything
 * that matches, with facet counts when asked.
 */
export async function listProducts(
  region: Region,
  opts: { limit?: number; offset?: number; categoryId?: string; ids?: string[]; filters?: CatalogFilters; facets?: boolean } = {}
): Promise<{ products: Product[]; count: number; facets?: CatalogFacets }> {
  return store("/catalog/products", {
    region_id: region.id,
    limit: opts.limit ?? 12,
    offset: opts.offset ?? 0,
    category_id: opts.categoryId,
    id: opts.ids,
    ...opts.filters,
    facets: opts.facets ? "true" : undefined,
  }, [CATALOG_TAGS.all, CATALOG_TAGS.lists])
}

/**
 * One product by handle, its photos described in the buyer's language where they can be; its page's metadata
 * and body share one request (React's per-render cache).
 */
export const getProduct = cache(async (region: Region, handle: string, locale = "en"): Promise<Product> => {
  try {
    const { product } = await store<{ product: Product }>(`/catalog/products/${encodeURIComponent(handle)}`, { region_id: region.id, lang: locale }, [
      CATALOG_TAGS.all,
      CATALOG_TAGS.product(handle),
    ])
    return product
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) notFound()
    throw e
  }
})

export async function listIsoCategories(): Promise<Category[]> {
  const { product_categories } = await store<{ product_categories: Category[] }>("/product-categories", {
    limit: 100,
    fields: "id,name,handle,parent_category_id,*category_children",
    parent_category_id: "null",
  }, [CATALOG_TAGS.all, CATALOG_TAGS.categories])
  return product_categories
}

export async function getCategory(handle: string): Promise<Category> {
  const { product_categories } = await store<{ product_categories: Category[] }>("/product-categories", {
    handle,
    fields: "id,name,handle,*category_children",
    limit: 1,
  }, [CATALOG_TAGS.all, CATALOG_TAGS.categories])
  if (!product_categories.length) notFound()
  return product_categories[0]
}

/** The lowest price of a product in the region, from its variants' calculated prices. */
export function fromPrice(product: Product): CalculatedPrice | null {
  const prices = product.variants.map((v) => v.calculated_price).filter((p): p is CalculatedPrice => !!p)
  if (!prices.length) return null
  return prices.reduce((min, p) => (p.calculated_amount < min.calculated_amount ? p : min))
}

// The same rule as the catalogue's in-stock filter.
export const inStock: (v: Variant) => boolean = variantInStock

const CART_FIELDS =
  "id,region_id,customer_id,email,currency_code,metadata,item_subtotal,shipping_total,tax_total,total," +
  "*items,*shipping_address,*shipping_methods"

/** The cart; a signed-in buyer's cart answers only with their token (null for anyone else, as for no cart). */
export async function retrieveCart(id: string, token: string | null): Promise<Cart | null> {
  try {
    const { cart } = await medusa<{ cart: Cart }>(`/store/carts/${id}`, { params: { fields: CART_FIELDS }, token })
    return cart
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) return null
    throw e
  }
}

export async function cartShippingOptions(cartId: string, token: string | null): Promise<ShippingOption[]> {
  const { shipping_options } = await medusa<{ shipping_options: ShippingOption[] }>("/store/shipping-options", {
    token,
    params: { cart_id: cartId, fields: "id,name,amount,*type" },
  })
  return shipping_options
}

/** Duty and import VAT for the cart under DAP and DDP, computed by the backend from the cart's lines. */
export async function deliveryTermsOffer(cartId: string, token: string | null): Promise<DeliveryTermsOffer> {
  return (await medusa<{ delivery_terms: DeliveryTermsOffer }>(`/store/carts/${cartId}/delivery-terms`, { token })).delivery_terms
}

/** The buyer's choice; under DDP the backend adds the duties line. False when the market does not allow it. */
export async function setDeliveryTerms(cartId: string, terms: DeliveryTerms, token: string | null): Promise<boolean> {
  try {
    await medusa(`/store/carts/${cartId}/delivery-terms`, { method: "POST", body: { terms }, token })
    return true
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 400) return false
    throw e
  }
}

const ORDER_FIELDS =
  "id,display_id,created_at,email,currency_code,status,fulfillment_status,payment_status,metadata," +
  "item_subtotal,shipping_total,tax_total,total,*items,*shipping_address,*shipping_methods"

/** A buyer's order by id: the signed-in buyer's own, or a guest's with the order's secret from its confirmation link. */
export async function getOrder(id: string, { token, orderToken }: { token?: string | null; orderToken?: string | null }): Promise<Order> {
  try {
    const { order } = await medusa<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, { params: { fields: ORDER_FIELDS }, token, orderToken })
    return order
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) notFound()
    throw e
  }
}

export async function listOrders(token: string): Promise<Order[]> {
  const { orders } = await medusa<{ orders: Order[] }>("/store/orders", {
    token,
    params: { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
  })
  return orders
}

export async function getCustomer(token: string): Promise<Customer | null> {
  try {
    const { customer } = await medusa<{ customer: Customer }>("/store/customers/me", {
      token,
      params: { fields: "id,email,first_name,last_name,*addresses" },
    })
    return customer
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 401) return null
    throw e
  }
}

/** One of the buyer's own orders; another buyer's is a 404, as if it did not exist. */
export async function getCustomerOrder(token: string, id: string): Promise<Order> {
  const { orders } = await medusa<{ orders: Order[] }>("/store/orders", { token, params: { "id[]": id, fields: ORDER_FIELDS } })
  if (!orders.length) notFound()
  return orders[0]
}

/** The manufacturer's steps of a shipment, before customs, the park and the carrier take it further. */
export const MANUFACTURER_STEPS = ["placed", "confirmed", "ready_for_handoff"] as const

/** One manufacturer's part of a buyer's order, as GET /store/orders/:id/shipments reports it. */
export type Shipment = {
  id: string
  /** The furthest step it has taken: a manufacturer's step, or the code of a customs, park or carrier event. */
  status: string
  manufacturer: { handle: string; legal_name_en: string; legal_name_zh: string } | null
  items: { title: string; variant_title: string | null; quantity: number }[]
  /** Customs, park and carrier events, oldest first. */
  timeline: TrackingEntry[]
}

export type TrackingEntry = { code: string; occurred_at: string; source: string; location: string | null; note: string | null }

export async function getOrderShipments(token: string, id: string): Promise<Shipment[]> {
  const { shipments } = await medusa<{ shipments: Shipment[] }>(`/store/orders/${encodeURIComponent(id)}/shipments`, { token })
  return shipments
}

/** Every product handle on sale, for the sitemaps. */
export async function listProductHandles(): Promise<string[]> {
  const { products } = await store<{ products: { handle: string }[] }>("/products", { fields: "handle", limit: 1000 })
  return products.map((p) => p.handle)
}

/** The manufacturer's credit record as buyers see it: a rating and score over the facts the platform keeps. */
export type CreditBadge = { rating: "good" | "fair" | "poor" | "new"; score: number | null }

/** The credit badge of a product's manufacturer; none when the backend will not show the profile. */
export async function getCreditBadge(productId: string): Promise<CreditBadge | null> {
  try {
    // The record changes with checks, recalls and answers, not by the minute: a few minutes' cache is fair.
    const { manufacturer } = await medusa<{ manufacturer: { credit: CreditBadge } }>(`/store/products/${encodeURIComponent(productId)}/manufacturer`, { revalidate: 300 })
    return manufacturer.credit
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) return null
    throw e
  }
}

/** A buyer's complaint about an order, as GET /store/complaints reports it. */
export type Complaint = {
  id: string
  line_item_id: string | null
  serial: string | null
  category: ComplaintCategory
  description: string
  status: "open" | "answered" | "closed"
  answer: string | null
  resolution: string | null
  created_at: string
}

export async function listOrderComplaints(token: string, orderId: string): Promise<Complaint[]> {
  const { complaints } = await medusa<{ complaints: Complaint[] }>("/store/complaints", { token, params: { order_id: orderId } })
  return complaints
}

/** A buyer's "ask the manufacturer" request, as GET /store/fitting-requests reports it. */
export type FittingRequest = {
  id: string
  status: "open" | "answered"
  measurement: "hip_width" | "wrist_height"
  measured_cm: number
  note: string | null
  answer: string | null
  answered_at: string | null
  created_at: string
  recommended_variant: { id: string; title: string } | null
  product: { id: string; title: string; handle: string } | null
}

export async function listFittingRequests(token: string): Promise<FittingRequest[]> {
  const { fitting_requests } = await medusa<{ fitting_requests: FittingRequest[] }>("/store/fitting-requests", { token })
  return fitting_requests
}

type Translatable = "title" | "subtitle" | "description"
/** A product's words in the buyer's language, each with the language it is really in. */
export type ProductContent = Record<Translatable, { text: string | null; lang: string }>

/**
 * The product's title, subtitle and description through Medusa's translations in the buyer's language;
 * a field without a translation stays English and says so (lang "en"), so screen readers pronounce it right.
 */
export async function getProductContent(product: Product, locale: string): Promise<ProductContent> {
  const english = (f: Translatable) => ({ text: product[f], lang: "en" })
  const fields: Translatable[] = ["title", "subtitle", "description"]
  if (locale === "en") return Object.fromEntries(fields.map((f) => [f, english(f)])) as ProductContent
  const { product: translated } = await medusa<{ product: Pick<Product, Translatable> }>(`/store/products/${product.id}`, {
    params: { fields: fields.join(",") },
    locale,
    tags: [CATALOG_TAGS.all, CATALOG_TAGS.product(product.handle)],
  })
  return Object.fromEntries(
    fields.map((f) => [f, translated[f] && translated[f] !== product[f] ? { text: translated[f], lang: locale } : english(f)])
  ) as ProductContent
}

/** The request's X-Forwarded-For (Next.js sets it to the peer's address when no proxy did); none outside a request. */
async function forwardedFor(): Promise<Record<string, string>> {
  try {
    const chain = requestHeaders().get("x-forwarded-for")
    return chain ? { "x-forwarded-for": chain } : {}
  } catch {
    return {}
  }
}

export type OrganisationRole = "admin" | "buyer" | "approver"
export type MyOrganisation = {
  organisation: {
    id: string
    name: string
    kind: string
    country_code: string
    registration_number: string
    status: "pending" | "verified" | "rejected" | "suspended"
    status_changes: { to_status: string; reason: string | null; created_at: string }[]
    members: {
      id: string
      role: OrganisationRole
      customer_id: string
      spending_limit: number | null
      spending_limit_currency: string | null
      spending_limit_period: "month" | "quarter" | "year" | null
      customer: { email: string; first_name: string | null; last_name: string | null } | null
    }[]
  }
  membership: { id: string; role: OrganisationRole }
}
export type OrganisationApproval = {
  id: string
  requested_by: string
  amount: number
  currency_code: string
  status: "pending" | "approved" | "rejected" | "superseded" | "used"
  decided_at: string | null
  note: string | null
  created_at: string
}

/** The buyer's organisation and role, or null when they belong to none. */
export async function myOrganisation(token: string): Promise<MyOrganisation | null> {
  try {
    return await medusa<MyOrganisation>("/store/organisations/me", { token })
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) return null
    throw e
  }
}

/** The buyer's organisation (null when they belong to none) and the approval requests their role lets them see. */
export async function getMyOrganisation(token: string): Promise<{ mine: MyOrganisation; approvals: OrganisationApproval[] } | null> {
  const mine = await myOrganisation(token)
  if (!mine) return null
  const { approvals } = await medusa<{ approvals: OrganisationApproval[] }>("/store/organisations/me/approvals", { token })
  return { mine, approvals }
}

/** Services a partner offers (the backend's list). */
export const PARTNER_SERVICES = ["assessment", "fitting", "assembly", "repair", "training"] as const
export type PartnerService = (typeof PARTNER_SERVICES)[number]

/** A verified fitting centre, repairer or clinic, as GET /store/service-partners reports it. */
export type ServicePartner = {
  id: string
  kind: "fitting_centre" | "repairer" | "clinic"
  legal_name: string
  city: string
  address: string
  services: PartnerService[]
  languages: string[]
  opening_hours: string
  contact_phone: string
  contact_email: string
  in_city: boolean | null
}

/** Partners in the country an order went to, those in its city first. */
export async function findServicePartners(countryCode: string, city: string | null): Promise<ServicePartner[]> {
  const { service_partners } = await medusa<{ service_partners: ServicePartner[] }>("/store/service-partners", {
    params: { country_code: countryCode, city: city ?? undefined },
  })
  return service_partners
}

/** A service booked for an order, as GET /store/orders/:id/service-jobs reports it. */
export type ServiceJob = {
  id: string
  service: PartnerService
  status: "requested" | "accepted" | "declined" | "scheduled" | "completed" | "cancelled"
  status_reason: string | null
  scheduled_at: string | null
  proposed_times: string[]
  report_summary: string | null
  report_measurements: Record<string, string> | null
  product_id: string | null
  partner: { id: string; legal_name: string; city: string; contact_phone: string } | null
}

export async function listOrderServiceJobs(token: string, orderId: string): Promise<ServiceJob[]> {
  const { service_jobs } = await medusa<{ service_jobs: ServiceJob[] }>(`/store/orders/${encodeURIComponent(orderId)}/service-jobs`, { token })
  return service_jobs
}
