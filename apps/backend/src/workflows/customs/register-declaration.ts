import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CUSTOMS_MODULE } from "../../modules/customs"
import { customsProfile } from "../../modules/customs/profile"
import { enqueueJobStep } from "../steps/enqueue-job"
import { declarationJobFor, useDeclarationSource } from "./declaration-source"
import { exportOrderFor } from "./export-order"
import { createDeclarationStep } from "./steps/create-declaration"
import { settleDeclaredCurrencyStep } from "./steps/settle-declared-currency"

/**
 * A child order enters the export pipeline: its draft declaration (one per child order, linked to
 * it) and a job for the workers to build the messages and documents from what is assembled here.
 * Running it again makes no second declaration, and the job's id makes no second job.
 */
export const registerDeclarationWorkflow = createWorkflow("register-declaration", (input: { orderId: string }) => {
  const { source, manufacturerId } = useDeclarationSource(input.orderId)
  const draft = transform({ source, manufacturerId }, ({ source, manufacturerId }) => {
    // The mode, number and warnings do not depend on the declaration date.
    const built = exportOrderFor(source, customsProfile(), new Date())
    return { order_id: source.order.id, manufacturer_id: manufacturerId, mode: built.mode, order_no: built.order.orderNo, warnings: built.warnings }
  })
  const { declaration, created } = createDeclarationStep(draft)
  when("only-if-created", { created }, ({ created }) => created).then(() => {
    createRemoteLinkStep(
      transform({ declaration }, ({ declaration }): LinkDefinition[] => [
        { [CUSTOMS_MODULE]: { declaration_id: declaration.id }, [Modules.ORDER]: { order_id: declaration.order_id } },
      ])
    )
  })
  const { conversion, waiting } = settleDeclaredCurrencyStep({ declaration, source })
  // A redelivered order.placed for a resubmitted declaration enqueues its current version (the same job id).
  // No job while customs' rate is missing: adding the rate prepares the declaration again.
  const job = when("only-if-not-waiting-for-a-rate", { waiting }, ({ waiting }) => !waiting).then(() =>
    enqueueJobStep(
      transform({ source, declaration, conversion }, ({ source, declaration, conversion }) =>
        declarationJobFor(source, declaration, new Date(declaration.version > 1 ? declaration.status_changed_at! : declaration.created_at), conversion)
      )
    )
  )
  return new WorkflowResponse({ declaration, job, waiting })
})
