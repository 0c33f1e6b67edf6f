import { promises as fs } from "fs"
import path from "path"

export type OutgoingMessage = { type: string; guid: string; xml: string }
export type IncomingReceipt = { id: string; xml: string }

/**
 * How declarations reach customs and receipts come back. The folder transport is what the single
 * window's exchange client works with; an HTTP transport to a customs broker implements the same.
 */
export interface CustomsTransport {
  /** Hands messages over; a message already handed over (same guid) is not sent again. */
  submit(messages: OutgoingMessage[]): Promise<void>
  /** Receipts waiting to be read, oldest first. */
  receive(): Promise<IncomingReceipt[]>
  /** Done with a receipt: processed, or refused (kept aside for a person to inspect). */
  acknowledge(id: string, outcome: "processed" | "refused", reason?: string): Promise<void>
}

/**
 * The exchange client's folders under one directory: outbox/ (it sends what appears there), inbox/
 * (it drops receipts there); sent/ remembers what was handed over, so a retried job never declares
 * twice; processed/ and refused/ keep read receipts.
 */
export class FolderTransport implements CustomsTransport {
  constructor(readonly dir: string) {}

  private folder(name: "outbox" | "inbox" | "sent" | "processed" | "refused") {
    return path.join(this.dir, name)
  }

  async submit(messages: OutgoingMessage[]): Promise<void> {
    await Promise.all(["outbox", "sent"].map((f) => fs.mkdir(this.folder(f as "outbox"), { recursive: true })))
    for (const m of messages) {
      const name = `${m.type}_${m.guid}.xml`
      const marker = path.join(this.folder("sent"), `${name}.sent`)
      if (await exists(marker)) continue
      // Written under a temporary name and renamed, so the exchange client never reads half a file.
      const tmp = path.join(this.folder("outbox"), `.${name}.tmp`)
      await fs.writeFile(tmp, m.xml, "utf8")
      await fs.rename(tmp, path.join(this.folder("outbox"), name))
      await fs.writeFile(marker, new Date().toISOString())
    }
  }

  async receive(): Promise<IncomingReceipt[]> {
    const inbox = this.folder("inbox")
    const names = (await fs.readdir(inbox).catch(() => [] as string[])).filter((n) => n.endsWith(".xml")).sort()
    const receipts: IncomingReceipt[] = []
    for (const id of names) {
      const xml = await fs.readFile(path.join(inbox, id), "utf8").catch(() => undefined)
      if (xml !== undefined) receipts.push({ id, xml })
    }
    return receipts
  }

  async acknowledge(id: string, outcome: "processed" | "refused", reason?: string): Promise<void> {
    const target = this.folder(outcome)
    await fs.mkdir(target, { recursive: true })
    await fs.rename(path.join(this.folder("inbox"), id), path.join(target, id)).catch((e: NodeJS.ErrnoException) => {
      // Another worker process read it first.
      if (e.code !== "ENOENT") throw e
    })
    if (reason) await fs.writeFile(path.join(target, `${id}.reason.txt`), reason)
  }
}

const exists = (file: string) => fs.access(file).then(() => true, () => false)
