import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { spawnSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { checkout, eventBusIdle, RU_ADDRESS, startWorkerProcess, storefrontContext, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

// The same fingerprint `npm run restore` checks the archive's manifest with: each table's rows and hash, each file's SHA-256.
const { fingerprint } = require("../../../../scripts/lib/backup.cjs") as {
  fingerprint: (c: Client) => Promise<{ tables: Record<string, { rows: number; hash: string }>; files: Record<string, string> }>
}

jest.setTimeout(600_000)

const ROOT = path.resolve(__dirname, "../../../..")
const prefix = `itest-backup-${process.pid}-${Date.now()}`
process.env.WORKERS_QUEUE_PREFIX = prefix
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const exchange = fs.mkdtempSync(path.join(os.tmpdir(), "aem-customs-exchange-"))
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aem-backup-test-"))

/** `npm run backup` / `npm run restore` as a person runs them, against the given database. */
function npmRun(script: "backup" | "restore", databaseUrl: string, args: string[]) {
  const res = spawnSync("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" })
  return { status: res.status, output: `${res.stdout}${res.stderr}` }
}

// The marketplace's records and their files: what a restore must give back exactly.
const KEY_TABLES = [
  "product", "image", "product_variant", "manufacturer", "manufacturer_certificate", "order", "order_item", "order_line_item",
  "order_group", "child_order", "commission_line", "declaration", "customs_message", "customs_document", "stored_file",
]

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let workers: Awaited<ReturnType<typeof startWorkerProcess>>
    const restoredName = `aem_restore_${process.pid}`
    let sourceUrl: string
    let restoredUrl: string

    beforeAll(async () => {
      workers = await startWorkerProcess({ backendUrl: api.defaults.baseURL!, redisUrl, prefix, exchange, healthPort: 19700 + (process.pid % 200) })
      sourceUrl = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl!
      const url = new URL(sourceUrl)
      url.pathname = `/${restoredName}`
      restoredUrl = url.toString()
    })

    afterAll(async () => {
      workers?.stop()
      const admin = new Client({ connectionString: sourceUrl.replace(/\/[^/]+$/, "/postgres") })
      await admin.connect()
      await admin.query(`drop database if exists "${restoredName}" with (force)`).finally(() => admin.end())
      fs.rmSync(exchange, { recursive: true, force: true })
      fs.rmSync(work, { recursive: true, force: true })
    })

    const fingerprintOf = async (url: string) => {
      const client = new Client({ connectionString: url })
      await client.connect()
      return fingerprint(client).finally(() => client.end())
    }

    it("round-trips a marketplace with orders, declarations (XML and PDFs), certificates and images through one archive", async () => {
      const { headers } = await storefrontContext(getContainer(), "ru")
      const { data: list } = await api.get(`/store/products?handle=${DEMO_PRODUCTS[0].handle}&fields=*variants`, { headers })
      const { order } = await checkout(api, getContainer(), { countryCode: "ru", address: RU_ADDRESS, lines: [{ variant_id: list.products[0].variants[0].id, quantity: 2 }] })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const declaration = await waitFor("the declaration to be submitted with its messages and documents", async () => {
        const { data: groups } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: order.id } })
        const childId = groups[0]?.child_orders?.[0]?.order_id
        if (!childId) return undefined
        const { data } = await query.graph({ entity: "declaration", fields: ["status", "messages.xml", "documents.file_id"], filters: { order_id: childId } })
        return data[0]?.status === "submitted" ? data[0] : undefined
      }, 300_000)
      expect(declaration.messages).toHaveLength(4)
      expect(declaration.documents).toHaveLength(3)
      await eventBusIdle()

      const archive = path.join(work, "marketplace.tar")
      const backup = npmRun("backup", sourceUrl, ["--out", archive])
      expect([backup.status, backup.output]).toEqual([0, expect.stringMatching(/wrote .*marketplace\.tar: \d+ tables, \d+ rows, \d+ files; files are in the database/)])
      const source = await fingerprintOf(sourceUrl)

      const restored = npmRun("restore", restoredUrl, [archive])
      expect([restored.status, restored.output]).toEqual([0, expect.stringMatching(/restored the backup of .*: \d+ tables and \d+ files, each the same as in the archive/)])
      const copy = await fingerprintOf(restoredUrl)

      for (const table of KEY_TABLES) {
        expect([table, copy.tables[`public.${table}`]]).toEqual([table, source.tables[`public.${table}`]])
        expect(source.tables[`public.${table}`].rows).toBeGreaterThan(0)
      }
      // Every stored file (68 images, 9 certificate scans, the declaration's 3 PDFs) with the same bytes.
      expect(Object.keys(copy.files).length).toBe(68 + 9 + 3)
      expect(copy.files).toEqual(source.files)
      for (const d of declaration.documents!) expect(copy.files[d!.file_id]).toBeDefined()

      // A database that is not empty is not overwritten unless told to.
      const refused = npmRun("restore", restoredUrl, [archive])
      expect([refused.status, refused.output]).toEqual([1, expect.stringMatching(/The database aem_restore_\d+ is not empty \(\d+ tables\): restore into a new database, or pass --force/)])
      const forced = npmRun("restore", restoredUrl, [archive, "--force"])
      expect(forced.status).toBe(0)
      expect((await fingerprintOf(restoredUrl)).files).toEqual(source.files)
    })

    it("refuses what is not one of its archives with a message, not a stack trace", async () => {
      const bogus = path.join(work, "not-a-backup.tar")
      fs.writeFileSync(bogus, "hello")
      const res = npmRun("restore", restoredUrl.replace(restoredName, `${restoredName}_x`), [bogus])
      expect([res.status, res.output]).toEqual([1, expect.stringMatching(/not-a-backup\.tar is not a backup archive of this marketplace/)])
    })
  },
})
