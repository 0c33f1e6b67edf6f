import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import path from "node:path"
import { contentTypeOf } from "../modules/file-store/content-types"

/**
 * Streams a private file (certificate scan, customs document, industry report) to a caller the route has already
 * authorised. Private files are never served at a public URL, so this is the only way to read them. A record
 * whose file is missing is logged by name (and listed at GET /admin/file-problems), not a silent 404.
 */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, file: { file_id: string; filename?: string }) {
  const filename = file.filename ?? path.basename(file.file_id).replace(/^private-\d+-/, "")
  const stream = await req.scope
    .resolve(Modules.FILE)
    .getDownloadStream(file.file_id)
    .catch(() => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`file store: ${file.file_id}, asked for at ${req.originalUrl}, is missing`)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The file ${filename} is missing from the file store; platform staff see it at GET /admin/file-problems`)
    })
  res.setHeader("content-type", contentTypeOf(filename))
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
