import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changeManufacturerStatusWorkflow } from "../../../../../workflows/manufacturer/change-manufacturer-status"
import type { AdminChangeManufacturerStatusType } from "../../validators"

/** POST /admin/manufacturers/:id/status — approve, reject (with reason), suspend (with reason), re-approve. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeManufacturerStatusType>, res: MedusaResponse) {
  await changeManufacturerStatusWorkflow(req.scope).run({
    input: {
      manufacturerId: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer",
    fields: ["id", "handle", "status", "status_changes.*"],
    filters: { id: req.params.id },
  })
  res.json({ manufacturer: data[0] })
}
