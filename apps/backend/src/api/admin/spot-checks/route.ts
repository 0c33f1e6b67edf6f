import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordSpotCheckWorkflow } from "../../../workflows/supervision/record-spot-check"
import type { AdminRecordSpotCheckType } from "./validators"

const SPOT_CHECK_FIELDS = ["id", "manufacturer_id", "product_id", "lab", "sampled_at", "result", "findings", "report_url", "recorded_by", "created_at"]

/** GET /admin/spot-checks — spot checks recorded (`?manufacturer_id=`, `?product_id=`, `?result=failed`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "spot_check",
    fields: SPOT_CHECK_FIELDS,
    filters: req.validatedQuery as Record<string, string>,
  })
  res.json({ spot_checks: data })
}

/** POST /admin/spot-checks — multipart: the lab's report as `file` and the check's fields. A failed check takes the product off sale. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRecordSpotCheckType> & { file?: { originalname: string; mimetype: string; buffer: Buffer } },
  res: MedusaResponse
) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "manufacturer.id"], filters: { id: body.product_id } })
  const manufacturerId = products[0]?.manufacturer?.id
  if (!manufacturerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${body.product_id} was not found or has no manufacturer`)
  const file = req.file!
  const { result } = await recordSpotCheckWorkflow(req.scope).run({
    input: {
      ...body,
      manufacturer_id: manufacturerId,
      recorded_by: req.auth_context.actor_id,
      report: { filename: file.originalname, mimeType: file.mimetype, content: file.buffer.toString("base64") },
    },
  })
  const { data } = await query.graph({ entity: "spot_check", fields: SPOT_CHECK_FIELDS, filters: { id: result.id } })
  res.status(201).json({ spot_check: data[0] })
}
