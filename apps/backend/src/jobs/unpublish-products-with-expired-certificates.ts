import type { MedusaContainer } from "@medusajs/framework/types"
import { enforceCertificateValidityWorkflow } from "../workflows/manufacturer/enforce-certificate-validity"

/** Daily: a product whose required certificate has expired leaves the store, and its maker is told. */
export default async function unpublishProductsWithExpiredCertificates(container: MedusaContainer) {
  await enforceCertificateValidityWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

export const config = { name: "unpublish-products-with-expired-certificates", schedule: "15 2 * * *" }
