import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123180934 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "manufacturer_invite" drop constraint if exists "manufacturer_invite_token_unique";`);
    this.addSql(`create table if not exists "manufacturer_invite" ("id" text not null, "email" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_invite_token_unique" ON "manufacturer_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_invite_manufacturer_id" ON "manufacturer_invite" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_invite_deleted_at" ON "manufacturer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "manufacturer_invite" add constraint "manufacturer_invite_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manufacturer_invite" cascade;`);
  }

}
