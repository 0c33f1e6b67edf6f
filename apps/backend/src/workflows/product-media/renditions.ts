import sharp from "sharp"

/** The widths a product photo is stored at (CSS pixels of cards, the product page, a zoomed or 2x screen). */
export const PHOTO_WIDTHS = [320, 640, 1280] as const
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const MAX_PHOTOS_PER_PRODUCT = 8
/** What a manufacturer may upload, told apart by the file's content (sharp reads the header), not its name. */
export const PHOTO_FORMATS = ["jpeg", "png", "webp"] as const

export type Rendition = { width: number; height: number; content: Buffer }

/** The file's image format when it is a JPEG, PNG or WebP that decodes; undefined for anything else. */
export async function photoFormat(content: Buffer): Promise<(typeof PHOTO_FORMATS)[number] | undefined> {
  try {
    const { format, width, height } = await sharp(content).metadata()
    return width && height && PHOTO_FORMATS.includes(format as never) ? (format as (typeof PHOTO_FORMATS)[number]) : undefined
  } catch {
    return undefined
  }
}

/**
 * The photo as WebP at each stored width it reaches (never enlarged: a narrow original's own width is its
 * largest size), turned upright by its EXIF orientation. sharp writes no metadata, so a phone's GPS position
 * or serial number never reaches buyers. Accepts SVG too (the demo seed's photos are drawn).
 */
export async function renditionsOf(input: Buffer): Promise<Rendition[]> {
  const upright = sharp(input).rotate()
  const meta = await upright.metadata()
  const original = meta.autoOrient?.width ?? meta.width
  const widths = [...new Set([...PHOTO_WIDTHS.filter((w) => w < original), Math.min(original, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1])])]
  return Promise.all(
    widths.map(async (width) => {
      const { data, info } = await upright.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, content: data }
    })
  )
}
