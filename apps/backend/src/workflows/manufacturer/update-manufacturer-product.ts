import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishableStep } from "../supervision/steps/product-holds"

/** A manufacturer edits its product; publishing it is refused while a compliance hold is open on it. */
export const updateManufacturerProductWorkflow = createWorkflow(
  "update-manufacturer-product",
  (input: { manufacturerId: string; product: UpdateProductWorkflowInputDTO & { id: string } }) => {
    when("publishes", { input }, ({ input }) => input.product.status === "published").then(() => {
      assertPublishableStep(transform({ input }, ({ input }) => ({ manufacturerId: input.manufacturerId, productId: input.product.id })))
    })
    const products = updateProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ products: [input.product] })) })
    return new WorkflowResponse(products)
  }
)
