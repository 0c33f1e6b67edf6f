import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130224941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "fitting_request" ("id" text not null, "manufacturer_id" text not null, "product_id" text not null, "customer_id" text null, "email" text not null, "locale" text not null, "country_code" text not null, "measurement" text check ("measurement" in ('hip_width', 'wrist_height')) not null, "measured_cm" real not null, "note" text null, "status" text check ("status" in ('open', 'answered')) not null default 'open', "answer" text null, "recommended_variant_id" text null, "answered_at" timestamptz null, "answered_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fitting_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fitting_request_manufacturer_id" ON "fitting_request" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fitting_request_customer_id" ON "fitting_request" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fitting_request_deleted_at" ON "fitting_request" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fitting_request" cascade;`);
  }

}
