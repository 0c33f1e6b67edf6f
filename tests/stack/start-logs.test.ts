import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs"
import os from "os"
import path from "path"
import { importStack } from "./import-stack"

const BACKEND = path.resolve(__dirname, "../../apps/backend")

/** An app that logs through Medusa's own logger as the built backend does (NODE_ENV=production), then a plain line. */
const APP = `
const { logger } = require("@medusajs/framework/logger")
logger.info("Processing inventory-level.created which has 1 subscribers")
logger.warn("Stock location is missing an address")
logger.error("Subscriber failed: boom")
console.log("workers: consuming aem.export-pipeline")
`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "aem-start-logs-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it("after the banner, the backend's info lines go to the log file and only warnings, errors and other apps' lines to the terminal", async () => {
  const { startProcess, logToFile } = await importStack()
  const shown: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string) => shown.push(String(chunk)) > 0) as typeof process.stdout.write
  try {
    const proc = startProcess("backend", "35", process.execPath, ["-e", APP], { cwd: BACKEND, env: { ...process.env, NODE_ENV: "production" } })
    const file = logToFile([proc], path.join(dir, "marketplace.log"))
    await new Promise((resolve) => proc.child.once("close", resolve))

    const terminal = shown.join("")
    expect(terminal).not.toContain("Processing inventory-level.created")
    expect(terminal).toContain('"level":"warn","message":"Stock location is missing an address"')
    expect(terminal).toContain('"level":"error","message":"Subscriber failed: boom"')
    expect(terminal).toContain("[backend]\x1b[0m workers: consuming aem.export-pipeline")

    const logged = readFileSync(file, "utf8").trim().split("\n")
    expect(logged).toHaveLength(4)
    expect(logged[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[backend\] \{"level":"info","message":"Processing inventory-level.created which has 1 subscribers"/)
    expect(logged[3]).toMatch(/\[backend\] workers: consuming aem.export-pipeline$/)
  } finally {
    process.stdout.write = write
  }
})

it("keeps the last run's log beside the new one", async () => {
  const { logToFile } = await importStack()
  const file = path.join(dir, "logs", "marketplace.log")
  logToFile([], file)
  writeFileSync(file, "the last run\n")
  expect(logToFile([], file)).toBe(file)
  expect(readFileSync(path.join(dir, "logs", "marketplace.previous.log"), "utf8")).toBe("the last run\n")
  expect(existsSync(file)).toBe(true)
  expect(readFileSync(file, "utf8")).toBe("")
})
