import { Module } from "@medusajs/framework/utils"
import FittingModuleService from "./service"

export const FITTING_MODULE = "fitting"

export default Module(FITTING_MODULE, {
  service: FittingModuleService,
})
