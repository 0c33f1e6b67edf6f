import { MedusaService } from "@medusajs/framework/utils"
import { Manufacturer } from "./models/manufacturer"
import { ManufacturerStatusChange } from "./models/manufacturer-status-change"

export default class ManufacturerModuleService extends MedusaService({ Manufacturer, ManufacturerStatusChange }) {}
