import { parseGs1 } from "@aem/trade-kit"
import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recallCovers } from "../../../../modules/traceability/recall-scope"
import { validCertificatesOf } from "../../products/[id]/manufacturer/certificates"
import { PUBLIC_MANUFACTURER_FIELDS } from "../../products/[id]/manufacturer/query-config"

const notFound = () =>
  new MedusaError(MedusaError.Types.NOT_FOUND, "No device with this serial number or UDI was shipped through this marketplace")

/**
 * GET /store/units/lookup?code= — a buyer checks the serial number or GS1 UDI on a device: whether the
 * marketplace shipped it (and, for a UDI, whether its GTIN, lot and expiry match the record), who made
 * it, the certificates that cover it today and any recall. Nothing about who bought it.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { code } = req.validatedQuery as { code: string }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const gs1 = parseGs1(code)
  const label = gs1.ok ? gs1.udi : undefined
  if (/^(\(|\]|01\d{14})/.test(code) && !gs1.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, `code is not a valid UDI: ${gs1.reason}`)
  const serial = label ? label.serial : code
  if (!serial) throw new MedusaError(MedusaError.Types.INVALID_DATA, "code: this UDI has no serial number (21); enter the serial number from the label")

  const { data: units } = await query.graph({
    entity: "traced_unit",
    fields: ["id", "product_id", "manufacturer_id", "serial", "udi", "gtin", "lot", "expiry_date"],
    filters: { serial, ...(label ? { gtin: label.gtin } : {}) },
  })
  if (!units.length) throw notFound()
  const results = await Promise.all(
    units.map(async (unit) => {
      const [{ data: products }, { data: recalls }] = await Promise.all([
        query.graph({
          entity: "product",
          fields: ["id", "title", "handle", ...PUBLIC_MANUFACTURER_FIELDS.map((f) => `manufacturer.${f}`)],
          filters: { id: unit.product_id },
        }),
        query.graph({
          entity: "recall",
          fields: ["id", "product_id", "scope", "lot", "serial_from", "serial_to", "reason", "status", "created_at", "closed_at"],
          filters: { product_id: unit.product_id },
        }),
      ])
      const product = products[0]
      // A label whose lot or expiry differs from what the manufacturer recorded for this serial is not the device shipped.
      const mismatch = label
        ? (["lot", "expiry_date"] as const).filter((k) => {
            const recorded = k === "lot" ? unit.lot : unit.expiry_date && new Date(unit.expiry_date as unknown as string).toISOString().slice(0, 10)
            const printed = k === "lot" ? label.lot : label.expiryDate
            return printed !== undefined && recorded != null && printed !== recorded
          })
        : []
      return {
        authentic: mismatch.length === 0,
        mismatched: mismatch,
        unit: { serial: unit.serial, udi: unit.udi, gtin: unit.gtin, lot: unit.lot, expiry_date: unit.expiry_date },
        product: { title: product?.title, handle: product?.handle },
        manufacturer: Object.fromEntries(PUBLIC_MANUFACTURER_FIELDS.map((f) => [f, product?.manufacturer?.[f]])),
        certificates: await validCertificatesOf(query, unit.product_id),
        recalls: recalls
          .filter((r) => recallCovers(r, unit))
          .map(({ reason, status, created_at, closed_at }) => ({ reason, status, opened_at: created_at, closed_at })),
      }
    })
  )
  res.json({ matches: results })
}
