import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130225127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "industry_report" drop constraint if exists "industry_report_period_from_period_to_unique";`);
    this.addSql(`create table if not exists "industry_report" ("id" text not null, "kind" text check ("kind" in ('scheduled', 'on_demand')) not null, "period_from" timestamptz not null, "period_to" timestamptz not null, "figures" jsonb not null, "pdf_file_id" text not null, "pdf_url" text not null, "csv_file_id" text not null, "csv_url" text not null, "generated_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "industry_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_industry_report_deleted_at" ON "industry_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_industry_report_period_from_period_to_unique" ON "industry_report" ("period_from", "period_to") WHERE kind = 'scheduled' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "spot_check" ("id" text not null, "manufacturer_id" text not null, "product_id" text not null, "lab" text not null, "sampled_at" timestamptz not null, "result" text check ("result" in ('passed', 'failed')) not null, "findings" text null, "report_file_id" text not null, "report_url" text not null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "spot_check_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spot_check_manufacturer_id" ON "spot_check" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spot_check_product_id" ON "spot_check" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spot_check_deleted_at" ON "spot_check" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "industry_report" cascade;`);

    this.addSql(`drop table if exists "spot_check" cascade;`);
  }

}
