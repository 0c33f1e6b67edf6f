import { MedusaService } from "@medusajs/framework/utils"
import { FittingRequest } from "./models/fitting-request"

export default class FittingModuleService extends MedusaService({ FittingRequest }) {}
