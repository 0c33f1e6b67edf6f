import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The file store of the default install: each stored file's bytes in the database, so files live as long as the data that names them. */
export class Migration20261205090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stored_file" ("key" text not null, "access" text check ("access" in ('public', 'private')) not null, "mime_type" text not null, "size" integer not null, "sha256" text not null, "content" bytea not null, "created_at" timestamptz not null default now(), constraint "stored_file_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);
  }

}
