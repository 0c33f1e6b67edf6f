import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type CreateOrderGroupInput = {
  buyer_order_id: string
  currency_code: string
  child_orders: { order_id: string; manufacturer_id: string }[]
}

/** Records the group; its unique buyer order makes a second, concurrent split of the same order fail here. */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const { child_orders, ...fields } = input
    const group = await service.createOrderGroups(fields)
    const childOrders = await service.createChildOrders(child_orders.map((c) => ({ ...c, order_group_id: group.id })))
    return new StepResponse({ group, childOrders }, group.id)
  },
  async (groupId, { container }) => {
    if (!groupId) return
    await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).deleteOrderGroups(groupId)
  }
)
