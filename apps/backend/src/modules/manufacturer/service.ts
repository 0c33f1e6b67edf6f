import { MedusaService } from "@medusajs/framework/utils"
import { Manufacturer } from "./models/manufacturer"

export default class ManufacturerModuleService extends MedusaService({ Manufacturer }) {}
