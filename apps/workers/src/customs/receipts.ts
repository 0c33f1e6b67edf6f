import { parseCebReplies, TradeKitError } from "@aem/trade-kit"
import type { BackendClient } from "../backend"
import type { CustomsTransport } from "./transport"

type Recorded = { recorded: string[]; duplicates: number; unmatched: string[] }

/** Receipts per round: checked against the schema in one run, recorded by the backend in one request. */
const BATCH = 50

/**
 * Reads receipts from customs, a batch at a time: each is checked against the CEB schema (a receipt
 * that fails it is refused and kept aside), the rest go to the backend in one request, which moves the
 * declarations, and are put away. A receipt about no message we sent is refused too. Returns how many
 * were processed and refused.
 */
export async function readReceipts(transport: CustomsTransport, backend: BackendClient, log: (line: string) => void) {
  let processed = 0
  let refused = 0
  const inbox = await transport.receive()
  for (let i = 0; i < inbox.length; i += BATCH) {
    const batch = inbox.slice(i, i + BATCH)
    const parsed = await parseCebReplies(batch.map((r) => r.xml))
    const valid = []
    for (const [j, reply] of parsed.entries()) {
      if (reply instanceof TradeKitError) {
        await transport.acknowledge(batch[j].id, "refused", reply.message)
        log(`customs receipt ${batch[j].id} refused: ${reply.message.split("\n")[0]}`)
        refused++
        continue
      }
      const receipt = { type: reply.type, guid: reply.guid, xml: batch[j].xml, statuses: reply.statuses.map(({ guid, status, note, time }) => ({ guid, status, note, time })) }
      valid.push({ id: batch[j].id, receipt })
    }
    if (!valid.length) continue
    const result = await backend.post<Recorded>("/hooks/customs/receipts", { receipts: valid.map((r) => r.receipt) })
    const unmatched = new Set(result.unmatched)
    for (const { id, receipt } of valid) {
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
