import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createHash } from "node:crypto"

export type StoredFile = { key: string; access: "public" | "private"; mime_type: string; size: number; sha256: string; content: Buffer }

/**
 * The `stored_file` table: file bytes kept in PostgreSQL, keyed by the file module's key. The table
 * has no ORM model: its rows are bytes read and written whole, never queried by the ORM.
 */
export class StoredFiles {
  constructor(private readonly db: () => Knex) {}

  async put(file: Omit<StoredFile, "size" | "sha256">): Promise<void> {
    const sha256 = createHash("sha256").update(file.content).digest("hex")
    await this.db()("stored_file")
      .insert({ ...file, size: file.content.length, sha256 })
      .onConflict("key")
      .merge(["access", "mime_type", "size", "sha256", "content"])
  }

  async get(key: string): Promise<StoredFile | undefined> {
    return this.db()("stored_file").where({ key }).first()
  }

  /** What is known of a file without its bytes (for a conditional request or a check). */
  async describe(key: string): Promise<Omit<StoredFile, "content"> | undefined> {
    return this.db()("stored_file").select("key", "access", "mime_type", "size", "sha256").where({ key }).first()
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.db()("stored_file").whereIn("key", keys).delete()
  }
}
