import { model } from "@medusajs/framework/utils"
import { Manufacturer } from "./manufacturer"

/** A person who logs in for a manufacturer (actor type `manufacturer`): its owner or staff. */
export const ManufacturerMember = model.define("manufacturer_member", {
  id: model.id({ prefix: "mfrmem" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text(),
  last_name: model.text(),
  role: model.enum(["owner", "staff"]).default("staff"),
  manufacturer: model.belongsTo(() => Manufacturer, { mappedBy: "members" }),
})
