import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207215033 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_authorisation" drop constraint if exists "partner_authorisation_manufacturer_id_partner_id_unique";`);
    this.addSql(`alter table if exists "partner_invite" drop constraint if exists "partner_invite_token_unique";`);
    this.addSql(`alter table if exists "partner_member" drop constraint if exists "partner_member_email_unique";`);
    this.addSql(`create table if not exists "service_partner" ("id" text not null, "kind" text check ("kind" in ('fitting_centre', 'repairer', 'clinic')) not null, "legal_name" text not null, "country_code" text not null, "city" text not null, "address" text not null, "services" text[] not null, "languages" text[] not null, "opening_hours" text not null, "contact_name" text not null, "contact_email" text not null, "contact_phone" text not null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "status_changed_at" timestamptz null, "status_changed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_partner_country_code" ON "service_partner" ("country_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_partner_deleted_at" ON "service_partner" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "service_job" ("id" text not null, "order_id" text not null, "traced_unit_id" text null, "product_id" text null, "customer_id" text null, "email" text not null, "locale" text not null, "service" text check ("service" in ('assessment', 'fitting', 'assembly', 'repair', 'training')) not null, "note" text null, "proposed_times" text[] not null, "status" text check ("status" in ('requested', 'accepted', 'declined', 'scheduled', 'completed', 'cancelled')) not null default 'requested', "status_reason" text null, "cancelled_by" text null, "scheduled_at" timestamptz null, "completed_at" timestamptz null, "report_summary" text null, "report_measurements" jsonb null, "report_photos" jsonb null, "handled_by" text null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_job_order_id" ON "service_job" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_job_partner_id" ON "service_job" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_job_deleted_at" ON "service_job" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_member" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_member_email_unique" ON "partner_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_member_partner_id" ON "partner_member" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_member_deleted_at" ON "partner_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_invite" ("id" text not null, "email" text not null, "name" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_invite_token_unique" ON "partner_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_invite_partner_id" ON "partner_invite" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_invite_deleted_at" ON "partner_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_authorisation" ("id" text not null, "manufacturer_id" text not null, "product_ids" text[] null, "iso_classes" text[] null, "authorised_by" text not null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_authorisation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_authorisation_manufacturer_id" ON "partner_authorisation" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_authorisation_partner_id" ON "partner_authorisation" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_authorisation_deleted_at" ON "partner_authorisation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_authorisation_manufacturer_id_partner_id_unique" ON "partner_authorisation" ("manufacturer_id", "partner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_job" add constraint "service_job_partner_id_foreign" foreign key ("partner_id") references "service_partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_member" add constraint "partner_member_partner_id_foreign" foreign key ("partner_id") references "service_partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "partner_invite" add constraint "partner_invite_partner_id_foreign" foreign key ("partner_id") references "service_partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "partner_authorisation" add constraint "partner_authorisation_partner_id_foreign" foreign key ("partner_id") references "service_partner" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "service_job" drop constraint if exists "service_job_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_member" drop constraint if exists "partner_member_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_invite" drop constraint if exists "partner_invite_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_authorisation" drop constraint if exists "partner_authorisation_partner_id_foreign";`);

    this.addSql(`drop table if exists "service_partner" cascade;`);

    this.addSql(`drop table if exists "service_job" cascade;`);

    this.addSql(`drop table if exists "partner_member" cascade;`);

    this.addSql(`drop table if exists "partner_invite" cascade;`);

    this.addSql(`drop table if exists "partner_authorisation" cascade;`);
  }

}
