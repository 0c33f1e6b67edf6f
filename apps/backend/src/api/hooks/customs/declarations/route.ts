import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { oneAtATime } from "../../one-at-a-time"
import { storeGeneratedDeclarationWorkflow, type GeneratedDeclaration } from "../../../../workflows/customs/store-generated-declaration"

/**
 * POST /hooks/customs/declarations — the workers hand back a built declaration. The answer is the
 * declaration as stored with its current version's messages (the first delivery's, whichever
 * delivery this is), which the workers submit when it is generated.
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
      version: result.version,
      messages: (result.messages ?? [])
        .filter((m) => m?.direction === "out" && m.version === result.version)
        .map((m) => ({ type: m!.type, guid: m!.guid, xml: m!.xml })),
    },
  })
}
