import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/manufacturers — the review queue (`?status=pending`) and every manufacturer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery as { q?: string; status?: string }
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.$or = [{ legal_name_en: { $ilike: `%${q}%` } }, { legal_name_zh: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }]
  const { data: manufacturers, metadata } = await query.graph({
    entity: "manufacturer",
    ...req.queryConfig,
    filters,
  })
  res.json({ manufacturers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
