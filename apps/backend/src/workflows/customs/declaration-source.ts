import { prepareDeclarationJob } from "@aem/job-contracts"
import { convertExportOrder, type CustomsExchangeRate } from "@aem/trade-kit"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { customsProfile } from "../../modules/customs/profile"
import {
  DECLARATION_ORDER_FIELDS, exportOrderFor,
  type DeclarationManufacturer, type DeclarationOrder, type DeclarationProduct,
} from "./export-order"

export type DeclarationSource = { order: DeclarationOrder; manufacturer: DeclarationManufacturer; products: DeclarationProduct[] }

/**
 * Inside a workflow: what a child order's declaration is built from, read as it is now — the order,
 * its manufacturer and its products' trade data (so a corrected HS code or weight is in the next build).
 */
export function useDeclarationSource(orderId: WorkflowData<string> | string) {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: DECLARATION_ORDER_FIELDS,
    filters: { id: orderId },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "child-order" })
  const ids = transform({ orders }, ({ orders }) => {
    const order = orders[0] as unknown as DeclarationOrder & { metadata: { manufacturer_id: string } }
    return {
      manufacturerId: order.metadata.manufacturer_id,
      productIds: [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))],
    }
  })
  const { data: manufacturers } = useQueryGraphStep({
    entity: "manufacturer",
    fields: ["id", "customs_code", "legal_name_zh", "unified_social_credit_code", "address", "contact_name", "contact_phone"],
    filters: { id: ids.manufacturerId },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "manufacturer" })
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "title", "hs_code", "weight", "metadata"],
    filters: { id: ids.productIds },
  }).config({ name: "products" })

  const source = transform({ orders, manufacturers, products }, ({ orders, manufacturers, products }): DeclarationSource => ({
    order: orders[0] as unknown as DeclarationOrder,
    manufacturer: manufacturers[0] as unknown as DeclarationManufacturer,
    products: products as unknown as DeclarationProduct[],
  }))
  return { source, manufacturerId: ids.manufacturerId }
}

/**
 * The workers' job for a declaration version. Declared at `declaredAt` (the declaration's creation
 * for version 1, its resubmission for later ones), so a rebuilt version is the same, byte for byte;
 * in CNY at customs' rate when `conversion` is given (the documents then match the declaration).
 */
export function declarationJobFor(
  source: DeclarationSource,
  declaration: { id: string; order_id: string; version: number },
  declaredAt: Date,
  conversion: CustomsExchangeRate | null
) {
  const built = exportOrderFor(source, customsProfile(), declaredAt)
  return {
    jobName: prepareDeclarationJob.name,
    payload: {
      declarationId: declaration.id,
      orderId: declaration.order_id,
      ...(declaration.version > 1 && { version: declaration.version }),
      order: conversion ? convertExportOrder(built.order, conversion) : built.order,
      documents: built.documents,
    },
  }
}
