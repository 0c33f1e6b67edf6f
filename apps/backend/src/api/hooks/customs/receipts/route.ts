import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCustomsReceiptsWorkflow, type CustomsReceipt } from "../../../../workflows/customs/record-customs-receipts"

/** POST /hooks/customs/receipts — receipts the workers read from customs (already checked against the CEB schema). */
export const POST = async (req: MedusaRequest<{ receipts: CustomsReceipt[] }>, res: MedusaResponse) => {
  const { result } = await recordCustomsReceiptsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
