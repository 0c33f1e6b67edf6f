import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_PHOTO_BYTES, photoFormat } from "../../../../../workflows/product-media/renditions"
import { unstorableTextIn } from "../../../../well-formed-input"

/** Photos a report may carry (the device before and after, the fitted seat). */
export const MAX_REPORT_PHOTOS = 6

type UploadedPhoto = { originalname: string; buffer: Buffer; mimetype: string }

/**
 * Reads the closing report as a multipart form (`summary`, `measurements[name]`, up to six `photos`, JPEG, PNG or
 * WebP by their content); a JSON body (a report without photos) passes on untouched.
 */
export function reportPhotosUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_REPORT_PHOTOS, fields: 40, fieldSize: 8192 },
  }).array("photos", MAX_REPORT_PHOTOS)
  upload(req as never, res as never, async (err: unknown) => {
    if (err instanceof multer.MulterError && (err as multer.MulterError).code === "LIMIT_FILE_SIZE") {
      res.status(413).json({ type: "payload_too_large", message: `A photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB: make it smaller and send the report again` })
      return
    }
    if (err instanceof multer.MulterError && ["LIMIT_FILE_COUNT", "LIMIT_UNEXPECTED_FILE"].includes((err as multer.MulterError).code)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `A report carries at most ${MAX_REPORT_PHOTOS} photos, as the field photos`))
    }
    if (err) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `The form could not be read: ${(err as Error).message}`))
    const files = ((req as { files?: UploadedPhoto[] }).files ?? []) as UploadedPhoto[]
    const unstorable = unstorableTextIn(req.body, "form") ?? files.map((f) => unstorableTextIn(f.originalname, "a file name")).find(Boolean)
    if (unstorable) return next(unstorable)
    for (const file of files) {
      if (!(await photoFormat(file.buffer))) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${file.originalname} is not a JPEG, PNG or WebP photo (judged by its content, not its name)`))
      }
    }
    next()
  })
}
