import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeOrganisationStatusWorkflow } from "../../../../../workflows/organisation/organisations"
import { findOr404 } from "../../../../private-file"
import type { AdminChangeOrganisationStatusType } from "../../validators"

/** POST /admin/organisations/:id/status — verify, reject (with reason), suspend (with reason) or verify again; the admins are told. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeOrganisationStatusType>, res: MedusaResponse) {
  await findOr404(req, "organisation", ["id"], { id: req.params.id }, `Organisation ${req.params.id}`)
  await changeOrganisationStatusWorkflow(req.scope).run({
    input: { organisation_id: req.params.id, ...req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ organisation: await findOr404(req, "organisation", ["id", "name", "status", "status_changes.*"], { id: req.params.id }, `Organisation ${req.params.id}`) })
}
