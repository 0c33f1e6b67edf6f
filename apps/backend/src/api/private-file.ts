import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import path from "node:path"

const CONTENT_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
}

/**
 * Streams a private file (certificate scan, customs document, industry report) to a caller the route has already
 * authorised. Private files live outside `static`, so this is the only way to read them.
 */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, file: { file_id: string; filename?: string }) {
  const filename = file.filename ?? path.basename(file.file_id).replace(/^private-\d+-/, "")
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(file.file_id)
  res.setHeader("content-type", CONTENT_TYPES[path.extname(filename).toLowerCase()] ?? "application/octet-stream")
  res.setHeader("content-disposition", `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("cache-control", "private, no-store")
  res.setHeader("x-content-type-options", "nosniff")
  stream.on("error", () => res.destroy())
  stream.pipe(res)
}

/** One row of `entity` matching `filters`, or a 404 naming what was not found. */
export async function findOr404<T>(req: MedusaRequest, entity: string, fields: string[], filters: Record<string, unknown>, what: string): Promise<T> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
  return data[0] as T
}
