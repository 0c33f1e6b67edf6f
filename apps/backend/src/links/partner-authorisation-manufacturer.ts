import { defineLink } from "@medusajs/framework/utils"
import ManufacturerModule from "../modules/manufacturer"
import ServicePartnerModule from "../modules/service-partner"

// Read-only: an authorisation keeps its manufacturer's id; partners and buyers read the manufacturer's name through it.
export default defineLink(
  { linkable: ServicePartnerModule.linkable.partnerAuthorisation, field: "manufacturer_id" },
  ManufacturerModule.linkable.manufacturer,
  { readOnly: true }
)
