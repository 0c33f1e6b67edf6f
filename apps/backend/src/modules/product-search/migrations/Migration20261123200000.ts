import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The search tables. The full-text vector is a generated column: every language's text through its
 * own Snowball configuration (PostgreSQL has english, russian, arabic, indonesian and turkish;
 * Chinese is stored as character bigrams and goes through 'simple'); titles also unstemmed, so
 * prefixes typed so far match. Ranking reads only the small title vector: ranking thousands of
 * matches on the whole text costs more than finding them. `product_search_state.generation` counts
 * index writes, so cached results are known to be current. No index on the sales channels or on
 * deleted_at (rows are deleted, not soft-deleted): the planner would pick them over the text index.
 */
export class Migration20261123200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create table if not exists "product_search_document" (
      "id" text not null, "handle" text not null, "thumbnail" text null, "titles" jsonb not null,
      "title_text" text not null,
      "text_en" text not null, "text_ru" text not null, "text_ar" text not null,
      "text_id" text not null, "text_tr" text not null, "text_zh" text not null,
      "iso_class" text null, "iso_parent" text null, "manufacturer_id" text null, "manufacturer_name" text null,
      "certifications" text[] not null default '{}', "min_prices" jsonb not null default '{}',
      "in_stock" boolean not null default false, "published" boolean not null default false,
      "approved" boolean not null default false, "sales_channel_ids" text[] not null default '{}',
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      "search_vector" tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, "title_text"), 'A') ||
        setweight(to_tsvector('english'::regconfig, "text_en"), 'B') ||
        setweight(to_tsvector('russian'::regconfig, "text_ru"), 'B') ||
        setweight(to_tsvector('arabic'::regconfig, "text_ar"), 'B') ||
        setweight(to_tsvector('indonesian'::regconfig, "text_id"), 'B') ||
        setweight(to_tsvector('turkish'::regconfig, "text_tr"), 'B') ||
        setweight(to_tsvector('simple'::regconfig, "text_zh"), 'B')
      ) stored,
      "title_vector" tsvector generated always as (
        to_tsvector('simple'::regconfig, "title_text") || to_tsvector('english'::regconfig, "title_text")
      ) stored,
      constraint "product_search_document_pkey" primary key ("id"));`)
    this.addSql(`create table if not exists "product_search_state" ("id" text not null, "generation" bigint not null default 0,
      constraint "product_search_state_pkey" primary key ("id"));`)
    this.addSql(`insert into "product_search_state" ("id", "generation") values ('index', 0) on conflict do nothing;`)
    this.addSql(`create index if not exists "IDX_product_search_document_vector" on "product_search_document" using gin ("search_vector");`)
    this.addSql(`create index if not exists "IDX_product_search_document_title_trgm" on "product_search_document" using gin ("title_text" gin_trgm_ops);`)
    this.addSql(`create index if not exists "IDX_product_search_document_manufacturer" on "product_search_document" ("manufacturer_id");`)

    this.addSql(`create table if not exists "product_search_term" ("id" text not null, "term" text not null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null, constraint "product_search_term_pkey" primary key ("id"));`)
    this.addSql(`create unique index if not exists "IDX_product_search_term_term_unique" on "product_search_term" ("term");`)
    // GiST, not GIN: nearest-neighbour ordering (term <-> query) finds the closest words without a threshold.
    this.addSql(`create index if not exists "IDX_product_search_term_trgm" on "product_search_term" using gist ("term" gist_trgm_ops);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_search_state" cascade;`)
    this.addSql(`drop table if exists "product_search_term" cascade;`)
    this.addSql(`drop table if exists "product_search_document" cascade;`)
  }
}
