import type { MedusaResponse } from "@medusajs/framework/http"
import { changeProductPhotoWorkflow } from "../../../../../../workflows/product-media/change-product-photo"
import type { VendorRequest } from "../../../../tenant"
import { readVendorPhotos } from "../photos"
import type { VendorChangeProductPhotoType } from "../validators"

/** POST /vendor/products/:id/images/:image_id — its alt texts, its place (`rank`, 0 first) or `thumbnail: true`. */
export async function POST(req: VendorRequest & { validatedBody: VendorChangeProductPhotoType }, res: MedusaResponse) {
  await changeProductPhotoWorkflow(req.scope).run({
    input: { productId: req.params.id, change: { image_id: req.params.image_id, ...req.validatedBody } },
  })
  res.json({ images: await readVendorPhotos(req.scope, req.params.id) })
}

/** DELETE /vendor/products/:id/images/:image_id — the photo and its stored sizes. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await changeProductPhotoWorkflow(req.scope).run({
    input: { productId: req.params.id, change: { image_id: req.params.image_id, remove: true } },
  })
  res.json({ id: req.params.image_id, object: "product_image", deleted: true, images: await readVendorPhotos(req.scope, req.params.id) })
}
