import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A compact row for what every search reads per matching product. A search visits each match's row
 * (filters, title rank, price, facets), but never its large text vector once the GIN index has
 * found it; inline, that vector and the texts it is made from spread 10,000 products over 2,400
 * pages, and the prices (compressed with them) were decompressed for every match. Now the vector
 * and texts go to TOAST (uncompressed for the vector: nothing reads it whole), and what is read per
 * match stays inline and uncompressed. Rows take this layout when written (`npm run search:rebuild`
 * rewrites them all). The title trigram index is dropped: no query uses it (typo correction reads
 * product_search_term), and every write paid for it.
 */
export class Migration20261201050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "product_search_document" set (toast_tuple_target = 128);`)
    this.addSql(`alter table "product_search_document" alter column "search_vector" set storage external;`)
    for (const column of ["id", "handle", "iso_class", "manufacturer_id", "manufacturer_name", "certifications", "min_prices", "sales_channel_ids", "title_vector"]) {
      this.addSql(`alter table "product_search_document" alter column "${column}" set storage plain;`)
    }
    this.addSql(`drop index if exists "IDX_product_search_document_title_trgm";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_search_document" reset (toast_tuple_target);`)
    for (const column of ["search_vector", "id", "handle", "iso_class", "manufacturer_id", "manufacturer_name", "certifications", "min_prices", "sales_channel_ids", "title_vector"]) {
      this.addSql(`alter table "product_search_document" alter column "${column}" set storage extended;`)
    }
    this.addSql(`create index if not exists "IDX_product_search_document_title_trgm" on "product_search_document" using gin ("title_text" gin_trgm_ops);`)
  }
}
