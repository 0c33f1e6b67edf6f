import { MedusaService } from "@medusajs/framework/utils"
import { ManufacturerCertificate } from "./models/certificate"
import { Manufacturer } from "./models/manufacturer"
import { ManufacturerInvite } from "./models/manufacturer-invite"
import { ManufacturerMember } from "./models/manufacturer-member"
import { ManufacturerStatusChange } from "./models/manufacturer-status-change"

export default class ManufacturerModuleService extends MedusaService({ Manufacturer, ManufacturerMember, ManufacturerStatusChange, ManufacturerCertificate, ManufacturerInvite }) {}
