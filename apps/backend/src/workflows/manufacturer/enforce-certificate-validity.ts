import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import CertificateProductLink from "../../links/certificate-product"
import { SUPERVISION_MODULE } from "../../modules/supervision"
import type SupervisionModuleService from "../../modules/supervision/service"
import { placeProductHoldsStep, type HoldToPlace } from "../supervision/steps/product-holds"

export const CERTIFICATE_EXPIRED = "manufacturer.certificate_expired"

type Expiry = { manufacturer_id: string; certificate_ids: string[]; product_ids: string[] }

const day = (d: unknown) => new Date(d as string).toISOString().slice(0, 10)

/**
 * Products that an expired certificate covered and that no longer hold a valid certificate of that
 * type (a renewed certificate linked to the product keeps it on sale), grouped by manufacturer, with
 * the hold each gets. A product is held once per expired certificate: a hold already placed for it,
 * open or lifted (by staff, with a reason), is not placed again.
 */
const findExpiredListingsStep = createStep("find-products-with-expired-certificates", async ({ now }: { now: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const at = new Date(now)
  const { data: expired } = await query.graph({
    entity: "manufacturer_certificate",
    fields: ["id", "type", "number", "valid_until", "manufacturer.id", "products.id", "products.status"],
    filters: { valid_until: { $lt: at } },
  })
  const candidates = [...new Set(expired.flatMap((c) => (c.products ?? []).map((p) => p!.id)))]
  const { data: links } = candidates.length
    ? await query.graph({ entity: CertificateProductLink.entryPoint, fields: ["product_id", "manufacturer_certificate_id"], filters: { product_id: candidates } })
    : { data: [] }
  const { data: held } = links.length
    ? await query.graph({
        entity: "manufacturer_certificate",
        fields: ["id", "type", "valid_from", "valid_until"],
        filters: { id: links.map((l) => l.manufacturer_certificate_id) },
      })
    : { data: [] }
  const validTypesOf = new Map<string, Set<string>>()
  for (const l of links) {
    const c = held.find((h) => h.id === l.manufacturer_certificate_id)
    if (!c || new Date(c.valid_from as Date) > at || new Date(c.valid_until as Date) < at) continue
    validTypesOf.set(l.product_id, (validTypesOf.get(l.product_id) ?? new Set()).add(c.type as string))
  }
  const placed = new Set(
    (candidates.length
      ? await container.resolve<SupervisionModuleService>(SUPERVISION_MODULE).listProductHolds({ kind: "certificate_expired", product_id: candidates })
      : []
    ).map((h) => `${h.product_id}:${h.source_id}`)
  )

  const byManufacturer = new Map<string, Expiry>()
  const holds: HoldToPlace[] = []
  const published = new Set<string>()
  for (const c of expired) {
    const lapsed = (c.products ?? []).filter((p) => !validTypesOf.get(p!.id)?.has(c.type as string) && !placed.has(`${p!.id}:${c.id}`))
    if (!lapsed.length) continue
    const manufacturerId: string = c.manufacturer.id
    const entry: Expiry = byManufacturer.get(manufacturerId) ?? { manufacturer_id: manufacturerId, certificate_ids: [], product_ids: [] }
    entry.certificate_ids.push(c.id as string)
    for (const p of lapsed) {
      if (!entry.product_ids.includes(p!.id)) entry.product_ids.push(p!.id)
      if (p!.status === "published") published.add(p!.id)
      holds.push({
        product_id: p!.id,
        manufacturer_id: manufacturerId,
        kind: "certificate_expired",
        source_id: c.id as string,
        reason: `${c.type} certificate ${c.number} expired on ${day(c.valid_until)}`,
        placed_by: "system",
      })
    }
    byManufacturer.set(manufacturerId, entry)
  }
  return new StepResponse({ expiries: [...byManufacturer.values()], holds, published: [...published] })
})

/**
 * Holds products whose certificate expired (the manufacturer cannot publish them until a valid
 * certificate of that type covers them), takes the published ones off sale (back to draft) and tells
 * each manufacturer. Run daily by src/jobs; running it twice changes nothing more.
 */
export const enforceCertificateValidityWorkflow = createWorkflow(
  "enforce-certificate-validity",
  (input: { now: string }) => {
    const found = findExpiredListingsStep(input)
    placeProductHoldsStep(transform({ found }, ({ found }) => found.holds))
    when("has-lapsed-listings", { found }, ({ found }) => found.published.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ found }, ({ found }) => ({ selector: { id: found.published }, update: { status: "draft" as const } })),
      })
    })
    const expiries = transform({ found }, ({ found }) => found.expiries)
    when("has-expiries", { expiries }, ({ expiries }) => expiries.length > 0).then(() => {
      // One event per manufacturer (emitEventStep emits one per element of an array).
      emitEventStep(transform({ expiries }, ({ expiries }) => ({ eventName: CERTIFICATE_EXPIRED, data: expiries })))
    })
    return new WorkflowResponse(expiries)
  }
)
