import { Module } from "@medusajs/framework/utils"
import OrderGroupModuleService from "./service"

export const ORDER_GROUP_MODULE = "order_group"

export default Module(ORDER_GROUP_MODULE, {
  service: OrderGroupModuleService,
})
