import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207214806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organisation_member" drop constraint if exists "organisation_member_customer_id_unique";`);
    this.addSql(`alter table if exists "organisation_invite" drop constraint if exists "organisation_invite_token_unique";`);
    this.addSql(`alter table if exists "organisation_approval" drop constraint if exists "organisation_approval_cart_id_unique";`);
    this.addSql(`alter table if exists "organisation" drop constraint if exists "organisation_country_code_registration_number_unique";`);
    this.addSql(`create table if not exists "organisation" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('clinic', 'ngo', 'agency', 'distributor', 'government')) not null, "country_code" text not null, "registration_number" text not null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_deleted_at" ON "organisation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organisation_country_code_registration_number_unique" ON "organisation" ("country_code", "registration_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organisation_address" ("id" text not null, "label" text not null, "first_name" text null, "last_name" text null, "company" text null, "address_1" text not null, "address_2" text null, "city" text not null, "postal_code" text null, "province" text null, "country_code" text not null, "phone" text null, "organisation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_address_organisation_id" ON "organisation_address" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_address_deleted_at" ON "organisation_address" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organisation_approval" ("id" text not null, "cart_id" text not null, "requested_by" text not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'superseded', 'used')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "note" text null, "order_id" text null, "organisation_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_approval_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_approval_organisation_id" ON "organisation_approval" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_approval_deleted_at" ON "organisation_approval" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organisation_approval_cart_id_unique" ON "organisation_approval" ("cart_id") WHERE deleted_at IS NULL AND status IN ('pending', 'approved');`);

    this.addSql(`create table if not exists "organisation_document" ("id" text not null, "title" text not null, "file_id" text not null, "filename" text not null, "mime_type" text not null, "organisation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_document_organisation_id" ON "organisation_document" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_document_deleted_at" ON "organisation_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organisation_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'approver')) not null default 'buyer', "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "organisation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organisation_invite_token_unique" ON "organisation_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_invite_organisation_id" ON "organisation_invite" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_invite_deleted_at" ON "organisation_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organisation_member" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'approver')) not null default 'buyer', "spending_limit" numeric null, "spending_limit_currency" text null, "spending_limit_period" text check ("spending_limit_period" in ('month', 'quarter', 'year')) null, "organisation_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organisation_member_customer_id_unique" ON "organisation_member" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_member_organisation_id" ON "organisation_member" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_member_deleted_at" ON "organisation_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organisation_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "organisation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organisation_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_status_change_organisation_id" ON "organisation_status_change" ("organisation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organisation_status_change_deleted_at" ON "organisation_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "organisation_address" add constraint "organisation_address_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organisation_approval" add constraint "organisation_approval_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organisation_document" add constraint "organisation_document_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organisation_invite" add constraint "organisation_invite_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organisation_member" add constraint "organisation_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organisation_status_change" add constraint "organisation_status_change_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organisation_address" drop constraint if exists "organisation_address_organisation_id_foreign";`);

    this.addSql(`alter table if exists "organisation_approval" drop constraint if exists "organisation_approval_organisation_id_foreign";`);

    this.addSql(`alter table if exists "organisation_document" drop constraint if exists "organisation_document_organisation_id_foreign";`);

    this.addSql(`alter table if exists "organisation_invite" drop constraint if exists "organisation_invite_organisation_id_foreign";`);

    this.addSql(`alter table if exists "organisation_member" drop constraint if exists "organisation_member_organisation_id_foreign";`);

    this.addSql(`alter table if exists "organisation_status_change" drop constraint if exists "organisation_status_change_organisation_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "organisation_address" cascade;`);

    this.addSql(`drop table if exists "organisation_approval" cascade;`);

    this.addSql(`drop table if exists "organisation_document" cascade;`);

    this.addSql(`drop table if exists "organisation_invite" cascade;`);

    this.addSql(`drop table if exists "organisation_member" cascade;`);

    this.addSql(`drop table if exists "organisation_status_change" cascade;`);
  }

}
