import { MedusaService } from "@medusajs/framework/utils"
import { Complaint } from "./models/complaint"
import { IndustryReport } from "./models/industry-report"
import { ProductHold } from "./models/product-hold"
import { SpotCheck } from "./models/spot-check"

export default class SupervisionModuleService extends MedusaService({ SpotCheck, IndustryReport, Complaint, ProductHold }) {}
