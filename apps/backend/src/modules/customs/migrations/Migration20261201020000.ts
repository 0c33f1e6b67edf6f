import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customs_exchange_rate" ("id" text not null, "currency" text not null, "month" text not null, "rate" text not null, "source" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_exchange_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_exchange_rate_deleted_at" ON "customs_exchange_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_exchange_rate_currency_month_unique" ON "customs_exchange_rate" ("currency", "month") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "declaration" add column if not exists "currency" text null, add column if not exists "declared_currency" text null, add column if not exists "exchange_rate" text null, add column if not exists "exchange_rate_month" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customs_exchange_rate" cascade;`);

    this.addSql(`alter table if exists "declaration" drop column if exists "currency", drop column if exists "declared_currency", drop column if exists "exchange_rate", drop column if exists "exchange_rate_month";`);
  }

}
