import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CertificateProductLink from "../../../../../links/certificate-product"
import { PUBLIC_CERTIFICATE_FIELDS, PUBLIC_MANUFACTURER_FIELDS } from "./query-config"

/**
 * GET /store/products/:id/manufacturer — the public profile of the approved manufacturer of a
 * published product in the caller's sales channel, with the certificates valid today that cover the
 * product. Anything else is a 404.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id", ...PUBLIC_MANUFACTURER_FIELDS.map((f) => `manufacturer.${f}`), "manufacturer.status"],
    filters: { id: req.params.id },
  })
  const product = data[0]
  const manufacturer = product?.manufacturer
  const visible =
    product?.status === "published" &&
    product.sales_channels?.some((sc) => sc && salesChannelIds.includes(sc.id)) &&
    manufacturer?.status === "approved"
  if (!visible) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  // The certificates that cover this product today: what they are and who issued them, not the scans.
  const { data: links } = await query.graph({
    entity: CertificateProductLink.entryPoint,
    fields: ["manufacturer_certificate_id"],
    filters: { product_id: req.params.id },
  })
  const now = new Date()
  const { data: certificates } = links.length
    ? await query.graph({
        entity: "manufacturer_certificate",
        fields: [...PUBLIC_CERTIFICATE_FIELDS],
        filters: { id: links.map((l) => l.manufacturer_certificate_id), valid_from: { $lte: now }, valid_until: { $gte: now } },
      })
    : { data: [] }
  res.json({ manufacturer: { ...Object.fromEntries(PUBLIC_MANUFACTURER_FIELDS.map((f) => [f, manufacturer[f]])), certificates } })
}
