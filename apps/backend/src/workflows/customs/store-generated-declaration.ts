import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { NewCustomsDocument } from "./steps/customs-records"
import { changeDeclarationsStep, createCustomsDocumentsStep, createCustomsMessagesStep } from "./steps/customs-records"

export type GeneratedDeclaration = {
  declaration_id: string
  version: number
  messages: { type: string; guid: string; head_guid: string; xml: string }[]
  documents: { kind: NewCustomsDocument["kind"]; filename: string; content_base64: string }[]
  warnings: string[]
}

export const DECLARATION_FIELDS = [
  "id", "order_id", "status", "version", "order_no", "warnings",
  "messages.type", "messages.guid", "messages.direction", "messages.version", "messages.xml",
]

/**
 * Stores what the workers built for a draft declaration's current version — its messages and its
 * PDFs (through the file module) — and marks it generated. A declaration that is no longer a draft
 * has been stored already, and a build of an older version is stale: nothing is written, and the
 * declaration is returned as it is.
 */
export const storeGeneratedDeclarationWorkflow = createWorkflow("store-generated-declaration", (input: GeneratedDeclaration) => {
  const { data: before } = useQueryGraphStep({
    entity: "declaration",
    fields: DECLARATION_FIELDS,
    filters: { id: input.declaration_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "declaration-before" })

  when("only-if-current-draft", { before, input }, ({ before, input }) => before[0].status === "draft" && before[0].version === input.version).then(() => {
    const files = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.documents.map((d) => ({ filename: d.filename, mimeType: "application/pdf", content: d.content_base64, access: "private" as const })),
      }))
    )
    createCustomsMessagesStep(
      transform({ input }, ({ input }) =>
        input.messages.map((m) => ({ ...m, declaration_id: input.declaration_id, version: input.version, direction: "out" as const, status: "generated" }))
      )
    )
    createCustomsDocumentsStep(
      transform({ input, files }, ({ input, files }) =>
        input.documents.map((d, i) => ({
          declaration_id: input.declaration_id, version: input.version, kind: d.kind, filename: d.filename, file_id: files[i].id, url: files[i].url,
        }))
      )
    )
    changeDeclarationsStep(
      transform({ input, before }, ({ input, before }) => [
        {
          id: input.declaration_id,
          to: "generated" as const,
          by: "workers",
          warnings: [...new Set([...(before[0].warnings ?? []).filter((w): w is string => !!w), ...input.warnings])],
          problem: null,
        },
      ])
    )
  })

  const { data: after } = useQueryGraphStep({
    entity: "declaration",
    fields: DECLARATION_FIELDS,
    filters: { id: input.declaration_id },
  }).config({ name: "declaration-after" })
  return new WorkflowResponse(transform({ after }, ({ after }) => after[0]))
})
