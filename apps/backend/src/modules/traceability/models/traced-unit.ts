import { model } from "@medusajs/framework/utils"

/**
 * One physical device that left the park: its serial number (or the serial in its GS1 UDI), and
 * where it went — the child order and line it was shipped on, the buyer's order and country, and the
 * export declaration it was declared under. Recorded by the manufacturer (or a park operator at
 * receipt); the serial is unique per manufacturer.
 */
export const TracedUnit = model
  .define("traced_unit", {
    id: model.id({ prefix: "unit" }).primaryKey(),
    manufacturer_id: model.text().index(),
    product_id: model.text().index(),
    variant_id: model.text(),
    /** The child order the unit was shipped on, and its line. */
    order_id: model.text().index(),
    line_item_id: model.text(),
    /** The buyer's order (the one the buyer sees and was paid for). */
    buyer_order_id: model.text().index(),
    country_code: model.text(),
    declaration_id: model.text().nullable(),
    serial: model.text(),
    /** GS1 UDI parts when the unit carries one; `udi` is its canonical human-readable form. */
    udi: model.text().nullable(),
    gtin: model.text().nullable(),
    lot: model.text().nullable(),
    production_date: model.dateTime().nullable(),
    expiry_date: model.dateTime().nullable(),
    recorded_by: model.text(),
  })
  .indexes([
    { on: ["manufacturer_id", "serial"], unique: true },
    { on: ["udi"], where: "udi IS NOT NULL" },
  ])
