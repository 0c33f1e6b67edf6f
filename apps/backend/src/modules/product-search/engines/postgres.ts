import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  editDistance,
  facetValues,
  isCjk,
  lexiconOf,
  parseQuery,
  priceEdges,
  priceRanges,
  searchableText,
  toHit,
  typoBudget,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "@aem/search-kit"
import { knex, type Knex } from "@medusajs/framework/mikro-orm/knex"
import { Generation } from "../generation"

const DOCS = "product_search_document"
const TERMS = "product_search_term"

/** Stemmers worth asking per script: a Cyrillic word is never English. */
function configsFor(word: string): string[] {
  if (/\p{Script=Cyrillic}/u.test(word)) return ["russian"]
  if (/\p{Script=Arabic}/u.test(word)) return ["arabic"]
  if (isCjk(word)) return []
  return ["english", "indonesian", "turkish"]
}

type Correction = { token: string; term: string; similarity: number }

/** Connections for searches: two cores keep no more than this many statements busy. */
const READ_POOL_SIZE = 4

/**
 * A small pool of its own for searches, to the same database. PostgreSQL's cost model does not count
 * reading each row's large, out-of-line text vector, so for common words it would scan the table
 * instead of the GIN index, at many times the cost; these connections are told not to (a session
 * setting, wrong for every other module's queries, hence not on the shared pool). Without it, each
 * search was a transaction of four round trips to say so, and round trips are a third of the
 * process's time per search.
 */
function searchReadPool(db: Knex): Knex {
  const config = db.client.config as Knex.Config
  const connection = typeof config.connection === "string" ? { connectionString: config.connection } : config.connection
  return knex({
    ...config,
    connection: { ...(connection as object), options: "-c enable_seqscan=off" },
    pool: { min: 0, max: READ_POOL_SIZE },
  })
}

