import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130225019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tracking_event" drop constraint if exists "tracking_event_dedupe_key_unique";`);
    this.addSql(`alter table if exists "consignment_package" drop constraint if exists "consignment_package_consignment_id_sequence_unique";`);
    this.addSql(`alter table if exists "consignment_package" drop constraint if exists "consignment_package_barcode_unique";`);
    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_waybill_number_unique";`);
    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_barcode_unique";`);
    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_order_id_unique";`);
    this.addSql(`alter table if exists "operator" drop constraint if exists "operator_email_unique";`);
    this.addSql(`alter table if exists "park" drop constraint if exists "park_code_unique";`);
    this.addSql(`create table if not exists "park" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "address" text not null, "manifest_endpoint" text null, "timezone" text not null default 'Asia/Shanghai', "stock_location_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "park_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_park_code_unique" ON "park" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_park_deleted_at" ON "park" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "operator" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('operator', 'supervisor')) not null default 'operator', "park_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "operator_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_operator_email_unique" ON "operator" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_operator_park_id" ON "operator" ("park_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_operator_deleted_at" ON "operator" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "consignment" ("id" text not null, "order_id" text not null, "buyer_order_id" text not null, "manufacturer_id" text not null, "declaration_id" text not null, "barcode" text not null, "status" text check ("status" in ('allocated', 'received', 'packed', 'handed_over', 'in_transit', 'delivered')) not null default 'allocated', "exception" text null, "carrier" text null, "waybill_number" text null, "destination_country" text not null, "expected_packages" integer not null default 1, "fulfillment_id" text null, "manifest_sent_at" timestamptz null, "park_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_order_id_unique" ON "consignment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_buyer_order_id" ON "consignment" ("buyer_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_manufacturer_id" ON "consignment" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_barcode_unique" ON "consignment" ("barcode") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_park_id" ON "consignment" ("park_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_deleted_at" ON "consignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_waybill_number_unique" ON "consignment" ("waybill_number") WHERE waybill_number IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "consignment_package" ("id" text not null, "sequence" integer not null, "weight_g" integer not null, "length_mm" integer not null, "width_mm" integer not null, "height_mm" integer not null, "barcode" text not null, "consignment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consignment_package_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_package_barcode_unique" ON "consignment_package" ("barcode") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_package_consignment_id" ON "consignment_package" ("consignment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consignment_package_deleted_at" ON "consignment_package" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_package_consignment_id_sequence_unique" ON "consignment_package" ("consignment_id", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tracking_event" ("id" text not null, "code" text not null, "occurred_at" timestamptz not null, "location" text null, "source" text check ("source" in ('operator', 'park', 'carrier', 'customs')) not null, "note" text null, "dedupe_key" text not null, "consignment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tracking_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tracking_event_dedupe_key_unique" ON "tracking_event" ("dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tracking_event_consignment_id" ON "tracking_event" ("consignment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tracking_event_deleted_at" ON "tracking_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "operator" add constraint "operator_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade;`);

    this.addSql(`alter table if exists "consignment" add constraint "consignment_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade;`);

    this.addSql(`alter table if exists "consignment_package" add constraint "consignment_package_consignment_id_foreign" foreign key ("consignment_id") references "consignment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "tracking_event" add constraint "tracking_event_consignment_id_foreign" foreign key ("consignment_id") references "consignment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "operator" drop constraint if exists "operator_park_id_foreign";`);

    this.addSql(`alter table if exists "consignment" drop constraint if exists "consignment_park_id_foreign";`);

    this.addSql(`alter table if exists "consignment_package" drop constraint if exists "consignment_package_consignment_id_foreign";`);

    this.addSql(`alter table if exists "tracking_event" drop constraint if exists "tracking_event_consignment_id_foreign";`);

    this.addSql(`drop table if exists "park" cascade;`);

    this.addSql(`drop table if exists "operator" cascade;`);

    this.addSql(`drop table if exists "consignment" cascade;`);

    this.addSql(`drop table if exists "consignment_package" cascade;`);

    this.addSql(`drop table if exists "tracking_event" cascade;`);
  }

}
