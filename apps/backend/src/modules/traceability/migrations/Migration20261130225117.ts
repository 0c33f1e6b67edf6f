import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130225117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "traced_unit" drop constraint if exists "traced_unit_manufacturer_id_serial_unique";`);
    this.addSql(`alter table if exists "recall_notice" drop constraint if exists "recall_notice_recall_id_email_unique";`);
    this.addSql(`create table if not exists "recall" ("id" text not null, "manufacturer_id" text not null, "product_id" text not null, "scope" text check ("scope" in ('product', 'lot', 'serial_range')) not null, "lot" text null, "serial_from" text null, "serial_to" text null, "reason" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opened_by" text not null, "opened_by_type" text check ("opened_by_type" in ('user', 'manufacturer')) not null, "closed_at" timestamptz null, "closed_by" text null, "affected_units" integer not null default 0, "withdrawn_listings" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recall_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recall_manufacturer_id" ON "recall" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recall_product_id" ON "recall" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recall_deleted_at" ON "recall" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "recall_notice" ("id" text not null, "email" text not null, "language" text not null, "buyer_order_ids" text[] not null, "serials" text[] not null, "country_code" text not null, "acknowledged_at" timestamptz null, "recall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recall_notice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recall_notice_recall_id" ON "recall_notice" ("recall_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_recall_notice_deleted_at" ON "recall_notice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recall_notice_recall_id_email_unique" ON "recall_notice" ("recall_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "traced_unit" ("id" text not null, "manufacturer_id" text not null, "product_id" text not null, "variant_id" text not null, "order_id" text not null, "line_item_id" text not null, "buyer_order_id" text not null, "country_code" text not null, "declaration_id" text null, "serial" text not null, "udi" text null, "gtin" text null, "lot" text null, "production_date" timestamptz null, "expiry_date" timestamptz null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "traced_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_manufacturer_id" ON "traced_unit" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_product_id" ON "traced_unit" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_order_id" ON "traced_unit" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_buyer_order_id" ON "traced_unit" ("buyer_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_deleted_at" ON "traced_unit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_traced_unit_manufacturer_id_serial_unique" ON "traced_unit" ("manufacturer_id", "serial") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_traced_unit_udi" ON "traced_unit" ("udi") WHERE udi IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "recall_notice" add constraint "recall_notice_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recall_notice" drop constraint if exists "recall_notice_recall_id_foreign";`);

    this.addSql(`drop table if exists "recall" cascade;`);

    this.addSql(`drop table if exists "recall_notice" cascade;`);

    this.addSql(`drop table if exists "traced_unit" cascade;`);
  }

}
