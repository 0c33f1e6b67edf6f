import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { unstorableTextIn } from "../../well-formed-input"

export const MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024
export const CERTIFICATE_MIME_TYPES = ["application/pdf", "image/png", "image/jpeg"]

/**
 * Reads a multipart form with one document as `file` (PDF, PNG or JPEG up to 10 MB); an oversized or
 * wrong-type file is a 400 that says what is accepted (`what` names the document).
 */
export function documentUpload(what: string) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_CERTIFICATE_BYTES, files: 1 },
    fileFilter: (_req, file, done) => done(null, CERTIFICATE_MIME_TYPES.includes(file.mimetype)),
  }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as never, res as never, (err: unknown) => {
    if (err instanceof multer.MulterError && (err as multer.MulterError).code === "LIMIT_FILE_SIZE") {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `file is larger than ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB`))
    }
    if (err) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `file could not be read: ${(err as Error).message}`))
    const file = (req as { file?: { originalname: string } }).file
    if (!file) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `file is required: ${what}`))
    }
    next(unstorableTextIn(req.body, "form") ?? unstorableTextIn(file.originalname, "the file name"))
  })
}

export const certificateUpload = documentUpload("a PDF, PNG or JPEG scan of the certificate")
