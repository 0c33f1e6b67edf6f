import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import CertificateProductLink from "../../links/certificate-product"

export const CERTIFICATE_EXPIRED = "manufacturer.certificate_expired"

type Expiry = { manufacturer_id: string; certificate_ids: string[]; product_ids: string[] }

/**
 * Published products that an expired certificate covered and that no longer hold a valid
 * certificate of that type (a renewed certificate linked to the product keeps it on sale), grouped
 * by manufacturer.
 */
const findExpiredListingsStep = createStep("find-products-with-expired-certificates", async ({ now }: { now: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const at = new Date(now)
  const { data: expired } = await query.graph({
    entity: "manufacturer_certificate",
    fields: ["id", "type", "manufacturer.id", "products.id", "products.status"],
    filters: { valid_until: { $lt: at } },
  })
  const candidates = [...new Set(expired.flatMap((c) => (c.products ?? []).filter((p) => p?.status === "published").map((p) => p!.id)))]
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

  const byManufacturer = new Map<string, Expiry>()
  for (const c of expired) {
    const lapsed = (c.products ?? [])
      .filter((p) => p?.status === "published" && !validTypesOf.get(p.id)?.has(c.type as string))
      .map((p) => p!.id)
    if (!lapsed.length) continue
    const manufacturerId: string = c.manufacturer.id
    const entry: Expiry = byManufacturer.get(manufacturerId) ?? { manufacturer_id: manufacturerId, certificate_ids: [], product_ids: [] }
    entry.certificate_ids.push(c.id as string)
    entry.product_ids.push(...lapsed.filter((id) => !entry.product_ids.includes(id)))
    byManufacturer.set(manufacturerId, entry)
  }
  return new StepResponse([...byManufacturer.values()])
})

/**
 * Takes products whose certificate expired off sale (back to draft) and tells each manufacturer.
 * Run daily by src/jobs; running it twice changes nothing more (only published products are touched).
 */
export const enforceCertificateValidityWorkflow = createWorkflow(
  "enforce-certificate-validity",
  (input: { now: string }) => {
    const expiries = findExpiredListingsStep(input)
    const productIds = transform({ expiries }, ({ expiries }) => expiries.flatMap((e) => e.product_ids))
    when("has-lapsed-listings", { productIds }, ({ productIds }) => productIds.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ productIds }, ({ productIds }) => ({
          selector: { id: productIds },
          update: { status: "draft" as const },
        })),
      })
      emitEventStep(
        // One event per manufacturer (emitEventStep emits one per element of an array).
        transform({ expiries }, ({ expiries }) => ({ eventName: CERTIFICATE_EXPIRED, data: expiries }))
      )
    })
    return new WorkflowResponse(expiries)
  }
)
