import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordDeclarationProblemWorkflow } from "../../../../../../workflows/customs/record-declaration-problem"

/** POST /hooks/customs/declarations/:id/problem — the workers could not build the declaration, and say why. */
export const POST = async (req: MedusaRequest<{ problem: string }>, res: MedusaResponse) => {
  const { result } = await recordDeclarationProblemWorkflow(req.scope).run({
    input: { declaration_id: req.params.id, problem: req.validatedBody.problem },
  })
  res.json({ declaration: { id: result.id, status: result.status, problem: result.problem } })
}
