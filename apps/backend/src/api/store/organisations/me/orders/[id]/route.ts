import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findOr404 } from "../../../../../private-file"
import { STORE_ORGANISATION_ORDER_FIELDS } from "../../../query-config"
import { visibleOrderIds, type OrganisationRequest } from "../../../tenant"

/** GET /store/organisations/me/orders/:id — one organisation order the caller may see; any other is a 404. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const [id] = await visibleOrderIds(req, req.params.id)
  if (!id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  res.json({ order: await findOr404(req, "order", STORE_ORGANISATION_ORDER_FIELDS, { id }, `Order ${id}`) })
}
