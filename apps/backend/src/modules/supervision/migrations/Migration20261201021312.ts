import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201021312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "complaint" ("id" text not null, "manufacturer_id" text not null, "customer_id" text not null, "buyer_order_id" text not null, "order_id" text not null, "line_item_id" text null, "product_id" text null, "serial" text null, "category" text check ("category" in ('defect', 'wrong_item', 'late_delivery', 'safety_incident', 'other')) not null, "description" text not null, "status" text check ("status" in ('open', 'answered', 'closed')) not null default 'open', "answer" text null, "answered_at" timestamptz null, "answered_by" text null, "resolution" text null, "closed_at" timestamptz null, "closed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_complaint_manufacturer_id" ON "complaint" ("manufacturer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_complaint_customer_id" ON "complaint" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_complaint_buyer_order_id" ON "complaint" ("buyer_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_complaint_deleted_at" ON "complaint" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaint" cascade;`);
  }

}
