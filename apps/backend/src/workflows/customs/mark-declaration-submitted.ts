import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { changeDeclarationsStep, updateCustomsMessagesStep } from "./steps/customs-records"
import { lockDeclarationsStep, unlockDeclarationsStep } from "./steps/declaration-locks"

/**
 * The transport has handed a generated declaration's current messages to the single window (earlier
 * versions' messages keep their receipts' status); repeating it changes nothing.
 */
export const markDeclarationSubmittedWorkflow = createWorkflow("mark-declaration-submitted", (input: { declaration_id: string }) => {
  // Customs' receipts may be moving it at this moment (they can come back before this call does).
  const lock = lockDeclarationsStep(transform({ input }, ({ input }) => [input.declaration_id]))
  const { data } = useQueryGraphStep({
    entity: "declaration",
    fields: ["id", "status", "version", "messages.id", "messages.direction", "messages.version"],
    filters: { id: input.declaration_id },
    options: { throwIfKeyNotFound: true },
  })
  when("only-if-generated", { data }, ({ data }) => data[0].status === "generated").then(() => {
    updateCustomsMessagesStep(
      transform({ data }, ({ data }) =>
        (data[0].messages ?? [])
          .filter((m) => m?.direction === "out" && m.version === data[0].version)
          .map((m) => ({ id: m!.id, status: "submitted" }))
      )
    )
    changeDeclarationsStep(transform({ input }, ({ input }) => [{ id: input.declaration_id, to: "submitted" as const, by: "workers" }]))
  })
  unlockDeclarationsStep(lock)
  return new WorkflowResponse(transform({ data }, ({ data }) => data[0].id))
})
