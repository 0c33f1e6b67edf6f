import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207151409 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_hold" drop constraint if exists "product_hold_product_id_kind_source_id_unique";`);
    this.addSql(`create table if not exists "product_hold" ("id" text not null, "product_id" text not null, "manufacturer_id" text not null, "kind" text check ("kind" in ('spot_check_failed', 'certificate_expired', 'recall_open', 'manufacturer_suspended')) not null, "source_id" text not null, "reason" text not null, "placed_by" text not null, "placed_at" timestamptz not null, "lifted_by" text null, "lifted_at" timestamptz null, "lift_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_hold_product_id" ON "product_hold" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_hold_manufacturer_id" ON "product_hold" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_hold_deleted_at" ON "product_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_hold_product_id_kind_source_id_unique" ON "product_hold" ("product_id", "kind", "source_id") WHERE lifted_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_hold" cascade;`);
  }

}
