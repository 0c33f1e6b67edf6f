import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findOr404, sendPrivateFile } from "../../../../../private-file"
import type { PartnerRequest } from "../../../../tenant"

/** GET /partner/service-jobs/:id/photos/:index — a photo of this partner's report (private file). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const job = await findOr404<{ report_photos: { file_id: string; filename: string }[] | null }>(
    req, "service_job", ["report_photos"], { id: req.params.id, partner_id: req.partnerId }, `Service job ${req.params.id}`
  )
  const photo = /^\d{1,2}$/.test(req.params.index) ? job.report_photos?.[Number(req.params.index)] : undefined
  if (!photo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The report has no photo ${req.params.index}`)
  await sendPrivateFile(req, res, photo)
}
