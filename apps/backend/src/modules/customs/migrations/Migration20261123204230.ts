import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123204230 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customs_document" drop constraint if exists "customs_document_declaration_id_kind_unique";`);
    this.addSql(`alter table if exists "customs_message" drop constraint if exists "customs_message_guid_unique";`);
    this.addSql(`alter table if exists "declaration" drop constraint if exists "declaration_order_no_unique";`);
    this.addSql(`alter table if exists "declaration" drop constraint if exists "declaration_order_id_unique";`);
    this.addSql(`create table if not exists "declaration" ("id" text not null, "order_id" text not null, "manufacturer_id" text not null, "mode" text not null, "order_no" text not null, "status" text check ("status" in ('draft', 'generated', 'submitted', 'accepted', 'rejected', 'released', 'cancelled')) not null default 'draft', "rejection_reason" text null, "problem" text null, "warnings" text[] null, "status_changed_at" timestamptz null, "status_changed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "declaration_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_declaration_order_id_unique" ON "declaration" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_declaration_manufacturer_id" ON "declaration" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_declaration_order_no_unique" ON "declaration" ("order_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_declaration_deleted_at" ON "declaration" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customs_message" ("id" text not null, "type" text not null, "direction" text check ("direction" in ('out', 'in')) not null, "guid" text not null, "head_guid" text null, "xml" text not null, "status" text not null, "return_status" text null, "return_info" text null, "return_time" text null, "declaration_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_message_guid_unique" ON "customs_message" ("guid") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_message_declaration_id" ON "customs_message" ("declaration_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_message_deleted_at" ON "customs_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_message_head_guid" ON "customs_message" ("head_guid") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customs_document" ("id" text not null, "kind" text check ("kind" in ('invoice', 'packing_list', 'origin_application')) not null, "filename" text not null, "file_id" text not null, "url" text not null, "declaration_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_document_declaration_id" ON "customs_document" ("declaration_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_document_deleted_at" ON "customs_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_document_declaration_id_kind_unique" ON "customs_document" ("declaration_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customs_message" add constraint "customs_message_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "customs_document" add constraint "customs_document_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customs_message" drop constraint if exists "customs_message_declaration_id_foreign";`);

    this.addSql(`alter table if exists "customs_document" drop constraint if exists "customs_document_declaration_id_foreign";`);

    this.addSql(`drop table if exists "declaration" cascade;`);

    this.addSql(`drop table if exists "customs_message" cascade;`);

    this.addSql(`drop table if exists "customs_document" cascade;`);
  }

}
