import { model } from "@medusajs/framework/utils"
import { Organisation } from "./organisation"

/** Who changed an organisation's status, when (created_at) and why. */
export const OrganisationStatusChange = model.define("organisation_status_change", {
  id: model.id({ prefix: "orgsc" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  organisation: model.belongsTo(() => Organisation, { mappedBy: "status_changes" }),
})
