import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../modules/customs"
import type CustomsModuleService from "../../modules/customs/service"
import { resubmissionProblem } from "../../modules/customs/status"
import { enqueueJobStep } from "../steps/enqueue-job"
import { declarationJobFor, useDeclarationSource } from "./declaration-source"
import { settleDeclaredCurrencyStep } from "./steps/settle-declared-currency"

type ResubmitInput = { orderId: string; version: number; by: string }

/**
 * The next version of a rejected (or unbuildable) declaration: back to draft, customs' reason and
 * the problem cleared (they stay on the earlier version's messages and receipts). The version the
 * manufacturer saw is the idempotency key: resubmitting it again, once it has been, changes nothing.
 */
const openNextVersionStep = createStep(
  "open-next-declaration-version",
  async (input: ResubmitInput, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [current] = await customs.listDeclarations({ order_id: input.orderId })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This order has no export declaration yet.")
    if (current.version === input.version + 1) return new StepResponse({ declaration: current, resubmitted: false }, null)
    const problem = resubmissionProblem(current, input.version)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Declaration ${current.order_no} cannot be resubmitted: ${problem}.`)
    const declaration = await customs.updateDeclarations({
      id: current.id,
      version: current.version + 1,
      status: "draft",
      rejection_reason: null,
      problem: null,
      status_changed_at: new Date(),
      status_changed_by: input.by,
    })
    const { id, version, status, rejection_reason, problem: previousProblem, status_changed_at, status_changed_by } = current
    return new StepResponse(
      { declaration, resubmitted: true },
      { id, version, status, rejection_reason, problem: previousProblem, status_changed_at, status_changed_by }
    )
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).updateDeclarations(previous)
  }
)

/**
 * The manufacturer has corrected what customs refused (the product's HS code, weight, names…):
 * a new version of the declaration is built from the order and products as they are now, with new
 * message guids, and goes through the workers, the schema check and customs like the first.
 */
export const resubmitDeclarationWorkflow = createWorkflow("resubmit-declaration", (input: ResubmitInput) => {
  const { declaration, resubmitted } = openNextVersionStep(input)
  const { source } = useDeclarationSource(input.orderId)
  const { conversion, waiting } = settleDeclaredCurrencyStep({ declaration, source })
  // Still no customs rate for the month: the new version waits for it with the problem saying so.
  const job = when("only-if-resubmitted", { resubmitted, waiting }, ({ resubmitted, waiting }) => resubmitted && !waiting).then(() =>
    enqueueJobStep(
      transform({ source, declaration, conversion }, ({ source, declaration, conversion }) =>
        declarationJobFor(source, declaration, new Date(declaration.status_changed_at!), conversion)
      )
    )
  )
  return new WorkflowResponse({ declaration, resubmitted, job })
})
