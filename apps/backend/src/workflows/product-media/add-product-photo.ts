import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { byRank, type PhotoMetadata } from "./photos"
import { productImagesInput, productMediaLock, readProductPhotosStep, type ProductPhotos } from "./read-photos"
import { MAX_PHOTOS_PER_PRODUCT } from "./renditions"

type AddProductPhotoInput = {
  productId: string
  /** The photo's sizes as WebP (base64), narrowest first. */
  sizes: { width: number; height: number; content: string }[]
  alt: PhotoMetadata["alt"]
}

const assertRoomForPhotoStep = createStep("assert-room-for-product-photo", async (current: ProductPhotos) => {
  if (current.images.length >= MAX_PHOTOS_PER_PRODUCT) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A product has at most ${MAX_PHOTOS_PER_PRODUCT} photos: delete one before adding another`
    )
  }
  return new StepResponse(undefined)
})

/**
 * Adds a photo to a product: its sizes are stored through the file module, then the product gets an image
 * (the largest size, the others and the alt texts in its metadata) at the end; the first photo becomes the
 * thumbnail. A failure after the upload deletes the stored files again (the upload step's compensation).
 */
export const addProductPhotoWorkflow = createWorkflow("add-product-photo", (input: AddProductPhotoInput) => {
  const lock = transform({ input }, ({ input }) => productMediaLock(input.productId))
  acquireLockStep({ key: lock, timeout: 30, ttl: 120 })
  const current = readProductPhotosStep(input.productId)
  assertRoomForPhotoStep(current)
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input, current }, ({ input, current }) => ({
      files: input.sizes.map((s) => ({
        filename: `${current.handle}-${s.width}w.webp`,
        mimeType: "image/webp",
        content: s.content,
        access: "public" as const,
      })),
    })),
  })
  const update = transform({ input, current, files }, ({ input, current, files }) => {
    const sizes = input.sizes.map((s, i) => ({ url: files[i].url, key: files[i].id, width: s.width, height: s.height }))
    const url = sizes[sizes.length - 1].url
    return {
      url,
      products: [
        {
          id: input.productId,
          images: productImagesInput([...byRank(current.images), { id: "", url, metadata: { sizes, alt: input.alt } satisfies PhotoMetadata }]),
          thumbnail: current.thumbnail ?? url,
        },
      ],
    }
  })
  updateProductsWorkflow.runAsStep({ input: transform({ update }, ({ update }) => ({ products: update.products })) })
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ update }, ({ update }) => ({ url: update.url })))
})
