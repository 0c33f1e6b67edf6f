import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_PRODUCT_HOLD_FIELDS } from "./query-config"
import type { AdminListProductHoldsParamsType } from "./validators"

/**
 * GET /admin/product-holds — compliance holds, newest first, with who placed and lifted each, when and
 * why (`?product_id=`, `?manufacturer_id=`, `?kind=`, `?status=open|lifted`).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, ...filters } = req.validatedQuery as AdminListProductHoldsParamsType
  const lifted = status === "open" ? { lifted_at: null } : status === "lifted" ? { lifted_at: { $ne: null } } : {}
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_hold",
    fields: ADMIN_PRODUCT_HOLD_FIELDS,
    filters: { ...filters, ...lifted },
    pagination: { order: { placed_at: "DESC" } },
  })
  res.json({ product_holds: data })
}
