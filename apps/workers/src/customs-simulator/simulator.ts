import { buildCebReply, readDeclaredMessage } from "@aem/trade-kit"
import { promises as fs } from "fs"
import path from "path"

/**
 * DEV AND TEST TOOL — customs cannot be reached from here. It plays the single window: reads what
 * the transport put in outbox/ and answers in inbox/ with schema-valid receipts (trade kit).
 */
export type SimulatedOutcome = { outcome: "accept"; release?: boolean } | { outcome: "reject"; reason: string } | { outcome: "hold" }

type Decide = (message: { type: string; orderNo: string }) => SimulatedOutcome

/**
 * Answers every message in the outbox once (answered ones move to outbox-answered/): accept gives
 * each message 120 and the inventory list then 800 (released), unless `release: false` (goods
 * accepted and waiting for release: `releaseDeclared` releases them later); reject answers the inventory list
 * with 100 and the reason; hold answers it with 300 (manual review) and nothing more.
 */
export async function answerOutbox(dir: string, decide: Decide, now = () => new Date()): Promise<number> {
  const outbox = path.join(dir, "outbox")
  const answered = path.join(dir, "outbox-answered")
  const inbox = path.join(dir, "inbox")
  await Promise.all([answered, inbox].map((d) => fs.mkdir(d, { recursive: true })))
  const names = (await fs.readdir(outbox).catch(() => [] as string[])).filter((n) => n.endsWith(".xml")).sort()
  for (const name of names) {
    const xml = await fs.readFile(path.join(outbox, name), "utf8")
    const { type, head } = readDeclaredMessage(xml)
    const decision = decide({ type, orderNo: head.orderNo ?? head.copNo ?? "" })
    const replies: { status: string; info: string }[] =
      type !== "CEB603"
        ? [{ status: "120", info: "新增申报成功 stored (simulated)" }]
        : decision.outcome === "accept"
          ? [{ status: "120", info: "清单入库 accepted (simulated)" }, ...(decision.release === false ? [] : [RELEASE])]
          : decision.outcome === "reject"
            ? [{ status: "100", info: decision.reason }]
            : [{ status: "300", info: "人工审核 held for manual review (simulated)" }]
    // A millisecond apart so the receipts read back in the order customs sent them.
    for (const [i, r] of replies.entries()) await writeReply(inbox, xml, r, new Date(now().getTime() + i))
    await fs.rename(path.join(outbox, name), path.join(answered, name))
  }
  return names.length
}

const RELEASE = { status: "800", info: "放行 released (simulated)" }

async function writeReply(inbox: string, xml: string, r: { status: string; info: string }, at: Date) {
  const reply = buildCebReply(xml, { ...r, at })
  const file = `${at.toISOString().replace(/\D/g, "")}_${reply.type}_${reply.guid}.xml`
  await fs.writeFile(path.join(inbox, `.${file}.tmp`), reply.xml, "utf8")
  await fs.rename(path.join(inbox, `.${file}.tmp`), path.join(inbox, file))
}

/** Releases inventory lists answered earlier with `release: false` (those of the given order numbers). */
export async function releaseDeclared(dir: string, orderNos: string[], now = () => new Date()): Promise<number> {
  const answered = path.join(dir, "outbox-answered")
  let released = 0
  for (const name of (await fs.readdir(answered).catch(() => [] as string[])).filter((n) => n.startsWith("CEB603"))) {
    const xml = await fs.readFile(path.join(answered, name), "utf8")
    const { head } = readDeclaredMessage(xml)
    if (!orderNos.includes(head.orderNo ?? head.copNo ?? "")) continue
    await writeReply(path.join(dir, "inbox"), xml, RELEASE, now())
    released++
  }
  return released
}
