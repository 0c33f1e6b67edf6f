import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { photoFormat, MAX_PHOTO_BYTES } from "../../../../../workflows/product-media/renditions"
import { unstorableTextIn } from "../../../../well-formed-input"
import { assertOwnProducts, type VendorRequest } from "../../../tenant"

const MB = MAX_PHOTO_BYTES / 1024 / 1024

/** Another manufacturer's product is a 404 before its upload is read. */
export async function ownProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertOwnProducts(req as VendorRequest, [req.params.id])
    next()
  } catch (e) {
    next(e)
  }
}

/**
 * Reads a multipart form with one photo as `file` and its alt texts as `alt[en]`, `alt[zh]`…: larger than
 * the limit is a 413, anything but a JPEG, PNG or WebP (by its content: a renamed PDF is refused) a 400.
 */
export function photoUpload() {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 20, fieldSize: 4096 },
  }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as never, res as never, async (err: unknown) => {
      if (err instanceof multer.MulterError && (err as multer.MulterError).code === "LIMIT_FILE_SIZE") {
        res.status(413).json({ type: "payload_too_large", message: `The photo is larger than ${MB} MB: make it smaller (a photo of 3000 px across is plenty) and upload it again` })
        return
      }
      if (err) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `The form could not be read: ${(err as Error).message}`))
      const file = (req as { file?: { originalname: string; buffer: Buffer } }).file
      if (!file) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "file is required: a JPEG, PNG or WebP photo"))
      const unstorable = unstorableTextIn(req.body, "form") ?? unstorableTextIn(file.originalname, "the file name")
      if (unstorable) return next(unstorable)
      if (!(await photoFormat(file.buffer))) {
        return next(
          new MedusaError(MedusaError.Types.INVALID_DATA, `${file.originalname} is not a JPEG, PNG or WebP photo (judged by its content, not its name)`)
        )
      }
      next()
    })
}
