import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207152119 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "waybill_correction" ("id" text not null, "previous_carrier" text not null, "previous_waybill_number" text not null, "carrier" text not null, "waybill_number" text not null, "reason" text not null, "corrected_by" text not null, "consignment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "waybill_correction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waybill_correction_consignment_id" ON "waybill_correction" ("consignment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waybill_correction_deleted_at" ON "waybill_correction" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "waybill_correction" add constraint "waybill_correction_consignment_id_foreign" foreign key ("consignment_id") references "consignment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "tracking_event" add column if not exists "sequence" serial;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "waybill_correction" cascade;`);

    this.addSql(`alter table if exists "tracking_event" drop column if exists "sequence";`);
  }

}