/**
 * The default engine: PostgreSQL full-text search over every language's stemmed text, prefixes for
 * as-you-type, and typo tolerance by correcting each query word against the index's own words
 * (trigram nearest neighbours, then an edit-distance budget), all in the module's own tables.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const

  /** How many times the index was written: cached results of an older generation are stale. */
  readonly generation: Generation

  /**
   * `db` is the shared connection pool, for writes. Searches read through `reads` (see
   * searchReadPool): one statement each, with no transaction around it.
   */
  constructor(
    private readonly db: Knex,
    private readonly reads: Knex = searchReadPool(db)
  ) {
    this.generation = new Generation(db, "index")
  }

  /** Closes the read pool (the shared one is the application's). */
  async close(): Promise<void> {
    await this.reads.destroy()
  }

  /** For each token, the index words within its typo budget, closest first. */
  async corrections(tokens: string[], { loose = false } = {}): Promise<Map<string, string[]>> {
    const words = tokens.filter((t) => !isCjk(t) && [...t].length >= 3)
    const out = new Map<string, string[]>()
    if (!words.length) return out
    // A word the index knows comes back as itself alone; only the others pay for the nearest-neighbour search.
    const { rows } = (await this.reads.raw(
      `select t.token, x.term, similarity(x.term, t.token) as similarity
         from unnest(?::text[]) as t(token)
         cross join lateral (
           select term from ${TERMS} where term = t.token
           union all
           (select term from ${TERMS} where not exists (select from ${TERMS} k where k.term = t.token)
             order by term <-> t.token limit 4)
         ) x`,
      [words]
    )) as { rows: Correction[] }
    // A word the index knows is what the buyer meant: "cane" must not also search "care".
    const known = new Set(rows.filter((r) => r.term === r.token).map((r) => r.token))
    for (const r of rows) {
      if (known.has(r.token)) continue
      // Typing is the common case; "did you mean" may reach one edit further.
      const budget = typoBudget(r.token) + (loose ? 1 : 0)
      const prefixTypo = editDistance(r.term.slice(0, [...r.token].length), r.token, budget) <= budget
      if (editDistance(r.term, r.token, budget) <= budget || (prefixTypo && r.similarity >= 0.3)) {
        out.set(r.token, [...(out.get(r.token) ?? []), r.term])
      }
    }
    return out
  }

  /** tsquery SQL: every token must match, each through itself (stemmed or as a prefix) or a correction. */
  private tsquery(tokens: string[], corrections: Map<string, string[]>): { sql: string; bindings: string[] } {
    const bindings: string[] = []
    const parts = tokens.map((token) => {
      const alternatives = [token, ...(corrections.get(token) ?? []).slice(0, 2)]
      const ors = alternatives.flatMap((word) => {
        bindings.push(`${word}:*`)
        const exprs = ["to_tsquery('simple', ?)"]
        for (const config of configsFor(word)) {
          bindings.push(word)
          exprs.push(`plainto_tsquery('${config}', ?)`)
        }
        return exprs
      })
      return `(${ors.join(" || ")})`
    })
    return { sql: parts.join(" && "), bindings }
  }

  private filters(query: SearchQuery): { sql: string; bindings: (string | number | boolean)[] } {
    const f = query.filters ?? {}
    const currency = query.currency.toLowerCase()
    const clauses = ["published", "approved", "sales_channel_ids @> array[?]::text[]"]
    const bindings: (string | number | boolean)[] = [query.salesChannelId]
    const add = (clause: string, ...values: (string | number | boolean)[]) => {
      clauses.push(clause)
      bindings.push(...values)
    }
    if (f.isoClass) add("iso_class = ?", f.isoClass)
    if (f.manufacturerId) add("manufacturer_id = ?", f.manufacturerId)
    if (f.certification) add("certifications @> array[?]::text[]", f.certification)
    if (f.priceMin !== undefined) add("(min_prices->?)::numeric >= ?", currency, f.priceMin)
    if (f.priceMax !== undefined) add("(min_prices->?)::numeric <= ?", currency, f.priceMax)
    if (f.inStock !== undefined) add("in_stock = ?", f.inStock)
    return { sql: clauses.join(" and "), bindings }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { tokens } = parseQuery(query.q)
    const corrections = tokens.length ? await this.corrections(tokens) : new Map<string, string[]>()
    return this.run(query, tokens, corrections)
  }

  private async run(query: SearchQuery, tokens: string[], corrections: Map<string, string[]>): Promise<SearchResult> {
    const currency = query.currency.toLowerCase()
    const limit = Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT)
    const offset = query.offset ?? 0
    const edges = priceEdges(currency)
    const where = this.filters(query)
    const ts = tokens.length ? this.tsquery(tokens, corrections) : null
    // One statement: the matching set once (materialised, only the columns facets and ranking need),
    // then the page (its titles and thumbnails read for its rows alone) and every facet from it.
    const sql = `
      with q as (select ${ts ? ts.sql : "null::tsquery"} as query),
      m as materialized (
        select d.id, d.handle, d.iso_class, d.manufacturer_id, d.manufacturer_name,
               d.certifications, d.in_stock, (d.min_prices->?)::numeric as price,
               ${ts ? "ts_rank(d.title_vector, q.query)" : "0"} as rank
          from ${DOCS} d, q
         where ${where.sql} ${ts ? "and d.search_vector @@ q.query" : ""}
      )
      select json_build_object(
        'total', (select count(*) from m),
        'hits', (select coalesce(json_agg(h order by h.rank desc, h.in_stock desc, h.handle), '[]') from
                  (select p.*, d.titles, d.thumbnail
                     from (select * from m order by rank desc, in_stock desc, handle limit ? offset ?) p
                     join ${DOCS} d using (id)) h),
        'iso_class', (select coalesce(json_object_agg(iso_class, n), '{}') from
                  (select iso_class, count(*) n from m where iso_class is not null group by 1) x),
        'manufacturer', (select coalesce(json_agg(x), '[]') from
                  (select manufacturer_id as id, manufacturer_name as name, count(*) n from m
                    where manufacturer_id is not null group by 1, 2) x),
        'certification', (select coalesce(json_object_agg(c, n), '{}') from
                  (select unnest(certifications) c, count(*) n from m group by 1) x),
        'price', (select coalesce(json_object_agg(b, n), '{}') from
                  (select width_bucket(price, ?::numeric[]) - 1 b, count(*) n from m where price is not null group by 1) x),
        'in_stock', (select coalesce(json_object_agg(in_stock, n), '{}') from
                  (select in_stock, count(*) n from m group by 1) x)
      ) as result`
    const { rows } = (await this.reads.raw(sql, [
      ...(ts?.bindings ?? []),
      currency,
      ...where.bindings,
      limit,
      offset,
      edges,
    ])) as { rows: { result: PgResult }[] }
    const r = rows[0].result
    const highlightTokens = [...tokens, ...[...corrections.values()].flat()]
    const manufacturers = Object.fromEntries(r.manufacturer.map((m) => [m.id, m.n]))
    const labels = Object.fromEntries(r.manufacturer.map((m) => [m.id, m.name ?? m.id]))
    return {
      hits: r.hits.map((h) => toHit({ ...h, price: h.price === null ? null : Number(h.price) }, highlightTokens, query.language)),
      facets: {
        iso_class: facetValues(r.iso_class),
        manufacturer: facetValues(manufacturers, labels),
        certification: facetValues(r.certification),
        price: { currency, ranges: priceRanges(edges, new Map(Object.entries(r.price).map(([b, n]) => [Number(b), n]))) },
        in_stock: facetValues(r.in_stock),
      },
      estimatedTotal: Number(r.total),
    }
  }

  /**
   * A query that would find something, from the index's own words one edit further than typing
   * tolerance; undefined when nothing close enough exists.
   */
  async correctedQuery(q: string): Promise<string | undefined> {
    const { tokens } = parseQuery(q)
    const corrections = await this.corrections(tokens, { loose: true })
    if (![...corrections.values()].some((c) => c.length)) return undefined
    return tokens.map((t) => corrections.get(t)?.[0] ?? t).join(" ")
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length) await this.generation.transaction((trx) => this.write(trx, docs))
  }

  private async write(trx: Knex.Transaction, docs: SearchDocument[]): Promise<void> {
    const rows = docs.map((d) => ({
      id: d.id,
      handle: d.handle,
      thumbnail: d.thumbnail,
      titles: JSON.stringify(d.titles),
      title_text: searchableText(Object.values(d.titles).join(" ")),
      text_en: d.text.en,
      text_ru: d.text.ru,
      text_ar: d.text.ar,
      text_id: d.text.id,
      text_tr: d.text.tr,
      text_zh: d.text.zh,
      iso_class: d.iso_class,
      iso_parent: d.iso_parent,
      manufacturer_id: d.manufacturer_id,
      manufacturer_name: d.manufacturer_name,
      certifications: d.certifications,
      min_prices: JSON.stringify(d.min_prices),
      in_stock: d.in_stock,
      published: d.published,
      approved: d.approved,
      sales_channel_ids: d.sales_channel_ids,
      updated_at: new Date(),
      deleted_at: null,
    }))
    const terms = [...new Set(docs.flatMap(lexiconOf))]
    for (let i = 0; i < rows.length; i += 500) {
      await trx(DOCS).insert(rows.slice(i, i + 500)).onConflict("id").merge()
    }
    for (let i = 0; i < terms.length; i += 1000) {
      await trx(TERMS)
        .insert(terms.slice(i, i + 1000).map((term) => ({ id: `pst_${term}`, term })))
        .onConflict("term")
        .ignore()
    }
  }

  /** Hides every document of a manufacturer at once, ahead of their re-index. */
  async withdrawManufacturer(manufacturerId: string): Promise<void> {
    await this.generation.transaction((trx) => trx(DOCS).update({ approved: false }).where({ manufacturer_id: manufacturerId }))
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.generation.transaction((trx) => trx(DOCS).whereIn("id", ids).delete())
  }

  async rebuild(docs: SearchDocument[]): Promise<void> {
    // Words of products that are gone go with them: the lexicon is rebuilt from what is indexed now.
    // One transaction: buyers see the old index until the new one is complete.
    await this.generation.transaction(async (trx) => {
      await trx(DOCS).delete()
      await trx(TERMS).delete()
      await this.write(trx, docs)
    })
    // Every old row is dead now: reclaimed at once, not left for autovacuum (which may be off, as on our CI
    // machines, where 20,000 dead rows made a broad search twice as slow); fresh statistics too, or the
    // planner guesses at the new table's selectivity.
    await this.db.raw(`vacuum analyze ${DOCS}, ${TERMS}`)
  }
}

type PgResult = {
  total: number
  hits: (Parameters<typeof toHit>[0] & { price: string | number | null })[]
  iso_class: Record<string, number>
  manufacturer: { id: string; name: string | null; n: number }[]
  certification: Record<string, number>
  price: Record<string, number>
  in_stock: Record<string, number>
}
