import { model } from "@medusajs/framework/utils"
import { Manufacturer } from "./manufacturer"

/** The owner's invitation for a staff member; the token travels by email and works once. */
export const ManufacturerInvite = model.define("manufacturer_invite", {
  id: model.id({ prefix: "mfrinv" }).primaryKey(),
  email: model.text(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  manufacturer: model.belongsTo(() => Manufacturer, { mappedBy: "invites" }),
})
