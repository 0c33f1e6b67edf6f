import { ResultCache, catalogFilterColumns, type CatalogEntry, type CatalogProduct } from "@aem/search-kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Generation } from "./generation"

const ENTRIES = "product_catalog_entry"

/** The category page's filters; each narrows the list and the other facets' counts. */
export type CatalogFilters = {
  /** The lowest calculated price in this region ("from" price) within [minPrice, maxPrice]. */
  price?: { regionId: string; min?: number; max?: number }
  manufacturer?: string
  /** A certificate of this type, valid today, covers the product. */
  certificate?: string
  /** Ships to the buyer's country: its shipping profile is one of these (those with an option serving it). */
  shippingProfileIds?: string[]
  inStock?: boolean
}

export type CatalogListQuery = {
  salesChannelId: string
  categoryId?: string
  ids?: string[]
  handle?: string
  limit: number
  offset: number
  filters?: CatalogFilters
  /** Also count, over everything the other filters match, the products per manufacturer and per certificate. */
  facets?: boolean
}

export type CatalogFacets = {
  manufacturers: { handle: string; legal_name_en: string; count: number }[]
  certificates: { type: string; count: number }[]
}

export type CatalogPage = { products: CatalogProduct[]; count: number; facets?: CatalogFacets }

// A certificate counts while valid: the same rule as toStoreProduct, on the entry's JSON.
const VALID_CERTIFICATE = `(c->>'valid_from')::timestamptz <= now() and (c->>'valid_until')::timestamptz >= now()`
const CERTIFICATES = `jsonb_array_elements(coalesce(product->'manufacturer'->'certificates', '[]'::jsonb)) c`

/**
 * The catalogue read model's table: one row per product, written by the indexer with the search
 * documents. Reads are answered from a cache valid for one generation of the table (raised by every
 * write): a write made here is visible at once, one made by another process within GENERATION_MAX_AGE_MS.
 */
export class CatalogStore {
  private readonly pages = new ResultCache<CatalogPage>(5000)
  readonly generation: Generation

  constructor(private readonly db: Knex) {
    this.generation = new Generation(db, "catalog")
  }

  /** Visible products (published, manufacturer approved, in the channel) ordered by title, one page and the count. */
  async list(q: CatalogListQuery): Promise<CatalogPage> {
    const generation = await this.generation.current()
    const key = JSON.stringify(q)
    const cached = this.pages.get(key, generation)
    if (cached) return cached
    const where = matching(q)
    const [rows, [{ count }], facets] = await Promise.all([
      this.db(ENTRIES).select("product").where(where).orderBy([{ column: "title" }, { column: "id" }]).limit(q.limit).offset(q.offset),
      this.db(ENTRIES).count({ count: "*" }).where(where),
      q.facets ? this.facets(q) : undefined,
    ])
    const page: CatalogPage = { products: rows.map((r: { product: CatalogProduct }) => r.product), count: Number(count), ...(facets && { facets }) }
    this.pages.set(key, generation, page)
    return page
  }

  /** Each facet counted under every filter but its own, so picking a manufacturer still lists the others. */
  private async facets(q: CatalogListQuery): Promise<CatalogFacets> {
    const [manufacturers, certificates] = await Promise.all([
      this.db(ENTRIES)
        .select("manufacturer_handle as handle", this.db.raw("min(product->'manufacturer'->>'legal_name_en') as legal_name_en"))
        .count({ count: "*" })
        .where(matching(q, "manufacturer"))
        .whereNotNull("manufacturer_handle")
        .groupBy("manufacturer_handle")
        .orderBy("legal_name_en"),
      this.db
        .select(this.db.raw("c->>'type' as type"))
        .countDistinct({ count: "id" })
        .from(this.db.raw(`${ENTRIES}, ${CERTIFICATES}`))
        .where(matching(q, "certificate"))
        .whereRaw(VALID_CERTIFICATE)
        .groupByRaw("1")
        .orderBy("type"),
    ])
    return {
      manufacturers: manufacturers.map((m: any) => ({ handle: m.handle, legal_name_en: m.legal_name_en, count: Number(m.count) })),
      certificates: certificates.map((c: any) => ({ type: c.type, count: Number(c.count) })),
    }
  }

