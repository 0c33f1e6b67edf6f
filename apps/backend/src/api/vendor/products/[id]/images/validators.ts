import { z } from "@medusajs/framework/zod"
import { AltTexts } from "../../../../../workflows/product-media/photos"

export const VendorAddProductPhoto = z.object({ alt: AltTexts }).strict()
export type VendorAddProductPhotoType = z.infer<typeof VendorAddProductPhoto>

export const VendorChangeProductPhoto = z
  .object({
    alt: AltTexts.optional(),
    /** Its place among the product's photos, 0 first. */
    rank: z.number().int().min(0, "rank is 0 (first) or more").max(100).optional(),
    /** Make it the product's thumbnail (what product cards show). */
    thumbnail: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => b.alt || b.rank !== undefined || b.thumbnail, { message: "say what to change: alt, rank or thumbnail" })
export type VendorChangeProductPhotoType = z.infer<typeof VendorChangeProductPhoto>
