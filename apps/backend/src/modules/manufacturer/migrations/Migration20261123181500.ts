import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123181500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "manufacturer_member" drop constraint if exists "manufacturer_member_email_unique";`);
    this.addSql(`alter table if exists "manufacturer_invite" drop constraint if exists "manufacturer_invite_token_unique";`);
    this.addSql(`alter table if exists "manufacturer" drop constraint if exists "manufacturer_unified_social_credit_code_unique";`);
    this.addSql(`alter table if exists "manufacturer" drop constraint if exists "manufacturer_handle_unique";`);
    this.addSql(`create table if not exists "manufacturer" ("id" text not null, "handle" text not null, "legal_name_zh" text not null, "legal_name_en" text not null, "unified_social_credit_code" text not null, "customs_code" text not null, "province" text not null, "city" text not null, "address" text not null, "contact_name" text not null, "contact_email" text not null, "contact_phone" text not null, "founded_year" integer null, "description_en" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_handle_unique" ON "manufacturer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_unified_social_credit_code_unique" ON "manufacturer" ("unified_social_credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_deleted_at" ON "manufacturer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "manufacturer_certificate" ("id" text not null, "type" text check ("type" in ('iso_13485', 'ce', 'fda', 'nmpa_filing', 'nmpa_registration', 'export_sales_certificate', 'other')) not null, "number" text not null, "issuer" text not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "file_id" text not null, "file_url" text not null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_certificate_manufacturer_id" ON "manufacturer_certificate" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_certificate_deleted_at" ON "manufacturer_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "manufacturer_invite" ("id" text not null, "email" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_invite_token_unique" ON "manufacturer_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_invite_manufacturer_id" ON "manufacturer_invite" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_invite_deleted_at" ON "manufacturer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "manufacturer_member" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_member_email_unique" ON "manufacturer_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_member_manufacturer_id" ON "manufacturer_member" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_member_deleted_at" ON "manufacturer_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "manufacturer_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "withdrawn_listings" jsonb null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_status_change_manufacturer_id" ON "manufacturer_status_change" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_status_change_deleted_at" ON "manufacturer_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "manufacturer_certificate" add constraint "manufacturer_certificate_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "manufacturer_invite" add constraint "manufacturer_invite_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "manufacturer_member" add constraint "manufacturer_member_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "manufacturer_status_change" add constraint "manufacturer_status_change_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "manufacturer_certificate" drop constraint if exists "manufacturer_certificate_manufacturer_id_foreign";`);

    this.addSql(`alter table if exists "manufacturer_invite" drop constraint if exists "manufacturer_invite_manufacturer_id_foreign";`);

    this.addSql(`alter table if exists "manufacturer_member" drop constraint if exists "manufacturer_member_manufacturer_id_foreign";`);

    this.addSql(`alter table if exists "manufacturer_status_change" drop constraint if exists "manufacturer_status_change_manufacturer_id_foreign";`);

    this.addSql(`drop table if exists "manufacturer" cascade;`);

    this.addSql(`drop table if exists "manufacturer_certificate" cascade;`);

    this.addSql(`drop table if exists "manufacturer_invite" cascade;`);

    this.addSql(`drop table if exists "manufacturer_member" cascade;`);

    this.addSql(`drop table if exists "manufacturer_status_change" cascade;`);
  }

}
