import { handOffConsignmentJob, PARK_HEADER, signHook, signedPath } from "@aem/job-contracts"
import { UnrecoverableError } from "bullmq"
import type { BackendClient } from "../backend"
import type { JobHandler } from "../handler"
import { postToBackend } from "./backend-post"

type Allocation = {
  consignment: { id: string; barcode: string; status: string; manifest_sent_at: string | null }
  park: { code: string; manifest_endpoint: string | null }
  manifest: Record<string, unknown>
}

/** The park's system refused the manifest itself: sending it again cannot help. */
const PARK_REFUSED = new Set([400, 401, 403, 404, 409, 413, 422])

/**
 * Hands a child order's consignment to the park: the backend allocates it (once, whatever the number
 * of runs) and tells the park's operators; when the park has a manifest endpoint it is sent the
 * manifest, signed with the park secret (HMAC over timestamp and body, as our own hooks), and the
 * backend notes it was taken, so a retry after that does not send it again.
 */
export function handOffConsignmentHandler(backend: BackendClient, parkSecret: (parkCode: string) => string): JobHandler<typeof handOffConsignmentJob.schema> {
  return async (payload, ctx) => {
    const { consignment, park, manifest } = await postToBackend<Allocation>(backend, "/hooks/logistics/consignments", {
      order_id: payload.orderId,
      declaration_id: payload.declarationId,
    })
    let manifestSent = !!consignment.manifest_sent_at
    if (park.manifest_endpoint && !manifestSent) {
      const body = JSON.stringify(manifest)
      const res = await fetch(park.manifest_endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-aem-manifest-id": consignment.id, [PARK_HEADER]: park.code, ...signHook(parkSecret(park.code), { path: signedPath(park.manifest_endpoint), body }) },
        body,
      })
      if (!res.ok) {
        const message = `park ${park.code} answered ${res.status} to the manifest of ${consignment.barcode}: ${(await res.text()).slice(0, 300)}`
        throw PARK_REFUSED.has(res.status) ? new UnrecoverableError(message) : new Error(message)
      }
      await postToBackend(backend, `/hooks/logistics/consignments/${consignment.id}/manifest-sent`, { sent_at: new Date().toISOString() })
      manifestSent = true
    }
    ctx.log(`consignment ${consignment.barcode} (${consignment.id}) at park ${park.code}${park.manifest_endpoint ? `, manifest ${manifestSent ? "sent" : "not sent"}` : ", no manifest endpoint"}`)
    return { consignmentId: consignment.id, barcode: consignment.barcode, park: park.code, manifestSent }
  }
}
