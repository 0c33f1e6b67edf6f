import type { RemoteQueryFunction } from "@medusajs/framework/types"
import CertificateProductLink from "../../../../../links/certificate-product"
import { PUBLIC_CERTIFICATE_FIELDS } from "./query-config"

/** The certificates that cover a product today: what they are and who issued them, not the scans. */
export async function validCertificatesOf(query: Omit<RemoteQueryFunction, symbol>, productId: string) {
  const { data: links } = await query.graph({
    entity: CertificateProductLink.entryPoint,
    fields: ["manufacturer_certificate_id"],
    filters: { product_id: productId },
  })
  const now = new Date()
  const { data: certificates } = links.length
    ? await query.graph({
        entity: "manufacturer_certificate",
        fields: [...PUBLIC_CERTIFICATE_FIELDS],
        filters: { id: links.map((l) => l.manufacturer_certificate_id), valid_from: { $lte: now }, valid_until: { $gte: now } },
      })
    : { data: [] }
  return certificates
}
