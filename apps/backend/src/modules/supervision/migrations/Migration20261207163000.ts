import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * What a recall or a suspension took off sale is now kept on its hold (`product_hold.withdrawn_listings`),
 * so whichever hold is lifted last puts it back. Open holds take over what their recall or suspension
 * recorded, and those records' own columns go.
 */
export class Migration20261207163000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_hold" add column if not exists "withdrawn_listings" jsonb null;`);
    this.addSql(`do $$ begin
      if exists (select 1 from information_schema.columns where table_name = 'recall' and column_name = 'withdrawn_listings') then
        update "product_hold" h set "withdrawn_listings" = r."withdrawn_listings"
          from "recall" r where h."kind" = 'recall_open' and h."source_id" = r."id" and h."lifted_at" is null;
        alter table "recall" drop column "withdrawn_listings";
      end if;
      if exists (select 1 from information_schema.columns where table_name = 'manufacturer_status_change' and column_name = 'withdrawn_listings') then
        update "product_hold" h set "withdrawn_listings" = jsonb_build_object('listings', coalesce(
            (select jsonb_agg(l) from jsonb_array_elements(c."withdrawn_listings"->'listings') l where l->>'product_id' = h."product_id"), '[]'::jsonb))
          from "manufacturer_status_change" c where h."kind" = 'manufacturer_suspended' and h."source_id" = c."id" and h."lifted_at" is null;
        alter table "manufacturer_status_change" drop column "withdrawn_listings";
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "recall" add column if not exists "withdrawn_listings" jsonb null;`);
    this.addSql(`alter table if exists "manufacturer_status_change" add column if not exists "withdrawn_listings" jsonb null;`);
    this.addSql(`alter table if exists "product_hold" drop column if exists "withdrawn_listings";`);
  }

}
