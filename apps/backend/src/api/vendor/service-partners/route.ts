import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"
import type { VendorListServicePartnersParamsType } from "./validators"

/**
 * GET /vendor/service-partners?country_code= — verified partners a manufacturer may authorise, each with this
 * manufacturer's authorisation when it holds one (never another manufacturer's).
 */
export async function GET(req: VendorRequest & { validatedQuery: VendorListServicePartnersParamsType }, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({
    entity: "service_partner",
    fields: ["id", "kind", "legal_name", "country_code", "city", "address", "services", "languages", "opening_hours", "contact_email", "contact_phone"],
    filters: { status: "verified", ...req.validatedQuery },
    pagination: { order: { country_code: "ASC", city: "ASC" } },
  })
  const { data: mine } = await query.graph({
    entity: "partner_authorisation",
    fields: ["product_ids", "iso_classes", "created_at", "updated_at", "partner.id"],
    filters: { manufacturer_id: req.manufacturerId },
  })
  const byPartner = new Map(mine.map(({ partner, ...a }) => [partner!.id, a]))
  res.json({ service_partners: found.map((p) => ({ ...p, authorisation: byPartner.get(p.id) ?? null })) })
}
