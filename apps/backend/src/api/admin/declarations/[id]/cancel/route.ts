import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelDeclarationWorkflow } from "../../../../../workflows/customs/cancel-declaration"
import { listDeclarationsQueryConfig } from "../../query-config"
import type { AdminCancelDeclarationType } from "../../validators"

/** POST /admin/declarations/:id/cancel { reason } — a draft, generated or rejected declaration is withdrawn. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelDeclarationType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // A 404 for an unknown id, before the workflow's own error.
  await query.graph({ entity: "declaration", fields: ["id"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  await cancelDeclarationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, by: `user:${req.auth_context.actor_id}` },
  })
  const { data } = await query.graph({ entity: "declaration", fields: listDeclarationsQueryConfig.defaults, filters: { id: req.params.id } })
  res.json({ declaration: data[0] })
}
