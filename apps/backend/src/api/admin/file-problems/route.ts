import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FILE_STORE_MODULE } from "../../../modules/file-store"
import type FileStoreModuleService from "../../../modules/file-store/service"

/**
 * GET /admin/file-problems — the files the records name (product images, certificate scans, customs
 * documents, spot-check and industry reports) that the file store cannot give back, each with what it is,
 * checked now. Start-up restores what it can (the demo seed's files, the local provider's old folders).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const problems = await req.scope.resolve<FileStoreModuleService>(FILE_STORE_MODULE).problems()
  res.json({ problems, count: problems.length })
}
