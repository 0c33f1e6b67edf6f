import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHash } from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { FILE_STORE_MODULE } from "../../src/modules/file-store"
import type FileStoreModuleService from "../../src/modules/file-store/service"
import { DEMO_CERTIFICATES } from "../../src/scripts/demo-data/certificates"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { integrationTestRunner } from "./runner"

jest.setTimeout(600_000)

// The local provider's old folder, as `npm start` names it to the backend (FILE_IMPORT_DIRS): read by medusa-config.
const oldUploads = fs.mkdtempSync(path.join(os.tmpdir(), "aem-old-uploads-"))
process.env.FILE_IMPORT_DIRS = oldUploads

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex")

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const fileStore = () => getContainer().resolve<FileStoreModuleService>(FILE_STORE_MODULE)
    let admin: { headers: { authorization: string } }

    beforeAll(async () => {
      const { data } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      admin = { headers: { authorization: `Bearer ${data.token}` } }
    })
    afterAll(() => fs.rmSync(oldUploads, { recursive: true, force: true }))

    const productImage = async (handle: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["thumbnail"], filters: { handle } })
      return data[0].thumbnail as string
    }
    const keyOf = (url: string) => decodeURIComponent(url.split("/static/")[1])

    it("keeps the demo's images and scans in the database and serves public ones at /static, cached by their hash", async () => {
      const url = await productImage(DEMO_PRODUCTS[0].handle)
      expect(url).toMatch(/^http:\/\/localhost:9000\/static\/\d+-kangyi-/)
      const row = await db()("stored_file").where({ key: keyOf(url) }).first()
      expect(row).toMatchObject({ access: "public", mime_type: "image/svg+xml" })

      const res = await api.get(`/static/${encodeURIComponent(keyOf(url))}`, { responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toBe("image/svg+xml")
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
      expect(sha256(Buffer.from(res.data))).toBe(row.sha256)
      const again = await api.get(`/static/${encodeURIComponent(keyOf(url))}`, { headers: { "if-none-match": res.headers.etag }, validateStatus: () => true })
      expect(again.status).toBe(304)

      expect(await db()("stored_file").where({ access: "private" }).select("key")).toHaveLength(DEMO_CERTIFICATES.length)
      // A private file (a certificate scan) is never served at a public URL.
      const scan = await db()("stored_file").where({ access: "private" }).first()
      expect((await api.get(`/static/${encodeURIComponent(scan.key)}`, { validateStatus: () => true })).status).toBe(404)
    })

    it("start-up remakes the seed's missing files, imports the old folder's, and names the rest in a log line and GET /admin/file-problems", async () => {
      const { data: report } = await api.post("/admin/industry-reports", { from: "2026-01-01", to: "2026-02-01" }, admin)
      const { data: reports } = await getContainer().resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "industry_report", fields: ["pdf_file_id"], filters: { id: report.industry_report.id } })
      const reportPdf = reports[0].pdf_file_id
      const imageKey = keyOf(await productImage(DEMO_PRODUCTS[1].handle))
      const scan = await db()("stored_file").where({ access: "private" }).first()
      const importedKey = keyOf(await productImage(DEMO_PRODUCTS[2].handle))
      const before = Object.fromEntries((await db()("stored_file").whereIn("key", [imageKey, scan.key])).map((r: { key: string; sha256: string }) => [r.key, r.sha256]))

      // As a new checkout finds a database whose files lived elsewhere: these rows are gone. One of them is still in
      // the local provider's old folder, with other bytes than the seed would make.
      const oldBytes = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><!-- uploaded before --></svg>")
      fs.writeFileSync(path.join(oldUploads, importedKey), oldBytes)
      await db()("stored_file").whereIn("key", [imageKey, scan.key, importedKey, reportPdf]).delete()
      expect((await api.get(`/static/${encodeURIComponent(imageKey)}`, { validateStatus: () => true })).status).toBe(404)

      const { data: listed } = await api.get("/admin/file-problems", admin)
      expect(listed.problems).toEqual(
        expect.arrayContaining([
          { key: imageKey, what: `image of product ${DEMO_PRODUCTS[1].handle}` },
          { key: scan.key, what: expect.stringMatching(/^scan of certificate DEMO-/) },
          { key: importedKey, what: `image of product ${DEMO_PRODUCTS[2].handle}` },
          { key: reportPdf, what: `PDF of industry report ${report.industry_report.id}` },
        ])
      )
      expect(listed.count).toBe(4)

      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const errors: string[] = []
      const spy = jest.spyOn(logger, "error").mockImplementation((m: unknown) => void errors.push(String(m)))
      try {
        // What the backend runs at start-up (onApplicationStart, in the process that does background work).
        await fileStore().__hooks.onApplicationStart()
        await new Promise<void>((resolve) => {
          const t = setInterval(() => errors.some((e) => /1 missing files/.test(e)) && (clearInterval(t), resolve()), 100)
        })
      } finally {
        spy.mockRestore()
      }
      expect(errors).toContain(
        `file store: ${reportPdf} (PDF of industry report ${report.industry_report.id}) is missing: the database refers to it, the file store does not have it`
      )

      const after = Object.fromEntries((await db()("stored_file").whereIn("key", [imageKey, scan.key, importedKey])).map((r: { key: string; sha256: string }) => [r.key, r.sha256]))
      expect(after).toEqual({ ...before, [importedKey]: sha256(oldBytes) })
      expect((await api.get(`/static/${encodeURIComponent(imageKey)}`)).status).toBe(200)
      expect((await db()("stored_file").where({ key: scan.key }).first()).access).toBe("private")

      expect((await api.get("/admin/file-problems", admin)).data.problems).toEqual([{ key: reportPdf, what: `PDF of industry report ${report.industry_report.id}` }])
      // Asked for through its checked route, the missing file is a 404 that says what is missing, not a silent one.
      const res = await api.get(`/admin/industry-reports/${report.industry_report.id}/pdf`, { ...admin, validateStatus: () => true })
      expect([res.status, res.data.message]).toEqual([404, expect.stringMatching(/is missing from the file store; .*GET \/admin\/file-problems/)])
    })

    it("answers 401 to GET /admin/file-problems without a staff login", async () => {
      expect((await api.get("/admin/file-problems", { validateStatus: () => true })).status).toBe(401)
    })
  },
})
