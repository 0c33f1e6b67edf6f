import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import type CustomsModuleService from "../../../modules/customs/service"

export type CreateDeclarationInput = { order_id: string; manufacturer_id: string; mode: string; order_no: string; warnings: string[] }

/**
 * A draft declaration for a child order, or the one it already has: the unique order id makes a
 * concurrent second run fail here rather than declare the order twice.
 */
export const createDeclarationStep = createStep(
  "create-declaration",
  async (input: CreateDeclarationInput, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [existing] = await customs.listDeclarations({ order_id: input.order_id })
    if (existing) return new StepResponse({ declaration: existing, created: false }, null as string | null)
    const declaration = await customs.createDeclarations({ ...input, status_changed_at: new Date(), status_changed_by: "system" })
    return new StepResponse({ declaration, created: true }, declaration.id as string | null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).deleteDeclarations(id)
  }
)
