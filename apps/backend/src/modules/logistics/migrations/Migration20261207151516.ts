import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207151516 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "operator_invite" drop constraint if exists "operator_invite_token_unique";`);
    this.addSql(`create table if not exists "operator_invite" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('operator', 'supervisor')) not null default 'operator', "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "park_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "operator_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_operator_invite_token_unique" ON "operator_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_operator_invite_park_id" ON "operator_invite" ("park_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_operator_invite_deleted_at" ON "operator_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "operator_invite" add constraint "operator_invite_park_id_foreign" foreign key ("park_id") references "park" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "operator_invite" cascade;`);
  }

}
