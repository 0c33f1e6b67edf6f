import { MedusaService } from "@medusajs/framework/utils"
import { Consignment } from "./models/consignment"
import { ConsignmentPackage } from "./models/consignment-package"
import { Operator } from "./models/operator"
import { OperatorInvite } from "./models/operator-invite"
import { Park } from "./models/park"
import { TrackingEvent } from "./models/tracking-event"
import { WaybillCorrection } from "./models/waybill-correction"

export default class LogisticsModuleService extends MedusaService({ Park, Operator, OperatorInvite, Consignment, ConsignmentPackage, TrackingEvent, WaybillCorrection }) {}
