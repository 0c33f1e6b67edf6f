import { model } from "@medusajs/framework/utils"
import { Manufacturer } from "./manufacturer"

/** Who changed a manufacturer's status, when (created_at) and why. */
export const ManufacturerStatusChange = model.define("manufacturer_status_change", {
  id: model.id({ prefix: "mfrsc" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  manufacturer: model.belongsTo(() => Manufacturer, { mappedBy: "status_changes" }),
})
