import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { RECALL_FIELDS, withNoticeCounts } from "../../vendor/recalls/query-config"

/** A recall as platform staff see it: with every notice, the buyer's email included. */
export async function retrieveRecall(req: AuthenticatedMedusaRequest, id: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "recall",
    fields: [...RECALL_FIELDS, "opened_by", "closed_by", "notices.*"],
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recall ${id} was not found`)
  return withNoticeCounts(data[0])
}
