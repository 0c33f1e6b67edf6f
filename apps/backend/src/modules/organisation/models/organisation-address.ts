import { model } from "@medusajs/framework/utils"
import { Organisation } from "./organisation"

/** A delivery or billing address its members may check out to (a clinic's ward, a warehouse). */
export const OrganisationAddress = model.define("organisation_address", {
  id: model.id({ prefix: "orgaddr" }).primaryKey(),
  label: model.text(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  company: model.text().nullable(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  postal_code: model.text().nullable(),
  province: model.text().nullable(),
  country_code: model.text(),
  phone: model.text().nullable(),
  organisation: model.belongsTo(() => Organisation, { mappedBy: "addresses" }),
})
