import {
  MEILI_INDEX,
  buildMeiliSearch,
  fromMeiliResponse,
  meiliSettings,
  toMeiliDocument,
  type MeiliDocument,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "@aem/search-kit"
import { MeiliSearch, type Index } from "meilisearch"

/**
 * Meilisearch, for catalogues past what one PostgreSQL comfortably serves. Settings (searchable,
 * filterable and sortable attributes, synonyms, typo tolerance) are applied and waited for before any
 * document goes in, so no document is ever indexed under default settings.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const
  private readonly client: MeiliSearch
  private ready: Promise<Index<MeiliDocument>> | undefined

  constructor(options: { host: string; apiKey?: string; index?: string }, private readonly indexName = options.index ?? MEILI_INDEX) {
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey })
  }

  /** The index with our settings applied (once per process; settings updates are idempotent). */
  index(): Promise<Index<MeiliDocument>> {
    this.ready ??= (async () => {
      const task = await this.client.createIndex(this.indexName, { primaryKey: "id" })
      await this.client.waitForTask(task.taskUid) // "already exists" fails the task, which is fine
      const index = this.client.index<MeiliDocument>(this.indexName)
      const settings = await index.updateSettings(meiliSettings())
      const done = await this.client.waitForTask(settings.taskUid)
      if (done.status !== "succeeded") throw new Error(`Meilisearch settings failed: ${JSON.stringify(done.error)}`)
      return index
    })().catch((e) => {
      this.ready = undefined
      throw e
    })
    return this.ready
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { q, params } = buildMeiliSearch(query)
    const response = await (await this.index()).search(q, params)
    return fromMeiliResponse(response as never, query)
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (!docs.length) return
    const index = await this.index()
    const task = await index.addDocuments(docs.map(toMeiliDocument))
    await this.client.waitForTask(task.taskUid)
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    const task = await (await this.index()).deleteDocuments(ids)
    await this.client.waitForTask(task.taskUid)
  }

  async rebuild(docs: SearchDocument[]): Promise<void> {
    const index = await this.index()
    const cleared = await index.deleteAllDocuments()
    await this.client.waitForTask(cleared.taskUid)
    await this.upsert(docs)
  }

  /** Tests drop their own index. */
  async drop(): Promise<void> {
    const task = await this.client.deleteIndex(this.indexName)
    await this.client.waitForTask(task.taskUid)
    this.ready = undefined
  }
}
