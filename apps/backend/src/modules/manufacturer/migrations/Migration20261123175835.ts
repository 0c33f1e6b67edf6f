import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123175835 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "manufacturer_certificate" ("id" text not null, "type" text check ("type" in ('iso_13485', 'ce', 'fda', 'nmpa_filing', 'nmpa_registration', 'export_sales_certificate', 'other')) not null, "number" text not null, "issuer" text not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "file_id" text not null, "file_url" text not null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_certificate_manufacturer_id" ON "manufacturer_certificate" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_certificate_deleted_at" ON "manufacturer_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "manufacturer_certificate" add constraint "manufacturer_certificate_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manufacturer_certificate" cascade;`);
  }

}
