import { parseCebReply, TradeKitError } from "@aem/trade-kit"
import type { BackendClient } from "../backend"
import type { CustomsTransport } from "./transport"

type Recorded = { recorded: string[]; duplicates: number; unmatched: string[] }

/** Receipts per request to the backend: one workflow run records a batch, in the order customs sent them. */
const BATCH = 100

/**
 * Reads receipts from customs: each is checked against the CEB schema (a receipt that fails it is
 * refused and kept aside), sent to the backend in batches, which moves the declarations, and then put
 * away. A receipt about no message we sent is refused too. Returns how many were processed and refused.
 */
export async function readReceipts(transport: CustomsTransport, backend: BackendClient, log: (line: string) => void) {
  let processed = 0
  let refused = 0
  const valid: { id: string; receipt: { type: string; guid: string; xml: string; statuses: { guid: string; status: string; note: string; time?: string }[] } }[] = []
  for (const receipt of await transport.receive()) {
    try {
      const parsed = await parseCebReply(receipt.xml)
      valid.push({
        id: receipt.id,
        receipt: { type: parsed.type, guid: parsed.guid, xml: receipt.xml, statuses: parsed.statuses.map(({ guid, status, note, time }) => ({ guid, status, note, time })) },
      })
    } catch (e) {
      if (!(e instanceof TradeKitError)) throw e
      await transport.acknowledge(receipt.id, "refused", e.message)
      log(`customs receipt ${receipt.id} refused: ${e.message.split("\n")[0]}`)
      refused++
    }
  }
  for (let i = 0; i < valid.length; i += BATCH) {
    const batch = valid.slice(i, i + BATCH)
    const result = await backend.post<Recorded>("/hooks/customs/receipts", { receipts: batch.map((r) => r.receipt) })
    const unmatched = new Set(result.unmatched)
    for (const { id, receipt } of batch) {
      if (unmatched.has(receipt.guid)) {
        await transport.acknowledge(id, "refused", "no declared message has the guid this receipt answers")
        refused++
      } else {
        await transport.acknowledge(id, "processed")
        processed++
      }
    }
  }
  return { processed, refused }
}

/** Polls for receipts until stopped; one poll at a time, errors logged and retried at the next poll. */
export function startReceiptPoller(transport: CustomsTransport, backend: BackendClient, intervalMs: number, log: (line: string) => void) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = () => {
    running = readReceipts(transport, backend, log)
      .catch((e) => log(`customs receipts: ${e instanceof Error ? e.message : String(e)} (will retry)`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs)
      })
  }
  tick()
  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
