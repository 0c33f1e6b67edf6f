import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123174005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "manufacturer_member" drop constraint if exists "manufacturer_member_email_unique";`);
    this.addSql(`create table if not exists "manufacturer_member" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manufacturer_member_email_unique" ON "manufacturer_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_member_manufacturer_id" ON "manufacturer_member" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_member_deleted_at" ON "manufacturer_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "manufacturer_member" add constraint "manufacturer_member_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manufacturer_member" cascade;`);
  }

}
