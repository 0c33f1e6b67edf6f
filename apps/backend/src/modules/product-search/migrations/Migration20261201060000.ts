import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The category page's filters and facet counts over a whole class, in the database: each catalogue entry's
 * manufacturer, stock, lowest price per region and shipping profile as columns. Existing entries lack them,
 * so the read model is refilled at the next start (generation 0: see the module's start-up).
 */
export class Migration20261201060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_catalog_entry"
      add column if not exists "manufacturer_handle" text null,
      add column if not exists "in_stock" boolean not null default false,
      add column if not exists "from_prices" jsonb not null default '{}',
      add column if not exists "shipping_profile_id" text null;`)
    this.addSql(`create index if not exists "IDX_product_catalog_entry_manufacturer" on "product_catalog_entry" ("manufacturer_handle") where published and approved;`)
    this.addSql(`update "product_search_state" set "generation" = 0 where "id" = 'catalog';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_catalog_entry_manufacturer";`)
    this.addSql(`alter table if exists "product_catalog_entry" drop column if exists "manufacturer_handle", drop column if exists "in_stock",
      drop column if exists "from_prices", drop column if exists "shipping_profile_id";`)
  }
}
