import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130225144 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customs_document" drop constraint if exists "customs_document_declaration_id_kind_version_unique";`);
    this.addSql(`alter table if exists "declaration" add column if not exists "version" integer not null default 1, add column if not exists "cancellation_reason" text null;`);

    this.addSql(`alter table if exists "customs_message" add column if not exists "version" integer not null default 1;`);

    this.addSql(`drop index if exists "IDX_customs_document_declaration_id_kind_unique";`);

    this.addSql(`alter table if exists "customs_document" add column if not exists "version" integer not null default 1;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_document_declaration_id_kind_version_unique" ON "customs_document" ("declaration_id", "kind", "version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "declaration" drop column if exists "version", drop column if exists "cancellation_reason";`);

    this.addSql(`alter table if exists "customs_message" drop column if exists "version";`);

    this.addSql(`drop index if exists "IDX_customs_document_declaration_id_kind_version_unique";`);
    this.addSql(`alter table if exists "customs_document" drop column if exists "version";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customs_document_declaration_id_kind_unique" ON "customs_document" ("declaration_id", "kind") WHERE deleted_at IS NULL;`);
  }

}
