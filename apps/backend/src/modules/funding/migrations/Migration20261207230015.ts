import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207230015 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "funding_entitlement" drop constraint if exists "funding_entitlement_code_unique";`);
    this.addSql(`create table if not exists "funding_programme" ("id" text not null, "name" text not null, "funder_name" text not null, "iso_classes" text[] null, "product_ids" text[] null, "country_codes" text[] not null, "share_percent" integer not null, "cap_per_person" numeric null, "currency_code" text not null, "budget" numeric not null, "budget_remaining" numeric not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "raw_cap_per_person" jsonb null, "raw_budget" jsonb not null, "raw_budget_remaining" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "funding_programme_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_funding_programme_deleted_at" ON "funding_programme" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "funding_entitlement" ("id" text not null, "code" text not null, "beneficiary_name" text not null, "country_code" text not null, "evidence_note" text not null, "organisation_id" text null, "registered_by" text not null, "status" text check ("status" in ('issued', 'used')) not null default 'issued', "cart_id" text null, "order_id" text null, "funded_amount" numeric null, "funded_by_class" jsonb null, "programme_id" text not null, "raw_funded_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "funding_entitlement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_funding_entitlement_programme_id" ON "funding_entitlement" ("programme_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_funding_entitlement_deleted_at" ON "funding_entitlement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_funding_entitlement_code_unique" ON "funding_entitlement" ("code") WHERE deleted_at IS NULL;`);

    // The budget's last guard: a reservation that would overspend it fails even if the code's condition were lost.
    this.addSql(`alter table if exists "funding_programme" add constraint "funding_programme_budget_not_overspent" check ("budget_remaining" >= 0);`);
    this.addSql(`alter table if exists "funding_entitlement" add constraint "funding_entitlement_programme_id_foreign" foreign key ("programme_id") references "funding_programme" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "funding_entitlement" drop constraint if exists "funding_entitlement_programme_id_foreign";`);

    this.addSql(`drop table if exists "funding_programme" cascade;`);

    this.addSql(`drop table if exists "funding_entitlement" cascade;`);
  }

}
