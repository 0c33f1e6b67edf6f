import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FILE_STORE_MODULE } from "../../../modules/file-store"
import type FileStoreModuleService from "../../../modules/file-store/service"

/**
 * Public files of the database file store (product images), at the URLs the local provider used. A key is
 * never reused, so a copy is good for a year; the ETag is the content's hash.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = await req.scope.resolve<FileStoreModuleService>(FILE_STORE_MODULE).publicFile(req.params.key)
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${req.params.key} was not found`)
  const etag = `"${file.sha256}"`
  res.setHeader("etag", etag)
  res.setHeader("cache-control", "public, max-age=31536000, immutable")
  res.setHeader("x-content-type-options", "nosniff")
  // An uploaded SVG opened on its own must not run scripts on the backend's origin.
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  if (req.headers["if-none-match"] === etag) return void res.status(304).end()
  res.setHeader("content-type", file.mime_type)
  res.setHeader("content-length", String(file.size))
  res.end(file.content)
}
