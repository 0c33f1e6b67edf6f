import {
  ResultCache,
  buildSearchDocument,
  parseQuery,
  type CatalogEntry,
  type Language,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
} from "@aem/search-kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConfigModule, IPricingModuleService, IRegionModuleService, Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { CatalogStore } from "./catalog-store"
import { MeilisearchEngine } from "./engines/meilisearch"
import { PostgresSearchEngine } from "./engines/postgres"
import { startIndexWorker } from "./index-worker"
import { StorefrontPages } from "./storefront-pages"
import { ProductSearchDocument } from "./models/product-search-document"
import { ProductSearchTerm } from "./models/product-search-term"
import { allProductIds, loadProducts, type QueryGraph, type RegionPricer } from "./sources"

export type ProductSearchOptions = {
  redisUrl: string
  prefix?: string
  /** Set (from MEILISEARCH_HOST) to answer queries with Meilisearch instead of PostgreSQL. */
  meilisearch?: { host: string; apiKey?: string; index?: string }
  /** Consume the search-index queue in this process (not in `server` worker mode). */
  indexWorker?: boolean
  /** The storefront whose cached catalogue pages each write revalidates (unset: none, as in backend tests). */
  storefront?: { url?: string; secret: string }
}

type Dependencies = {
  __pg_connection__: Knex
  query: QueryGraph
  pricing: IPricingModuleService
  region: IRegionModuleService
  configModule: ConfigModule
  logger: Logger
}

/**
 * Product search. The PostgreSQL tables always hold the search documents (they are also the source
 * of "did you mean"); with Meilisearch configured, documents are mirrored there and it answers queries.
 */
export default class ProductSearchModuleService extends MedusaService({ ProductSearchDocument, ProductSearchTerm }) {
  protected readonly postgres: PostgresSearchEngine
  protected readonly meilisearch?: MeilisearchEngine
  protected worker?: { close: () => Promise<void> }
  /** Shut down: a first fill still running must not start the worker afterwards. */
  protected stopped = false
  // Buyers ask the same things again and again; an index write makes every entry stale at once.
  protected readonly results = new ResultCache<SearchResult>(2000)
  /** The storefront's product list and pages (see CatalogStore). */
  readonly catalog: CatalogStore
  /** The storefront's cached pages made from the catalogue, told of every write to it. */
  protected readonly storefront: StorefrontPages

  constructor(
    protected readonly deps: Dependencies,
    protected readonly options: ProductSearchOptions
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.postgres = new PostgresSearchEngine(deps.__pg_connection__)
    this.catalog = new CatalogStore(deps.__pg_connection__)
    this.storefront = new StorefrontPages({
      url: options.storefront?.url,
      secret: options.storefront?.secret ?? "",
      log: (m) => deps.logger.warn(m),
    })
    if (options.meilisearch?.host) this.meilisearch = new MeilisearchEngine(options.meilisearch)
  }

  get engine(): SearchEngine {
    return this.meilisearch ?? this.postgres
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const generation = await this.postgres.generation.current()
    const key = JSON.stringify([this.engine.name, query])
    const cached = this.results.get(key, generation)
    if (cached) return cached
    const result = await this.answer(query)
    this.results.set(key, generation, result)
    return result
  }

  private async answer(query: SearchQuery): Promise<SearchResult> {
    const result = await this.engine.search(query)
    if (result.estimatedTotal > 0 || !parseQuery(query.q).tokens.length) return result
    // Nothing matched: propose a correction only if it finds something under the same filters.
    const corrected = await this.postgres.correctedQuery(query.q)
    if (!corrected) return result
    const check = await this.engine.search({ ...query, q: corrected, limit: 0, offset: 0 })
    return check.estimatedTotal > 0 ? { ...result, didYouMean: corrected } : result
  }

  /** As-you-type: the best few products for the text so far (its last word counts as a prefix), cached like any search. */
  async suggest(q: string, options: { salesChannelId: string; language?: Language; limit?: number }): Promise<Suggestion[]> {
    const { hits } = await this.search({ q, currency: "usd", salesChannelId: options.salesChannelId, language: options.language, limit: options.limit ?? 6 })
    return hits.map((h) => ({ text: h.title, handle: h.handle, kind: "product" as const }))
  }

  private engines(): SearchEngine[] {
    return this.meilisearch ? [this.postgres, this.meilisearch] : [this.postgres]
  }

