import { MedusaService } from "@medusajs/framework/utils"
import { Recall } from "./models/recall"
import { RecallNotice } from "./models/recall-notice"
import { TracedUnit } from "./models/traced-unit"

export default class TraceabilityModuleService extends MedusaService({ TracedUnit, Recall, RecallNotice }) {}
