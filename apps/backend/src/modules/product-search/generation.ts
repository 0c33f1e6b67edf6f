import { SharedRead } from "@aem/search-kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const STATE = "product_search_state"

/** Under load, one look at a generation per this many ms instead of one per request (figures in #8's note). */
export const GENERATION_MAX_AGE_MS = 20

/**
 * A table's generation: a number every write to the table raises in its own transaction, which readers
 * compare with the one their cached answers were made at. Concurrent readers share one look at it, at
 * most GENERATION_MAX_AGE_MS old, so a write made by another process is seen within that; a write made
 * here through `transaction` is seen at once.
 */
export class Generation {
  private readonly shared = new SharedRead(() => this.read(), GENERATION_MAX_AGE_MS)

  constructor(
    private readonly db: Knex,
    private readonly id: "catalog" | "index"
  ) {}

  /** The generation as the database has it now. */
  async read(): Promise<number> {
    const row = await this.db(STATE).where({ id: this.id }).first("generation")
    return Number(row?.generation ?? 0)
  }

  /** The generation to validate a cached answer against. */
  current(): Promise<number> {
    return this.shared.get()
  }

  /**
   * A write: the raised generation and its work in one transaction; the next `current()` looks again.
   * Raised first, so concurrent writers queue on the generation's row lock before touching any other row.
   */
  async transaction<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(async (trx) => {
        await this.raise(trx)
        return work(trx)
      })
    } finally {
      this.shared.forget()
    }
  }

  /** Microseconds since the epoch, never less than before: a restored database never repeats a generation. */
  private raise(trx: Knex.Transaction) {
    return trx.raw(
      `insert into ${STATE} (id, generation) values (?, (extract(epoch from clock_timestamp()) * 1000000)::bigint)
       on conflict (id) do update set generation = greatest(${STATE}.generation + 1, excluded.generation)`,
      [this.id]
    )
  }
}
