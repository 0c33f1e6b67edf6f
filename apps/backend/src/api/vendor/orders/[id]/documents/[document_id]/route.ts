import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findOr404, sendPrivateFile } from "../../../../../private-file"
import { assertOwnOrder, type VendorRequest } from "../../../../tenant"

/** GET /vendor/orders/:id/documents/:document_id — an export document (invoice, packing list…) of this manufacturer's order. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnOrder(req, req.params.id)
  const what = `Document ${req.params.document_id} of order ${req.params.id}`
  const document = await findOr404<{ file_id: string; filename: string; declaration?: { order_id: string } }>(req, "customs_document",
    ["file_id", "filename", "declaration.order_id"], { id: req.params.document_id }, what)
  if (document.declaration?.order_id !== req.params.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
  await sendPrivateFile(req, res, document)
}
