import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProductImageRow } from "./photos"

export const productMediaLock = (productId: string) => `product-media:${productId}`

export type ProductPhotos = { handle: string; thumbnail: string | null; images: ProductImageRow[] }

/** The product's photos as they are now (read under the product's media lock, so a change is planned on the latest). */
export const readProductPhotosStep = createStep("read-product-photos", async (productId: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["handle", "thumbnail", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: productId },
  })
  const p = data[0]
  return new StepResponse<ProductPhotos>({ handle: p.handle, thumbnail: p.thumbnail ?? null, images: (p.images ?? []).filter(Boolean) as ProductImageRow[] })
})

/** Medusa's product update input for these photos in this order (ids keep existing images, ranks follow the order). */
export const productImagesInput = (images: ProductImageRow[]) =>
  images.map((i) => ({ ...(i.id && { id: i.id }), url: i.url, metadata: i.metadata ?? undefined }))
