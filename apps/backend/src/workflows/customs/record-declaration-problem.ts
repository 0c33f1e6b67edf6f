import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../modules/customs"
import type CustomsModuleService from "../../modules/customs/service"

type ProblemInput = { declaration_id: string; problem: string }

const recordProblemStep = createStep(
  "record-declaration-problem",
  async (input: ProblemInput, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [current] = await customs.listDeclarations({ id: input.declaration_id })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Declaration ${input.declaration_id} was not found`)
    const updated = await customs.updateDeclarations({ id: current.id, problem: input.problem })
    return new StepResponse(updated, { id: current.id, problem: current.problem })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).updateDeclarations(previous)
  }
)

/** The workers cannot build a declaration: the reason is kept on it, for the manufacturer and the platform to fix. */
export const recordDeclarationProblemWorkflow = createWorkflow("record-declaration-problem", (input: ProblemInput) => {
  return new WorkflowResponse(recordProblemStep(input))
})
