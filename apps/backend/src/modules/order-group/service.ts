import { MedusaService } from "@medusajs/framework/utils"
import { ChildOrder } from "./models/child-order"
import { OrderGroup } from "./models/order-group"

export default class OrderGroupModuleService extends MedusaService({ OrderGroup, ChildOrder }) {}
