import { MedusaService } from "@medusajs/framework/utils"
import { CustomsDocument } from "./models/customs-document"
import { CustomsExchangeRate } from "./models/customs-exchange-rate"
import { CustomsMessage } from "./models/customs-message"
import { Declaration } from "./models/declaration"

export default class CustomsModuleService extends MedusaService({ Declaration, CustomsMessage, CustomsDocument, CustomsExchangeRate }) {}
