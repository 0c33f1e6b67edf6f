import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../tenant"
import { RECALL_FIELDS, VENDOR_NOTICE_FIELDS, withNoticeCounts } from "../query-config"

/** GET /vendor/recalls/:id — one of this manufacturer's recalls with its notices (no buyer emails). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "recall",
    fields: [...RECALL_FIELDS, ...VENDOR_NOTICE_FIELDS],
    filters: { id: req.params.id, manufacturer_id: req.manufacturerId },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recall ${req.params.id} was not found`)
  res.json({ recall: withNoticeCounts(data[0]) })
}
