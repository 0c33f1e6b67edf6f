import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../tenant"
import type { PartnerCompleteJobType } from "../../../validators"
import { movePartnerJob } from "../../move"

type WithPhotos = PartnerRequest<PartnerCompleteJobType> & { files?: { originalname: string; mimetype: string; buffer: Buffer }[] }

/**
 * POST /partner/service-jobs/:id/complete — closes the job with the report: what was done (`summary`), the
 * measurements taken and up to six photos (multipart `photos`; a JSON body for a report without photos).
 */
export async function POST(req: WithPhotos, res: MedusaResponse) {
  const { summary, measurements } = req.validatedBody
  const photos = (req.files ?? []).map((f) => ({ filename: f.originalname, mimeType: f.mimetype, content: f.buffer.toString("base64") }))
  await movePartnerJob(req, res, { to: "completed", report: { summary, measurements }, photos })
}
