import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { oneAtATime } from "../../one-at-a-time"
import { storeGeneratedDeclarationWorkflow, type GeneratedDeclaration } from "../../../../workflows/customs/store-generated-declaration"

/**
 * POST /hooks/customs/declarations — the workers hand back a built declaration. The answer is the
 * declaration as stored (the first delivery's messages, whichever delivery this is), which the
 * workers then submit.
 */
export const POST = async (req: MedusaRequest<GeneratedDeclaration>, res: MedusaResponse) => {
  const { result } = await oneAtATime(req.scope, `hooks:declaration:${req.validatedBody.declaration_id}`, () =>
    storeGeneratedDeclarationWorkflow(req.scope).run({ input: req.validatedBody })
  )
  res.json({
    declaration: {
      id: result.id,
      status: result.status,
      order_no: result.order_no,
      messages: (result.messages ?? []).filter((m) => m?.direction === "out").map((m) => ({ type: m!.type, guid: m!.guid, xml: m!.xml })),
    },
  })
}
