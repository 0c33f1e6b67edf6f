import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123192554 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "child_order" drop constraint if exists "child_order_order_group_id_manufacturer_id_unique";`);
    this.addSql(`alter table if exists "child_order" drop constraint if exists "child_order_order_id_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_buyer_order_id_unique";`);
    this.addSql(`create table if not exists "order_group" ("id" text not null, "buyer_order_id" text not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_buyer_order_id_unique" ON "order_group" ("buyer_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "child_order" ("id" text not null, "order_id" text not null, "manufacturer_id" text not null, "status" text check ("status" in ('placed', 'confirmed', 'ready_for_handoff')) not null default 'placed', "confirmed_at" timestamptz null, "confirmed_by" text null, "ready_for_handoff_at" timestamptz null, "ready_for_handoff_by" text null, "order_group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "child_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_child_order_order_id_unique" ON "child_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_child_order_manufacturer_id" ON "child_order" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_child_order_order_group_id" ON "child_order" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_child_order_deleted_at" ON "child_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_child_order_order_group_id_manufacturer_id_unique" ON "child_order" ("order_group_id", "manufacturer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "child_order" add constraint "child_order_order_group_id_foreign" foreign key ("order_group_id") references "order_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "child_order" drop constraint if exists "child_order_order_group_id_foreign";`);

    this.addSql(`drop table if exists "order_group" cascade;`);

    this.addSql(`drop table if exists "child_order" cascade;`);
  }

}
