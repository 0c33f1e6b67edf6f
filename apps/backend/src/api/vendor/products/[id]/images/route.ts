import type { MedusaResponse } from "@medusajs/framework/http"
import { addProductPhotoWorkflow } from "../../../../../workflows/product-media/add-product-photo"
import { renditionsOf } from "../../../../../workflows/product-media/renditions"
import type { VendorRequest } from "../../../tenant"
import { readVendorPhotos } from "./photos"
import type { VendorAddProductPhotoType } from "./validators"

/** POST /vendor/products/:id/images — multipart: a photo as `file` and its alt texts (`alt[en]` required); stored in sizes for `srcset`. */
export async function POST(req: VendorRequest & { validatedBody: VendorAddProductPhotoType; file?: { buffer: Buffer } }, res: MedusaResponse) {
  const sizes = await renditionsOf(req.file!.buffer)
  const { result } = await addProductPhotoWorkflow(req.scope).run({
    input: {
      productId: req.params.id,
      sizes: sizes.map((s) => ({ width: s.width, height: s.height, content: s.content.toString("base64") })),
      alt: req.validatedBody.alt,
    },
  })
  const images = await readVendorPhotos(req.scope, req.params.id)
  res.status(201).json({ image: images.find((i) => i.url === result.url), images })
}