  /**
   * Each region's calculated price of these price sets, as the store's product routes compute it for a
   * buyer of that region (region and currency as the pricing context).
   */
  private readonly regionPrices: RegionPricer = async (priceSetIds) => {
    const out = new Map<string, Record<string, { calculated_amount: number; currency_code: string }>>()
    if (!priceSetIds.length) return out
    const regions = await this.deps.region.listRegions({}, { select: ["id", "currency_code"] })
    // All regions at once: this is on the path from a price change to the buyer's page.
    const perRegion = await Promise.all(
      regions.map((region) =>
        this.deps.pricing.calculatePrices({ id: priceSetIds }, { context: { region_id: region.id, currency_code: region.currency_code } })
      )
    )
    for (const [i, region] of regions.entries()) {
      for (const p of perRegion[i]) {
        if (p.calculated_amount === null || p.calculated_amount === undefined) continue
        const byRegion = out.get(p.id) ?? {}
        byRegion[region.id] = { calculated_amount: Number(p.calculated_amount), currency_code: p.currency_code ?? region.currency_code }
        out.set(p.id, byRegion)
      }
    }
    return out
  }

  /**
   * Re-reads these products and brings their search documents and catalogue entries up to date;
   * gone products leave both. Idempotent.
   */
  async indexProducts(productIds: string[]): Promise<{ indexed: number; removed: number }> {
    const ids = [...new Set(productIds)]
    if (!ids.length) return { indexed: 0, removed: 0 }
    const products = await loadProducts(this.deps.query, this.regionPrices, ids)
    const docs = products.map((p) => buildSearchDocument(p.source))
    const found = new Set(docs.map((d) => d.id))
    const gone = ids.filter((id) => !found.has(id))
    // The catalogue first: the storefront's pages are what buyers see most.
    const written = await this.catalog.upsert(products.map((p) => p.catalog))
    const removed = await this.catalog.remove(gone)
    this.storefront.changed({ handles: [...written, ...removed] })
    for (const engine of this.engines()) {
      await engine.upsert(docs)
      await engine.remove(gone)
    }
    return { indexed: docs.length, removed: gone.length }
  }

  /** A category was created, renamed, moved, translated or deleted: the storefront's category answers go. */
  categoriesChanged(): void {
    this.storefront.changed({ categories: true })
  }

  /**
   * A manufacturer that is no longer approved leaves the store and search at once, by one update
   * each, before its products' full re-index (which for hundreds of products takes seconds) has run.
   * With Meilisearch, its copy follows with that re-index.
   */
  async withdrawManufacturer(manufacturer: { id: string; handle: string }): Promise<void> {
    const hidden = await this.catalog.withdrawManufacturer(manufacturer.handle)
    this.storefront.changed({ handles: hidden })
    await this.postgres.withdrawManufacturer(manufacturer.id)
  }

  /** Rebuilds the whole index and the catalogue read model from the catalogue. */
  async rebuildIndex(): Promise<{ indexed: number }> {
    const docs: SearchDocument[] = []
    const entries: CatalogEntry[] = []
    for await (const ids of allProductIds(this.deps.query)) {
      for (const p of await loadProducts(this.deps.query, this.regionPrices, ids)) {
        docs.push(buildSearchDocument(p.source))
        entries.push(p.catalog)
      }
    }
    await this.catalog.rebuild(entries)
    this.storefront.changed({ all: true })
    for (const engine of this.engines()) await engine.rebuild(docs)
    return { indexed: docs.length }
  }

  __hooks = {
    onApplicationStart: async () => {
      const mode = this.deps.configModule.projectConfig.workerMode
      if (this.options.indexWorker === false || mode === "server") return
      const start = () =>
        this.stopped ||
        (this.worker = startIndexWorker({
          redisUrl: this.options.redisUrl,
          prefix: this.options.prefix ?? "bull",
          index: async (ids) => void (await this.indexProducts(ids)),
          log: (m) => this.deps.logger.warn(m),
        }))
      // A database whose catalogue read model was never written (it predates it) is filled first;
      // index jobs wait in their queue meanwhile, so none is overwritten by the older full read.
      if ((await this.catalog.generation.read()) > 0) return void start()
      void this.rebuildIndex()
        .then(({ indexed }) => this.deps.logger.info(`catalogue read model filled: ${indexed} products`))
        .catch((e) => this.deps.logger.error(`catalogue read model: the first fill failed: ${(e as Error).message}`))
        .finally(start)
    },
    onApplicationShutdown: async () => {
      this.stopped = true
      await this.worker?.close()
      this.worker = undefined
      await this.postgres.close()
    },
  }
}
