import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadCreditRecord } from "../../../../../workflows/supervision/credit-record"

/** GET /admin/manufacturers/:id/credit-record — a manufacturer's credit record with the evidence of each fact. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "manufacturer", fields: ["id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Manufacturer ${req.params.id} was not found`)
  res.json({ credit_record: await loadCreditRecord(req.scope, req.params.id, { reportPath: (id) => `/admin/spot-checks/${id}/report` }) })
}
