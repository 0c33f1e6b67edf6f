import { prepareDeclarationJob } from "@aem/job-contracts"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CUSTOMS_MODULE } from "../../modules/customs"
import { customsProfile } from "../../modules/customs/profile"
import { enqueueJobStep } from "../steps/enqueue-job"
import {
  DECLARATION_ORDER_FIELDS, exportOrderFor,
  type DeclarationManufacturer, type DeclarationOrder, type DeclarationProduct,
} from "./export-order"
import { createDeclarationStep } from "./steps/create-declaration"

/**
 * A child order enters the export pipeline: its draft declaration (one per child order, linked to
 * it) and a job for the workers to build the messages and documents from what is assembled here.
 * Running it again makes no second declaration, and the job's id makes no second job.
 */
export const registerDeclarationWorkflow = createWorkflow("register-declaration", (input: { orderId: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: DECLARATION_ORDER_FIELDS,
    filters: { id: input.orderId },
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

  const source = transform({ orders, manufacturers, products }, ({ orders, manufacturers, products }) => ({
    order: orders[0] as unknown as DeclarationOrder,
    manufacturer: manufacturers[0] as unknown as DeclarationManufacturer,
    products: products as unknown as DeclarationProduct[],
  }))
  const draft = transform({ source, ids }, ({ source, ids }) => {
    // The mode, number and warnings do not depend on the declaration date.
    const built = exportOrderFor(source, customsProfile(), new Date())
    return { order_id: source.order.id, manufacturer_id: ids.manufacturerId, mode: built.mode, order_no: built.order.orderNo, warnings: built.warnings }
  })
  const { declaration, created } = createDeclarationStep(draft)
  when("only-if-created", { created }, ({ created }) => created).then(() => {
    createRemoteLinkStep(
      transform({ declaration }, ({ declaration }): LinkDefinition[] => [
        { [CUSTOMS_MODULE]: { declaration_id: declaration.id }, [Modules.ORDER]: { order_id: declaration.order_id } },
      ])
    )
  })
  const job = transform({ source, declaration }, ({ source, declaration }) => {
    // Declared at the declaration's creation, so a rebuilt declaration is the same, byte for byte.
    const built = exportOrderFor(source, customsProfile(), new Date(declaration.created_at))
    return {
      jobName: prepareDeclarationJob.name,
      payload: { declarationId: declaration.id, orderId: declaration.order_id, order: built.order, documents: built.documents },
    }
  })
  return new WorkflowResponse({ declaration, job: enqueueJobStep(job) })
})
