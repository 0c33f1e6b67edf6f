import { commissionMinor, minorExponent, resolveCommissionRate, toMinor } from "@aem/trade-kit"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import ManufacturerProductLink from "../../links/manufacturer-product"
import { COMMISSION_MODULE } from "../../modules/commission"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import { BUYER_ORDER_FIELDS, lineNetAmount, planSplit, type BuyerOrder } from "./plan-split"
import { createCommissionLinesStep } from "./steps/create-commission-lines"
import { createOrderGroupStep } from "./steps/create-order-group"

type ChildOrderDetail = {
  id: string
  currency_code: string
  metadata: { manufacturer_id: string }
  items: (Parameters<typeof lineNetAmount>[0] & { id: string; product_id: string | null })[]
}

/**
 * A buyer's order becomes an order group: one child order per manufacturer, linked to it, with the
 * platform's commission on every line. Running it again for the same order changes nothing and
 * returns the child orders made the first time.
 */
export const splitOrderByManufacturerWorkflow = createWorkflow(
  "split-order-by-manufacturer",
  (input: { orderId: string }) => {
    const { data: existing } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id", "child_orders.order_id"],
      filters: { buyer_order_id: input.orderId },
    }).config({ name: "find-existing-split" })

    const created = when("not-yet-split", { existing }, ({ existing }) => existing.length === 0).then(() => {
      const { data: orders } = useQueryGraphStep({
        entity: "order",
        fields: BUYER_ORDER_FIELDS,
        filters: { id: input.orderId },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "buyer-order" })
      const productIds = transform({ orders }, ({ orders }) => [
        ...new Set((orders[0].items ?? []).map((i) => i?.product_id).filter((id): id is string => !!id)),
      ])
      // A link's entry point is known only once links are loaded, so it is read when the step runs.
      const { data: makers } = useQueryGraphStep(
        transform({ productIds }, ({ productIds }) => ({
          entity: ManufacturerProductLink.entryPoint,
          fields: ["product_id", "manufacturer_id"],
          filters: { product_id: productIds },
        })) as unknown as { entity: "manufacturer_product"; fields: string[] }
      ).config({ name: "manufacturers-of-products" })
      const { data: products } = useQueryGraphStep({
        entity: "product",
        fields: ["id", "metadata"],
        filters: { id: productIds },
      }).config({ name: "product-classes" })
      const { data: rates } = useQueryGraphStep({
        entity: "commission_rate",
        fields: ["manufacturer_id", "iso_class", "rate_bps"],
      }).config({ name: "commission-rates" })

      const plan = transform({ orders, makers }, ({ orders, makers }) =>
        planSplit(orders[0] as unknown as BuyerOrder, Object.fromEntries(makers.map((m) => [m.product_id, m.manufacturer_id])))
      )
      const childOrders = createOrdersStep(transform({ plan }, ({ plan }) => plan.map((p) => p.order)))
      // Commission and manufacturer links first: the group, recorded last, is the sign that the split is complete.
      const { data: details } = useQueryGraphStep({
        entity: "order",
        // items.* because an order line's quantity lives in its item detail, which only the wildcard brings.
        fields: ["id", "currency_code", "metadata", "items.*", "items.adjustments.amount", "items.tax_lines.rate"],
        filters: { id: transform({ childOrders }, ({ childOrders }) => childOrders.map((o) => o.id)) },
      }).config({ name: "child-order-totals" })
      const commissionLines = createCommissionLinesStep(
        transform({ details, products, rates }, ({ details, products, rates }) => {
          const classOf = Object.fromEntries(products.map((p) => [p.id, (p.metadata?.iso_9999 as string | undefined) ?? null]))
          const rules = rates.map((r) => ({ manufacturerId: r.manufacturer_id, isoClass: r.iso_class, rateBps: r.rate_bps }))
          return (details as unknown as ChildOrderDetail[]).flatMap((order) =>
            order.items.map((item) => {
              const isoClass = item.product_id ? classOf[item.product_id] : null
              const manufacturerId = order.metadata.manufacturer_id
              const rate = resolveCommissionRate(rules, { manufacturerId, isoClass })
              const base = toMinor(lineNetAmount(item), order.currency_code)
              const scale = 10 ** minorExponent(order.currency_code)
              return {
                order_id: order.id,
                line_item_id: item.id,
                manufacturer_id: manufacturerId,
                iso_class: isoClass,
                currency_code: order.currency_code,
                base_amount: base / scale,
                rate_bps: rate.rateBps,
                rate_source: rate.source,
                amount: commissionMinor(base, rate.rateBps) / scale,
              }
            })
          )
        })
      )
      createRemoteLinkStep(
        transform({ commissionLines, details }, ({ commissionLines, details }) =>
          [
            ...commissionLines.map((l): LinkDefinition => ({ [Modules.ORDER]: { order_id: l.order_id }, [COMMISSION_MODULE]: { commission_line_id: l.id } })),
            ...details.map((o): LinkDefinition => ({
              [MANUFACTURER_MODULE]: { manufacturer_id: (o.metadata as { manufacturer_id: string }).manufacturer_id },
              [Modules.ORDER]: { order_id: o.id },
            })),
          ]
        )
      ).config({ name: "link-commission-and-manufacturers" })
      const { group, childOrders: progress } = createOrderGroupStep(
        transform({ orders, childOrders }, ({ orders, childOrders }) => ({
          buyer_order_id: orders[0].id,
          currency_code: orders[0].currency_code,
          child_orders: childOrders.map((o) => ({ order_id: o.id, manufacturer_id: (o.metadata as { manufacturer_id: string }).manufacturer_id })),
        }))
      )
      createRemoteLinkStep(
        transform({ progress }, ({ progress }) =>
          progress.map((c): LinkDefinition => ({ [ORDER_GROUP_MODULE]: { child_order_id: c.id }, [Modules.ORDER]: { order_id: c.order_id } }))
        )
      ).config({ name: "link-child-orders" })

      return transform({ group, progress }, ({ group, progress }) => ({ id: group.id, childOrderIds: progress.map((c) => c.order_id) }))
    })

    return new WorkflowResponse(
      transform({ existing, created }, ({ existing, created }) =>
        created ?? { id: existing[0].id, childOrderIds: (existing[0].child_orders ?? []).map((c) => c!.order_id) }
      )
    )
  }
)
