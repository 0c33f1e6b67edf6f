import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markDeclarationSubmittedWorkflow } from "../../../../../../workflows/customs/mark-declaration-submitted"

/** POST /hooks/customs/declarations/:id/submitted — the transport has handed the messages to the single window. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await markDeclarationSubmittedWorkflow(req.scope).run({ input: { declaration_id: req.params.id } })
  res.json({ declaration: { id: req.params.id } })
}
