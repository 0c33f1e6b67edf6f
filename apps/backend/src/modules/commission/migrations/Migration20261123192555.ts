import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123192555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "commission_rate" drop constraint if exists "commission_rate_scope_unique";`);
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "manufacturer_id" text not null, "iso_class" text null, "currency_code" text not null, "base_amount" numeric not null, "rate_bps" integer not null, "rate_source" text not null, "amount" numeric not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_line_item_id_unique" ON "commission_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_manufacturer_id_created_at" ON "commission_line" ("manufacturer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rate" ("id" text not null, "scope" text not null, "manufacturer_id" text null, "iso_class" text null, "rate_bps" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rate_scope_unique" ON "commission_rate" ("scope") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rate_deleted_at" ON "commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "commission_rate" cascade;`);
  }

}