  /** Products whose entry lists any of these categories. */
  async productIdsInCategories(categoryIds: string[]): Promise<string[]> {
    if (!categoryIds.length) return []
    const rows = await this.db(ENTRIES).select("id").whereRaw("category_ids && ?::text[]", [categoryIds])
    return rows.map((r: { id: string }) => r.id)
  }

  /** Writes these entries; the handles whose pages changed (a renamed product's old handle too). */
  async upsert(entries: CatalogEntry[]): Promise<string[]> {
    if (!entries.length) return []
    return this.generation.transaction(async (trx) => {
      const before: { handle: string }[] = await trx(ENTRIES).select("handle").whereIn("id", entries.map((e) => e.product.id))
      await this.write(trx, entries)
      return [...new Set([...before.map((r) => r.handle), ...entries.map((e) => e.product.handle)])]
    })
  }

  private async write(trx: Knex.Transaction, entries: CatalogEntry[]): Promise<void> {
    const rows = entries.map((e) => ({
      ...catalogFilterColumns(e.product),
      shipping_profile_id: e.shipping_profile_id,
      id: e.product.id,
      handle: e.product.handle,
      title: e.product.title,
      category_ids: e.product.categories.map((c) => c.id),
      sales_channel_ids: e.sales_channel_ids,
      published: e.published,
      approved: e.approved,
      product: JSON.stringify(e.product),
      updated_at: new Date(),
    }))
    for (let i = 0; i < rows.length; i += 500) await trx(ENTRIES).insert(rows.slice(i, i + 500)).onConflict("id").merge()
  }

  /** Removes these products' entries; the handles they had. */
  async remove(ids: string[]): Promise<string[]> {
    if (!ids.length) return []
    return this.generation.transaction(async (trx) => {
      const gone: { handle: string }[] = await trx(ENTRIES).whereIn("id", ids).delete().returning("handle")
      return gone.map((r) => r.handle)
    })
  }

  /** Hides every product of a manufacturer at once (by its handle, in the entries' JSON), ahead of their re-index. */
  async withdrawManufacturer(handle: string): Promise<string[]> {
    return this.generation.transaction(async (trx) => {
      const hidden: { handle: string }[] = await trx(ENTRIES)
        .update({ approved: false })
        .whereRaw("product->'manufacturer'->>'handle' = ?", [handle])
        .returning("handle")
      return hidden.map((r) => r.handle)
    })
  }

  /** Replaces every entry in one transaction: readers see the old catalogue until the new one is complete. */
  async rebuild(entries: CatalogEntry[]): Promise<void> {
    await this.generation.transaction(async (trx) => {
      await trx(ENTRIES).delete()
      await this.write(trx, entries)
    })
    // As the search index's rebuild: every old row is dead, and autovacuum may be off.
    await this.db.raw(`vacuum analyze ${ENTRIES}`)
  }
}

/** Visible products (published, manufacturer approved, in the channel) that the query matches, but for one filter if named. */
function matching(q: CatalogListQuery, except?: "manufacturer" | "certificate") {
  const f = q.filters ?? {}
  return (b: Knex.QueryBuilder) => {
    b.where({ published: true, approved: true }).whereRaw("sales_channel_ids @> array[?]::text[]", [q.salesChannelId])
    if (q.categoryId) b.whereRaw("category_ids @> array[?]::text[]", [q.categoryId])
    if (q.ids) b.whereIn("id", q.ids)
    if (q.handle) b.where({ handle: q.handle })
    // A product without a price in the region matches no price bound.
    if (f.price?.min !== undefined) b.whereRaw("(from_prices->>?)::numeric >= ?", [f.price.regionId, f.price.min])
    if (f.price?.max !== undefined) b.whereRaw("(from_prices->>?)::numeric <= ?", [f.price.regionId, f.price.max])
    if (f.manufacturer && except !== "manufacturer") b.where({ manufacturer_handle: f.manufacturer })
    if (f.certificate && except !== "certificate") b.whereRaw(`exists (select 1 from ${CERTIFICATES} where c->>'type' = ? and ${VALID_CERTIFICATE})`, [f.certificate])
    if (f.shippingProfileIds) b.whereIn("shipping_profile_id", f.shippingProfileIds)
    if (f.inStock) b.where({ in_stock: true })
  }
}
