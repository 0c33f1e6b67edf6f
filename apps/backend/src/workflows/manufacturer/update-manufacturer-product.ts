import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishableStep, productHoldLock } from "../supervision/steps/product-holds"

/**
 * A manufacturer edits its product; publishing it is refused while a compliance hold is open on it.
 * The check and the write run under the product's hold lock, so a hold placed meanwhile waits for
 * the write (and then takes the product off sale) or is seen by the check.
 */
export const updateManufacturerProductWorkflow = createWorkflow(
  "update-manufacturer-product",
  (input: { manufacturerId: string; product: UpdateProductWorkflowInputDTO & { id: string } }) => {
    const lock = transform({ input }, ({ input }) => productHoldLock(input.product.id))
    acquireLockStep({ key: lock, timeout: 30, ttl: 60 })
    when("publishes", { input }, ({ input }) => input.product.status === "published").then(() => {
      assertPublishableStep(transform({ input }, ({ input }) => ({ manufacturerId: input.manufacturerId, productId: input.product.id })))
    })
    const products = updateProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ products: [input.product] })) })
    releaseLockStep({ key: lock })
    return new WorkflowResponse(products)
  }
)
