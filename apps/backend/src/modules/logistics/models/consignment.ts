import { model } from "@medusajs/framework/utils"
import { CONSIGNMENT_STATUSES } from "../status"
import { ConsignmentPackage } from "./consignment-package"
import { Park } from "./park"
import { TrackingEvent } from "./tracking-event"
import { WaybillCorrection } from "./waybill-correction"

/**
 * One child order's goods at the park: allocated when customs accepts its declaration, received,
 * packed, handed to a carrier once customs has released it, then followed to the buyer.
 */
export const Consignment = model
  .define("consignment", {
    id: model.id({ prefix: "csgn" }).primaryKey(),
    /** The child order; unique, so a repeated hand-off job never makes a second consignment. */
    order_id: model.text().unique(),
    /** The buyer's order, which holds the Medusa fulfillment of these items. */
    buyer_order_id: model.text().index(),
    manufacturer_id: model.text().index(),
    declaration_id: model.text(),
    /** Printed on the label and scanned at receipt. */
    barcode: model.text().unique(),
    status: model.enum([...CONSIGNMENT_STATUSES]).default("allocated"),
    /** The kind of the latest open exception (damaged, missing, customs hold); null once operators resolved them all. */
    exception: model.text().nullable(),
    carrier: model.text().nullable(),
    waybill_number: model.text().nullable(),
    destination_country: model.text(),
    expected_packages: model.number().default(1),
    fulfillment_id: model.text().nullable(),
    manifest_sent_at: model.dateTime().nullable(),
    park: model.belongsTo(() => Park, { mappedBy: "consignments" }),
    packages: model.hasMany(() => ConsignmentPackage, { mappedBy: "consignment" }),
    tracking_events: model.hasMany(() => TrackingEvent, { mappedBy: "consignment" }),
    waybill_corrections: model.hasMany(() => WaybillCorrection, { mappedBy: "consignment" }),
  })
  .indexes([{ on: ["waybill_number"], unique: true, where: "waybill_number IS NOT NULL" }])
  .cascades({ delete: ["packages", "tracking_events", "waybill_corrections"] })
