import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123162640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "manufacturer" drop constraint if exists "manufacturer_unified_social_credit_code_unique";`);
    this.addSql(`alter table if exists "manufacturer" drop constraint if exists "manufacturer_handle_unique";`);
    this.addSql(`create table if not exists "manufacturer" ("id" text not null, "handle" text not null, "legal_name_zh" text not null, "legal_name_en" text not null, "unified_social_credit_code" text not null, "customs_code" text not null, "province" text not null, "city" text not null, "address" text not null, "contact_name" text not null, "contact_email" text not null, "contact_phone" text not null, "founded_year" integer null, "description_en" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_handle_unique" ON "manufacturer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_unified_social_credit_code_unique" ON "manufacturer" ("unified_social_credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_deleted_at" ON "manufacturer" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manufacturer" cascade;`);
  }

}
