import { model } from "@medusajs/framework/utils"
import { ServicePartner } from "./service-partner"

/**
 * A manufacturer's authorisation of a verified partner to service its products: all of them, or only the
 * products named, or only those of the ISO 9999 classes named (a class covers its subclasses). One per pair.
 */
export const PartnerAuthorisation = model
  .define("partner_authorisation", {
    id: model.id({ prefix: "pauth" }).primaryKey(),
    manufacturer_id: model.text().index(),
    /** Null: every product of the manufacturer. */
    product_ids: model.array().nullable(),
    iso_classes: model.array().nullable(),
    authorised_by: model.text(),
    partner: model.belongsTo(() => ServicePartner, { mappedBy: "authorisations" }),
  })
  .indexes([{ on: ["manufacturer_id", "partner_id"], unique: true }])
