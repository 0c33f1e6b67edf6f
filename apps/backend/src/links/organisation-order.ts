import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrganisationModule from "../modules/organisation"

// The buyer orders placed for an organisation (the cart was checked out "for the organisation").
export default defineLink(OrganisationModule.linkable.organisation, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
