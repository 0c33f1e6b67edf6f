import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The catalogue read model: one row per product with what the storefront's list and product page
 * show (every region's calculated price included) as JSON, and the columns the store filters and
 * orders on. Its generation (in product_search_state, id 'catalog') tells cached pages they are stale.
 * Filled by the indexer; `npm run search:rebuild` fills it for an existing catalogue.
 */
export class Migration20261130230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "product_catalog_entry" (
      "id" text not null, "handle" text not null, "title" text not null,
      "category_ids" text[] not null default '{}', "sales_channel_ids" text[] not null default '{}',
      "published" boolean not null default false, "approved" boolean not null default false,
      "product" jsonb not null, "updated_at" timestamptz not null default now(),
      constraint "product_catalog_entry_pkey" primary key ("id"));`)
    this.addSql(`create index if not exists "IDX_product_catalog_entry_title" on "product_catalog_entry" ("title", "id") where published and approved;`)
    this.addSql(`create index if not exists "IDX_product_catalog_entry_handle" on "product_catalog_entry" ("handle");`)
    this.addSql(`create index if not exists "IDX_product_catalog_entry_categories" on "product_catalog_entry" using gin ("category_ids");`)
    this.addSql(`insert into "product_search_state" ("id", "generation") values ('catalog', 0) on conflict do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_catalog_entry" cascade;`)
    this.addSql(`delete from "product_search_state" where "id" = 'catalog';`)
  }
}
