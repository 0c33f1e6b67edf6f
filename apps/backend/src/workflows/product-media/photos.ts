import { LANGUAGES, type CatalogImage } from "@aem/search-kit"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * What a product photo keeps in the metadata of its Medusa product image (`url` is its largest size): every
 * stored size with its file key, and the alt text per language. Medusa's image already has the product, the
 * rank and the thumbnail, is read by query.graph with the product (the catalogue indexer reads it anyway) and
 * goes when the product goes; a module of our own and a link would have copied all that for two fields.
 */
export const PhotoMetadata = z.object({
  sizes: z.array(z.object({ url: z.string(), key: z.string(), width: z.number().int(), height: z.number().int() })).min(1),
  // Any language keys: what is stored was checked on the way in (AltTexts).
  alt: z.record(z.string(), z.string()),
})
export type PhotoMetadata = z.infer<typeof PhotoMetadata>

/**
 * Alt text per language, as a manufacturer gives it: English is required (the catalogue's own language,
 * every buyer's fallback), the others optional; an empty one is left out.
 */
export const AltTexts = z
  .object(
    Object.fromEntries(
      LANGUAGES.map((l) => [l, z.string().trim().max(300, `the ${l} alt text is at most 300 characters`).optional()])
    ) as Record<(typeof LANGUAGES)[number], z.ZodOptional<z.ZodString>>
  )
  .strict()
  .transform((alt) => Object.fromEntries(Object.entries(alt).filter(([, v]) => v)) as Record<string, string>)
  .refine((alt) => !!alt.en, {
    message: "alt.en is required: describe the photo in English for buyers who use a screen reader (other languages are optional)",
    path: ["en"],
  })

export type ProductImageRow = { id: string; url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/** A photo's sizes and alt text; a photo without them (from before, or from Medusa's admin) has none. */
export function photoMetadataOf(image: ProductImageRow): PhotoMetadata | undefined {
  const parsed = PhotoMetadata.safeParse(image.metadata)
  return parsed.success ? parsed.data : undefined
}

/** The catalogue's view of a photo: its largest size's dimensions, its sizes narrowest first, its alt texts. */
export function catalogImageOf(image: ProductImageRow): CatalogImage {
  const media = photoMetadataOf(image)
  const largest = media?.sizes.find((s) => s.url === image.url)
  return {
    url: image.url,
    width: largest?.width ?? null,
    height: largest?.height ?? null,
    sizes: (media?.sizes ?? []).map(({ url, width, height }) => ({ url, width, height })).sort((a, b) => a.width - b.width),
    alt: media?.alt ?? {},
  }
}

export const byRank = (images: ProductImageRow[]) => [...images].filter(Boolean).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))

/** A manufacturer's change to one photo: its alt texts, its place (0 first) or making it the thumbnail; or removing it. */
export type PhotoChange =
  | { image_id: string; remove: true }
  | { image_id: string; remove?: false; alt?: Record<string, string>; rank?: number; thumbnail?: true }

export type PhotoPlan = { images: ProductImageRow[]; thumbnail: string | null; removedKeys: string[] }

/**
 * The product's photos after the change, in order, the thumbnail (kept unless it was the removed photo,
 * then the new first photo's) and the files a removed photo leaves behind. Another product's photo is a 404.
 */
export function planPhotoChange(current: { images: ProductImageRow[]; thumbnail: string | null }, change: PhotoChange): PhotoPlan {
  const images = byRank(current.images)
  const index = images.findIndex((i) => i.id === change.image_id)
  if (index < 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo ${change.image_id} was not found on this product`)
  const [image] = images.splice(index, 1)
  if (change.remove) {
    const thumbnail = current.thumbnail === image.url ? (images[0]?.url ?? null) : current.thumbnail
    return { images, thumbnail, removedKeys: photoMetadataOf(image)?.sizes.map((s) => s.key) ?? [] }
  }
  const media = photoMetadataOf(image)
  if (change.alt && !media) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This photo was not uploaded here (it has no sizes): upload it again to describe it")
  }
  const updated = change.alt ? { ...image, metadata: { ...image.metadata, ...media, alt: change.alt } } : image
  images.splice(Math.min(change.rank ?? index, images.length), 0, updated)
  return { images, thumbnail: change.thumbnail ? image.url : current.thumbnail, removedKeys: [] }
}
