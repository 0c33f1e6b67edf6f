import { model } from "@medusajs/framework/utils"
import { Consignment } from "./consignment"

/**
 * A waybill (or carrier) put right after the hand-over, usually a typo: what it was, what it became,
 * which operator changed it and why. The consignment, its Medusa shipment label and its timeline say
 * the corrected one; this keeps the history.
 */
export const WaybillCorrection = model.define("waybill_correction", {
  id: model.id({ prefix: "wbc" }).primaryKey(),
  previous_carrier: model.text(),
  previous_waybill_number: model.text(),
  carrier: model.text(),
  waybill_number: model.text(),
  reason: model.text(),
  /** The operator who made the correction. */
  corrected_by: model.text(),
  consignment: model.belongsTo(() => Consignment, { mappedBy: "waybill_corrections" }),
})
