import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123173642 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "manufacturer_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "withdrawn_listings" jsonb null, "manufacturer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manufacturer_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_status_change_manufacturer_id" ON "manufacturer_status_change" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manufacturer_status_change_deleted_at" ON "manufacturer_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "manufacturer_status_change" add constraint "manufacturer_status_change_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manufacturer_status_change" cascade;`);
  }

}
