import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findOr404 } from "../../private-file"
import type { VendorRequest } from "../tenant"
import { VENDOR_COMPLAINT_FIELDS } from "./query-config"

type Row = { product_id?: string | null }

/** Complaints with the title of the product each is about, so the manufacturer need not look it up. */
export async function withProducts<T extends Row>(req: VendorRequest, complaints: T[]) {
  const ids = [...new Set(complaints.map((c) => c.product_id).filter((id): id is string => !!id))]
  const { data: products } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } })
    : { data: [] }
  return complaints.map((c) => ({ ...c, product: products.find((p) => p.id === c.product_id) ?? null }))
}

/** One complaint about this manufacturer's goods; another manufacturer's is a 404. */
export async function loadOwnComplaint(req: VendorRequest, id: string) {
  const complaint = await findOr404<Row>(req, "complaint", VENDOR_COMPLAINT_FIELDS, { id, manufacturer_id: req.manufacturerId }, `Complaint ${id}`)
  return (await withProducts(req, [complaint]))[0]
}
