import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadCreditRecord } from "../../../../../workflows/supervision/credit-record"
import { validCertificatesOf } from "./certificates"
import { PUBLIC_MANUFACTURER_FIELDS } from "./query-config"

/**
 * GET /store/products/:id/manufacturer — the public profile of the approved manufacturer of a
 * published product in the caller's sales channel, with the certificates valid today that cover the
 * product and the credit record's summary (the badge; the facts stay with the platform). Anything
 * else is a 404.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id", "manufacturer.id", ...PUBLIC_MANUFACTURER_FIELDS.map((f) => `manufacturer.${f}`), "manufacturer.status"],
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
  const [certificates, credit] = await Promise.all([validCertificatesOf(query, req.params.id), loadCreditRecord(req.scope, manufacturer.id)])
  res.json({
    manufacturer: {
      ...Object.fromEntries(PUBLIC_MANUFACTURER_FIELDS.map((f) => [f, manufacturer[f]])),
      certificates,
      credit: { rating: credit.summary.rating, score: credit.summary.score },
    },
  })
}
