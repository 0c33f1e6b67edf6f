import { searchIndexJob } from "@aem/job-contracts"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { JOB_QUEUE_MODULE } from "../modules/job-queue"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { allProductIds } from "../modules/product-search/sources"
import type JobQueueService from "../modules/job-queue/service"
import { CERTIFICATE_ADDED } from "../workflows/manufacturer/add-certificate"
import { MANUFACTURER_STATUS_CHANGED } from "../workflows/manufacturer/change-manufacturer-status"
import { MANUFACTURER_PROFILE_UPDATED } from "../workflows/manufacturer/update-manufacturer-profile"
import { RECALL_CLOSED } from "../workflows/traceability/close-recall"
import { RECALL_OPENED } from "../workflows/traceability/open-recall"

type Ids = { id: string } | { id: string }[]

const BATCH = 500

type Translated = { reference: string; reference_id: string }

/** What translations (deleted ones too: soft-deleted) are of: "product", "product_variant", "product_category"… */
async function translated(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "translation", fields: ["reference", "reference_id"], filters: { id: ids }, withDeleted: true })
  return data as Translated[]
}

/**
 * Medusa 2.21 caches its look-ups of translations (applyTranslations, with the Caching Module on), and one that
 * found none has no tag a new translation would clear: a page asked for before the translation existed would keep
 * the English text until the cache's TTL. Translations change seldom, so all of Medusa's cached reads go (its own
 * Redis keys only), before the re-index below makes the storefront render the product again.
 */
async function forgetCachedTranslations(container: MedusaContainer) {
  const caching = container.resolve(Modules.CACHING, { allowUnregistered: true })
  await caching?.clear({ tags: ["*"] })
}

/** The products an event concerns, whatever entity it is about (for a translation event, what its translations are of). */
async function productIdsFor(container: MedusaContainer, eventName: string, ids: string[], translations: Translated[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // A deleted variant, price or stock level is soft-deleted: it still says which product it belonged to.
  const withDeleted = eventName.endsWith(".deleted")
  const variantsToProducts = async (variantIds: string[]) => {
    if (!variantIds.length) return []
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantIds }, withDeleted })
    return data.map((v) => v.product_id!).filter(Boolean)
  }
  /** Prices reach variants through their price set, stock levels through their inventory item. */
  const throughVariantLink = async (entity: string, parentField: string, link: string) => {
    const { data } = await query.graph({ entity, fields: [parentField], filters: { id: ids }, withDeleted })
    const parents = (data as Record<string, string>[]).map((row) => row[parentField]).filter(Boolean)
    if (!parents.length) return []
    const { data: links } = await query.graph({ entity: link, fields: ["variant_id"], filters: { [parentField]: parents } })
    return variantsToProducts((links as { variant_id: string }[]).map((l) => l.variant_id))
  }
  /** A category's products now, and those whose catalogue entry still lists it (taken out of it, or it was deleted). */
  const productsOfCategories = async (categoryIds: string[]) => {
    if (!categoryIds.length) return []
    const { data } = await query.graph({ entity: "product_category", fields: ["products.id"], filters: { id: categoryIds }, withDeleted })
    const listed = await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).catalog.productIdsInCategories(categoryIds)
    return [...data.flatMap((c) => (c.products ?? []).map((p) => p!.id)), ...listed]
  }
  const [entity] = eventName.split(".")
  switch (entity) {
    case "product":
      return ids
    case "product-variant":
      return variantsToProducts(ids)
    case "price":
      return throughVariantLink("price", "price_set_id", "product_variant_price_set")
    case "inventory-level":
      return throughVariantLink("inventory_level", "inventory_item_id", "product_variant_inventory_item")
    case "product-category":
      return productsOfCategories(ids)
    case "translation": {
      // A product's own words show on its page (fetched with its tag); a category's name is in its products' entries.
      const of = (reference: string) => translations.filter((t) => t.reference === reference).map((t) => t.reference_id)
      const [variants, categories] = await Promise.all([variantsToProducts(of("product_variant")), productsOfCategories(of("product_category"))])
      return [...of("product"), ...variants, ...categories]
    }
    case "region": {
      // A new region (or a region's new currency) has a price in every catalogue entry: all products.
      const all: string[] = []
      for await (const page of allProductIds(query)) all.push(...page)
      return all
    }
    case "manufacturer": {
      const { data } = await query.graph({ entity: "manufacturer", fields: ["products.id"], filters: { id: ids } })
      return data.flatMap((m) => (m.products ?? []).map((p) => p!.id))
    }
    case "manufacturer-certificate": {
      const { data } = await query.graph({ entity: "manufacturer_certificate", fields: ["products.id"], filters: { id: ids } })
      return data.flatMap((c) => (c.products ?? []).map((p) => p!.id))
    }
    case "recall": {
      const { data } = await query.graph({ entity: "recall", fields: ["product_id"], filters: { id: ids } })
      return data.map((r) => r.product_id)
    }
    default:
      return []
  }
}

/**
 * Keeps the search index and the catalogue read model true: any change to a product, its variants,
 * prices or stock, its categories (and their names), its translations, the regions it is priced in, its manufacturer's
 * status, profile or certificates, enqueues an indexing job for the products concerned (the backend's index
 * worker re-reads them; see the product-search module).
 */
export default async function searchIndexHandler({ event, container }: SubscriberArgs<Ids>) {
  const ids = [event.data].flat().map((d) => d.id)
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  if (event.name === MANUFACTURER_STATUS_CHANGED && (event.data as { to?: string }).to !== "approved") {
    // Suspended or rejected: off the store now; the re-index below completes the picture.
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "manufacturer", fields: ["id", "handle"], filters: { id: ids } })
    for (const m of data) await search.withdrawManufacturer(m)
  }
  const [entity] = event.name.split(".")
  const translations = entity === "translation" ? await translated(container, ids) : []
  if (entity === "translation") await forgetCachedTranslations(container)
  if (entity === "product-category" || translations.some((t) => t.reference === "product_category")) {
    // Category names and lists are cached apart from any product (an empty category has none to re-index).
    search.categoriesChanged()
  }
  const productIds = [...new Set(await productIdsFor(container, event.name, ids, translations))].sort()
  const jobs = container.resolve<JobQueueService>(JOB_QUEUE_MODULE)
  for (let i = 0; i < productIds.length; i += BATCH) {
    await jobs.enqueue(searchIndexJob, { productIds: productIds.slice(i, i + BATCH), cause: event.name })
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    // Medusa's translation module (2.21, behind the translation flag): emitted by its workflows (admin routes).
    "translation.created",
    "translation.updated",
    "translation.deleted",
    "price.created",
    "price.updated",
    "price.deleted",
    "region.created",
    "region.updated",
    "region.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    MANUFACTURER_STATUS_CHANGED,
    MANUFACTURER_PROFILE_UPDATED,
    CERTIFICATE_ADDED,
    RECALL_OPENED,
    RECALL_CLOSED,
  ],
  context: { subscriberId: "search-index" },
}
