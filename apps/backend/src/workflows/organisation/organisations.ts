import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep, uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  changeOrganisationStatusStep,
  createOrganisationDocumentStep,
  createOrganisationStep,
  type ChangeOrganisationStatusInput,
  type RegisterOrganisationInput,
} from "./steps/organisations"

export const ORGANISATION_STATUS_CHANGED = "organisation.status_changed"

/** A signed-in customer registers their organisation; it waits for platform staff's review, they are its admin. */
export const registerOrganisationWorkflow = createWorkflow("register-organisation", (input: RegisterOrganisationInput) => {
  const organisation = createOrganisationStep(input)
  return new WorkflowResponse(organisation)
})

/** A registration document, kept as a private file (read by the organisation's members and platform staff only). */
export const addOrganisationDocumentWorkflow = createWorkflow(
  "add-organisation-document",
  (input: { organisation_id: string; title: string; file: { filename: string; mimeType: string; content: string } }) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ files: [{ ...input.file, access: "private" as const }] })),
    })
    const document = createOrganisationDocumentStep(
      transform({ input, files }, ({ input, files }) => ({
        organisation_id: input.organisation_id,
        title: input.title,
        file_id: files[0].id,
        filename: input.file.filename,
        mime_type: input.file.mimeType,
      }))
    )
    return new WorkflowResponse(document)
  }
)

/** Platform staff verify, reject (with a reason), suspend (with a reason) or re-verify; the admins are told. */
export const changeOrganisationStatusWorkflow = createWorkflow("change-organisation-status", (input: ChangeOrganisationStatusInput) => {
  const changed = changeOrganisationStatusStep(input)
  const { data: admins } = useQueryGraphStep({
    entity: "organisation_member",
    fields: ["customer.email"],
    filters: transform({ input }, ({ input }) => ({ organisation_id: input.organisation_id, role: "admin" })),
  })
  sendNotificationsStep(
    transform({ input, changed, admins }, ({ input, changed, admins }) =>
      admins
        .map((a) => a.customer?.email)
        .filter((to): to is string => !!to)
        .map((to) => ({
          to,
          channel: "email",
          template: "organisation-status-changed",
          idempotency_key: `organisation-status:${changed.change_id}:${to}`,
          data: { organisation: changed.name, from: changed.previous, to: input.status, reason: input.reason ?? null },
        }))
    )
  )
  emitEventStep(
    transform({ input, changed }, ({ input, changed }) => ({
      eventName: ORGANISATION_STATUS_CHANGED,
      data: { id: input.organisation_id, from: changed.previous, to: input.status },
    }))
  )
  return new WorkflowResponse(changed)
})
