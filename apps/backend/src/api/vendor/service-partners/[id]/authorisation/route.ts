import type { MedusaResponse } from "@medusajs/framework/http"
import { authoriseServicePartnerWorkflow, revokeServicePartnerAuthorisationWorkflow } from "../../../../../workflows/service-partner/partners"
import { assertOwnProducts, type VendorRequest } from "../../../tenant"
import type { VendorAuthoriseServicePartnerType } from "../../validators"

/**
 * POST /vendor/service-partners/:id/authorisation — authorise a verified partner to service this manufacturer's
 * products: all (empty body), or only `product_ids`, or only `iso_classes`. Sent again, it replaces the scope.
 */
export async function POST(req: VendorRequest & { validatedBody: VendorAuthoriseServicePartnerType }, res: MedusaResponse) {
  const { product_ids, iso_classes } = req.validatedBody
  await assertOwnProducts(req, product_ids ?? [])
  const { result } = await authoriseServicePartnerWorkflow(req.scope).run({
    input: {
      manufacturerId: req.manufacturerId,
      partnerId: req.params.id,
      product_ids: product_ids?.length ? [...new Set(product_ids)] : null,
      iso_classes: iso_classes?.length ? [...new Set(iso_classes)] : null,
      actorId: req.auth_context.actor_id,
    },
  })
  const { id, product_ids: products, iso_classes: classes, created_at, updated_at } = result
  res.json({ authorisation: { id, service_partner_id: req.params.id, product_ids: products, iso_classes: classes, created_at, updated_at } })
}

/** DELETE /vendor/service-partners/:id/authorisation — withdraw it; the partner is told, jobs already booked stay. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await revokeServicePartnerAuthorisationWorkflow(req.scope).run({ input: { manufacturerId: req.manufacturerId, partnerId: req.params.id } })
  res.json({ service_partner_id: req.params.id, deleted: true })
}
