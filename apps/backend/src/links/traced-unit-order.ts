import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import TraceabilityModule from "../modules/traceability"

// The units shipped on a child order (the consignment of the child order, once logistics records it).
export default defineLink({ linkable: TraceabilityModule.linkable.tracedUnit, isList: true }, OrderModule.linkable.order)
