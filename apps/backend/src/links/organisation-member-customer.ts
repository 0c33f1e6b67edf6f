import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import OrganisationModule from "../modules/organisation"

// Read-only: a member keeps its customer's id, so the query graph brings the member's name and email.
export default defineLink(
  { linkable: OrganisationModule.linkable.organisationMember, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
