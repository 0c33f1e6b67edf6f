import { prepareDeclarationJob } from "@aem/job-contracts"
import {
  buildDeclarationSet, guidSequence, readDeclaredMessage, renderExportDocuments, TradeKitError, validateManyAgainstSchema,
  type DocumentDetailsInput, type ExportOrderInput,
} from "@aem/trade-kit"
import { UnrecoverableError } from "bullmq"
import type { BackendClient } from "../backend"
import type { CustomsTransport, OutgoingMessage } from "../customs/transport"
import type { JobHandler } from "../handler"
import { postToBackend as post } from "./backend-post"

type StoredDeclaration = { declaration: { id: string; status: string; order_no: string; messages: OutgoingMessage[] } }

/**
 * Prepares and submits a child order's declaration: the CEB messages (guids derived from the
 * declaration, so a retry builds the same ones), each checked against the official schema, and the
 * three PDFs go to the backend, which stores them once; the stored messages then go to customs.
 * Input the trade kit refuses, or a message the schema refuses, cannot succeed on retry: the reason
 * goes on the declaration, and the job fails at once and stays in the failed set.
 */
export function prepareDeclarationHandler(backend: BackendClient, transport: CustomsTransport): JobHandler<typeof prepareDeclarationJob.schema> {
  return async (payload, ctx) => {
    const order = payload.order as unknown as ExportOrderInput
    let built
    try {
      const set = buildDeclarationSet(order, { guid: guidSequence(payload.declarationId) })
      const messages = set.consignments.flatMap((c) => Object.values(c.messages))
      const checks = await validateManyAgainstSchema(messages.map((m) => m.xml))
      const invalid = checks.flatMap((c, i) => c.errors.map((e) => `${messages[i].type}: ${e}`))
      if (invalid.length) throw new UnrecoverableError(`The declaration's messages fail the CEB schema: ${invalid.join("; ")}`)
      const docs = await renderExportDocuments(order, payload.documents as unknown as DocumentDetailsInput)
      const orderNo = String(payload.order.orderNo)
      built = {
        declaration_id: payload.declarationId,
        messages: messages.map((m) => ({ type: m.type, guid: m.guid, head_guid: readDeclaredMessage(m.xml).head.guid, xml: m.xml })),
        documents: [
          { kind: "invoice", filename: `invoice-${orderNo}.pdf`, content_base64: docs.commercialInvoice.toString("base64") },
          { kind: "packing_list", filename: `packing-list-${orderNo}.pdf`, content_base64: docs.packingList.toString("base64") },
          { kind: "origin_application", filename: `origin-application-${orderNo}.pdf`, content_base64: docs.certificateOfOrigin.toString("base64") },
        ],
        warnings: set.warnings,
      }
    } catch (e) {
      if (!(e instanceof TradeKitError || e instanceof UnrecoverableError)) throw e
      // Kept on the declaration too, where the manufacturer and the platform see it.
      await post(backend, `/hooks/customs/declarations/${payload.declarationId}/problem`, { problem: e.message })
      throw new UnrecoverableError(`Declaration ${payload.declarationId} cannot be built: ${e.message}`)
    }

    const { declaration } = await post<StoredDeclaration>(backend, "/hooks/customs/declarations", built)
    if (declaration.status === "generated") {
      await transport.submit(declaration.messages)
      await post(backend, `/hooks/customs/declarations/${declaration.id}/submitted`, {})
    }
    ctx.log(`declaration ${declaration.order_no} (${declaration.id}) ${declaration.status === "generated" ? "generated and submitted" : `already ${declaration.status}`}`)
    return { declarationId: declaration.id, orderNo: declaration.order_no, messages: declaration.messages.map((m) => m.guid), warnings: built.warnings }
  }
}
