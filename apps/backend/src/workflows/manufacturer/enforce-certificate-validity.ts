import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"

export const CERTIFICATE_EXPIRED = "manufacturer.certificate_expired"

type Expiry = { manufacturer_id: string; certificate_ids: string[]; product_ids: string[] }

/** Published products covered by a certificate that has expired, grouped by manufacturer. */
const findExpiredListingsStep = createStep("find-products-with-expired-certificates", async ({ now }: { now: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer_certificate",
    fields: ["id", "manufacturer.id", "products.id", "products.status"],
    filters: { valid_until: { $lt: new Date(now) } },
  })
  const byManufacturer = new Map<string, Expiry>()
  for (const c of data) {
    const published: string[] = (c.products ?? []).filter((p) => p?.status === "published").map((p) => p!.id)
    if (!published.length) continue
    const manufacturerId: string = c.manufacturer.id
    const entry: Expiry = byManufacturer.get(manufacturerId) ?? { manufacturer_id: manufacturerId, certificate_ids: [], product_ids: [] }
    entry.certificate_ids.push(c.id as string)
    entry.product_ids.push(...published.filter((id) => !entry.product_ids.includes(id)))
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
    when({ productIds }, ({ productIds }) => productIds.length > 0).then(() => {
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
