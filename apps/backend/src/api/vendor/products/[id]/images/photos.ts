import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { byRank, catalogImageOf, type ProductImageRow } from "../../../../../workflows/product-media/photos"

/** A product's photos as its manufacturer edits them: in order, with sizes, alt texts and which is the thumbnail. */
export function vendorPhotos(product: { thumbnail?: string | null; images?: (ProductImageRow | null)[] | null }) {
  return byRank((product.images ?? []) as ProductImageRow[]).map((image) => ({
    id: image.id,
    ...catalogImageOf(image),
    is_thumbnail: image.url === product.thumbnail,
  }))
}

export async function readVendorPhotos(scope: MedusaContainer, productId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["thumbnail", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: productId },
  })
  return vendorPhotos(data[0])
}
