import { buildDeclarationSet, demoOrder, guidSequence, parseCebReply } from "@aem/trade-kit"
import fs from "fs"
import os from "os"
import path from "path"
import { readReceipts } from "../customs/receipts"
import { FolderTransport } from "../customs/transport"
import { answerOutbox } from "../customs-simulator/simulator"

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "aem-exchange-test-"))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const messages = () => Object.values(buildDeclarationSet(demoOrder("9610"), { guid: guidSequence("decl_t") }).consignments[0].messages)
const files = (sub: string) => (fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)).sort() : [])

describe("folder transport", () => {
  it("puts each message in the outbox once, however often it is submitted", async () => {
    const transport = new FolderTransport(dir)
    await transport.submit(messages())
    // The exchange client picked them up; a retried job submits the same messages again.
    for (const f of files("outbox")) fs.unlinkSync(path.join(dir, "outbox", f))
    await transport.submit(messages())
    expect(files("outbox")).toEqual([])
    expect(files("sent")).toHaveLength(4)
  })

  it("reads receipts oldest first and puts refused ones aside with the reason", async () => {
    fs.mkdirSync(path.join(dir, "inbox"))
    fs.writeFileSync(path.join(dir, "inbox", "2_b.xml"), "<b/>")
    fs.writeFileSync(path.join(dir, "inbox", "1_a.xml"), "<a/>")
    const transport = new FolderTransport(dir)
    expect((await transport.receive()).map((r) => r.id)).toEqual(["1_a.xml", "2_b.xml"])
    await transport.acknowledge("1_a.xml", "refused", "not a receipt")
    await transport.acknowledge("1_a.xml", "processed") // another process got there first: no error
    expect(files("refused")).toEqual(["1_a.xml", "1_a.xml.reason.txt"])
  })
})

describe("receipts", () => {
  const backendNeverCalled = { post: async () => Promise.reject(new Error("the backend must not be called")) }

  it("refuses a receipt that fails the CEB schema and keeps it for inspection, without telling the backend", async () => {
    fs.mkdirSync(path.join(dir, "inbox"))
    fs.writeFileSync(path.join(dir, "inbox", "bad.xml"), '<ceb:CEB604Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>')
    expect(await readReceipts(new FolderTransport(dir), backendNeverCalled, () => {})).toEqual({ processed: 0, refused: 1 })
    expect(fs.readFileSync(path.join(dir, "refused", "bad.xml.reason.txt"), "utf8")).toMatch(/does not conform to the CEB 202205 schema/)
  })
})

describe("customs simulator", () => {
  it("holds a declaration for manual review when so configured, with schema-valid receipts", async () => {
    await new FolderTransport(dir).submit(messages())
    expect(await answerOutbox(dir, () => ({ outcome: "hold" }))).toBe(4)
    const replies = await Promise.all(files("inbox").map((f) => parseCebReply(fs.readFileSync(path.join(dir, "inbox", f), "utf8"))))
    expect(replies.map((r) => `${r.type} ${r.statuses[0].status}`).sort()).toEqual(["CEB304 120", "CEB404 120", "CEB506 120", "CEB604 300"])
    expect(files("outbox")).toEqual([])
    expect(await answerOutbox(dir, () => ({ outcome: "accept" }))).toBe(0)
  })
})
