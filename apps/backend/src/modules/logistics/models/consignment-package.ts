import { model } from "@medusajs/framework/utils"
import { Consignment } from "./consignment"

/** A carton as weighed and measured at the park. */
export const ConsignmentPackage = model
  .define("consignment_package", {
    id: model.id({ prefix: "cpkg" }).primaryKey(),
    sequence: model.number(),
    weight_g: model.number(),
    length_mm: model.number(),
    width_mm: model.number(),
    height_mm: model.number(),
    barcode: model.text().unique(),
    consignment: model.belongsTo(() => Consignment, { mappedBy: "packages" }),
  })
  .indexes([{ on: ["consignment_id", "sequence"], unique: true }])
