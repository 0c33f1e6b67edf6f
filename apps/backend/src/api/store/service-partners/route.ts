import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { partnersAuthorisedFor, servicedProducts } from "../../../workflows/service-partner/coverage"
import type { StoreFindServicePartnersParamsType } from "./validators"

/** What a buyer sees of a partner: how to reach it and what it does, never its review or its staff. */
const STORE_PARTNER_FIELDS = [
  "id", "kind", "legal_name", "city", "address", "country_code", "services", "languages", "opening_hours", "contact_phone", "contact_email",
  "authorisations.manufacturer.handle", "authorisations.manufacturer.legal_name_en",
]

const sameCity = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: "base" }) === 0

/**
 * GET /store/service-partners?country_code=&city=&product_id=&service= — verified partners in the buyer's country,
 * those in the buyer's city first (`in_city`), offering the service asked for and, when a product is given,
 * authorised by its manufacturer for it.
 */
export async function GET(req: MedusaRequest & { validatedQuery: StoreFindServicePartnersParamsType }, res: MedusaResponse) {
  const { country_code, city, product_id, service } = req.validatedQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "service_partner",
    fields: STORE_PARTNER_FIELDS,
    filters: { status: "verified", country_code },
    pagination: { order: { legal_name: "ASC" } },
  })
  let found = service ? data.filter((p) => p.services.includes(service)) : data
  if (product_id) {
    const [product] = await servicedProducts(req.scope, [product_id])
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${product_id} was not found`)
    const authorised = await partnersAuthorisedFor(req.scope, found.map((p) => p.id), product)
    found = found.filter((p) => authorised.has(p.id))
  }
  const partners = found
    .map(({ authorisations, ...p }) => ({
      ...p,
      in_city: city ? sameCity(p.city, city) : null,
      authorised_by: (authorisations ?? []).flatMap((a) => (a?.manufacturer ? [{ handle: a.manufacturer.handle, name: a.manufacturer.legal_name_en }] : [])),
    }))
    .sort((a, b) => Number(!!b.in_city) - Number(!!a.in_city))
  res.json({ service_partners: partners })
}
