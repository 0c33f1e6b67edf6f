import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /admin/declarations — the platform's view of customs: `?status=rejected` (with customs' reasons),
 * `?has_problem=true` (declarations the workers could not build, with why), `?order_id=`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, has_problem, order_id } = req.validatedQuery as { status?: string; has_problem?: "true" | "false"; order_id?: string }
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (order_id) filters.order_id = order_id
  if (has_problem) filters.problem = has_problem === "true" ? { $ne: null } : null
  const { data: declarations, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "declaration",
    ...req.queryConfig,
    filters,
  })
  res.json({ declarations, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
