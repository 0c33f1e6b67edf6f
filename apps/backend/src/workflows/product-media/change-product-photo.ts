import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, deleteFilesWorkflow, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { planPhotoChange, type PhotoChange } from "./photos"
import { productImagesInput, productMediaLock, readProductPhotosStep, type ProductPhotos } from "./read-photos"

const planPhotoChangeStep = createStep("plan-product-photo-change", async (input: { current: ProductPhotos; change: PhotoChange }) =>
  new StepResponse(planPhotoChange(input.current, input.change))
)

/**
 * A manufacturer describes, moves, picks as thumbnail or removes one photo of its product. A removed photo's
 * files are deleted last, once the product no longer names them (a failed update keeps them).
 */
export const changeProductPhotoWorkflow = createWorkflow(
  "change-product-photo",
  (input: { productId: string; change: PhotoChange }) => {
    const lock = transform({ input }, ({ input }) => productMediaLock(input.productId))
    acquireLockStep({ key: lock, timeout: 30, ttl: 60 })
    const current = readProductPhotosStep(input.productId)
    const plan = planPhotoChangeStep(transform({ input, current }, ({ input, current }) => ({ current, change: input.change })))
    updateProductsWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        products: [{ id: input.productId, images: productImagesInput(plan.images), thumbnail: plan.thumbnail }],
      })),
    })
    deleteFilesWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: plan.removedKeys })) })
    releaseLockStep({ key: lock })
    return new WorkflowResponse(plan)
  }
)
