import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "fs"
import os from "os"
import path from "path"
// s3rver: an S3-compatible server (npm), storing objects in a folder; the same wire protocol as S3, MinIO or Ceph.
import S3rver from "s3rver"
import { FILE_STORE_MODULE } from "../../src/modules/file-store"
import type FileStoreModuleService from "../../src/modules/file-store/service"
import { DEMO_CERTIFICATES, demoScan } from "../../src/scripts/demo-data/certificates"
import { DEMO_PRODUCTS } from "../../src/scripts/demo-data/catalog"
import { demoProductImage } from "../../src/scripts/demo-data/demo-files"
import { DEMO_LOGINS, seedDemoData } from "../../src/scripts/demo-data/seed-demo-data"
import { integrationTestRunner } from "./runner"

jest.setTimeout(600_000)

// Production's file store: Medusa's S3 provider, configured from the environment as README says (read by medusa-config).
const port = 19800 + (process.pid % 150)
const bucket = "aem-files"
process.env.S3_BUCKET = bucket
process.env.S3_ENDPOINT = `http://127.0.0.1:${port}`
process.env.S3_ACCESS_KEY_ID = "S3RVER"
process.env.S3_SECRET_ACCESS_KEY = "S3RVER"
const objects = fs.mkdtempSync(path.join(os.tmpdir(), "aem-s3-"))

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let server: S3rver

    beforeAll(async () => {
      server = new S3rver({ port, address: "127.0.0.1", silent: true, directory: objects, configureBuckets: [{ name: bucket, configs: [] }] })
      await server.run()
      await seedDemoData(getContainer())
    })
    afterAll(async () => {
      await server?.close()
      fs.rmSync(objects, { recursive: true, force: true })
    })

    const staff = async () => {
      const { data } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    it("keeps the demo's images and certificate scans in the bucket: images at their S3 URL, scans through the checked route", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const product = DEMO_PRODUCTS[0]
      const { data: products } = await query.graph({ entity: "product", fields: ["thumbnail"], filters: { handle: product.handle } })
      expect(products[0].thumbnail).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/${bucket}/${product.handle}-\\w+\\.svg$`))
      const image = await fetch(products[0].thumbnail!)
      expect([image.status, image.headers.get("content-type"), await image.text()]).toEqual([200, "image/svg+xml", demoProductImage(product)])

      const { data: certificates } = await query.graph({ entity: "manufacturer_certificate", fields: ["id", "number"], filters: { number: DEMO_CERTIFICATES[0].number } })
      const scan = await api.get(`/admin/certificates/${certificates[0].id}/file`, { ...(await staff()), responseType: "arraybuffer" })
      expect(Buffer.from(scan.data).equals(Buffer.from(demoScan(DEMO_CERTIFICATES[0].number), "base64"))).toBe(true)

      // Nothing went to the database's own store.
      const rows = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("stored_file").select("key")
      expect(rows).toEqual([])
      expect((await api.get("/admin/file-problems", await staff())).data).toEqual({ problems: [], count: 0 })
    })

    it("lists an object missing from the bucket at GET /admin/file-problems; start-up cannot remake it into S3, so it stays listed", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const product = DEMO_PRODUCTS[3]
      const { data } = await query.graph({ entity: "product", fields: ["thumbnail"], filters: { handle: product.handle } })
      const url = data[0].thumbnail!
      const key = decodeURIComponent(url.split(`/${bucket}/`)[1])
      await getContainer().resolve(Modules.FILE).deleteFiles(key)
      expect((await fetch(url)).status).toBe(404)

      const { data: listed } = await api.get("/admin/file-problems", await staff())
      expect(listed.problems).toEqual([{ key, what: `image of product ${product.handle}` }])
      const { restored, missing } = await getContainer().resolve<FileStoreModuleService>(FILE_STORE_MODULE).repair()
      expect([restored, missing]).toEqual([[], [{ key, what: `image of product ${product.handle}` }]])
    })
  },
})
