import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130225041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "job_record" drop constraint if exists "job_record_queue_job_id_unique";`);
    this.addSql(`create table if not exists "job_record" ("id" text not null, "queue" text not null, "name" text not null, "job_id" text not null, "business_key" text null, "state" text check ("state" in ('waiting', 'active', 'retrying', 'completed', 'failed', 'removed')) not null, "attempts" integer not null default 0, "max_attempts" integer not null default 1, "last_error" text null, "added_at" timestamptz null, "started_at" timestamptz null, "finished_at" timestamptz null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "job_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_record_queue" ON "job_record" ("queue") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_record_name" ON "job_record" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_record_business_key" ON "job_record" ("business_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_record_state" ON "job_record" ("state") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_record_deleted_at" ON "job_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_job_record_queue_job_id_unique" ON "job_record" ("queue", "job_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_record" cascade;`);
  }

}
