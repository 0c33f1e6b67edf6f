import { Module } from "@medusajs/framework/utils"
import ServicePartnerModuleService from "./service"

export const SERVICE_PARTNER_MODULE = "service_partner"

export default Module(SERVICE_PARTNER_MODULE, {
  service: ServicePartnerModuleService,
})
