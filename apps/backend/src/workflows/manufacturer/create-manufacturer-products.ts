import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import { assertPublishableStep } from "../supervision/steps/product-holds"

/**
 * A manufacturer lists products. They go on sale (the store's sales channels) only while the
 * manufacturer is approved; a pending manufacturer's products wait for approval. A suspended
 * manufacturer may list drafts, not publish.
 */
export const createManufacturerProductsWorkflow = createWorkflow(
  "create-manufacturer-products",
  (input: { manufacturerId: string; products: CreateProductWorkflowInputDTO[] }) => {
    when("publishes", { input }, ({ input }) => input.products.some((p) => p.status === "published")).then(() => {
      assertPublishableStep(transform({ input }, ({ input }) => ({ manufacturerId: input.manufacturerId, productId: null })))
    })
    const products = createProductsWorkflow.runAsStep({ input: { products: input.products } })
    const links = transform({ input, products }, ({ input, products }) =>
      products.map((p) => ({
        [MANUFACTURER_MODULE]: { manufacturer_id: input.manufacturerId },
        [Modules.PRODUCT]: { product_id: p.id },
      }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(products)
  }
)
