import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { AdminListOrganisationsParams } from "./validators"

/** GET /admin/organisations — the review queue: filter by status, search by name or registration number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, q } = req.validatedQuery as z.infer<typeof AdminListOrganisationsParams>
  const filters = {
    ...(status ? { status } : {}),
    ...(q ? { $or: [{ name: { $ilike: `%${q}%` } }, { registration_number: { $ilike: `%${q}%` } }] } : {}),
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "organisation",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ organisations: data, count: metadata?.count ?? data.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? data.length })
}
