import { MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionRate } from "./models/commission-rate"

export default class CommissionModuleService extends MedusaService({ CommissionRate, CommissionLine }) {}
