import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { DEMO_LOGINS } from "../../src/scripts/demo-data/seed-demo-data"
import { addProductPhotoWorkflow } from "../../src/workflows/product-media/add-product-photo"
import { demoStorefront, signUpManufacturer, uscc, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

type Photo = { id: string; url: string; width: number; height: number; sizes: { url: string; width: number; height: number }[]; alt: Record<string, string>; is_thumbnail: boolean }

/** A photo as a camera would give it: a JPEG with some detail (a flat colour compresses to nothing). */
const cameraJpeg = (width: number, height: number) =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#9bb"/><stop offset="1" stop-color="#334"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#c93"/></svg>`))
    .jpeg({ quality: 90 })
    .toBuffer()

function photoForm(alt: Record<string, string>, file?: { bytes: Buffer; type: string; name: string }) {
  const form = new FormData()
  for (const [lang, text] of Object.entries(alt)) form.append(`alt[${lang}]`, text)
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return form
}

integrationTestRunner({
  startFrom: "demo data",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let maker: { headers: { authorization: string } }
    let other: Awaited<ReturnType<typeof signUpManufacturer>>
    let storefront: Awaited<ReturnType<typeof demoStorefront>>
    let product: { id: string; handle: string }
    let jpeg: Buffer

    beforeAll(async () => {
      storefront = await demoStorefront(getContainer())
      const { data } = await api.post("/auth/manufacturer/emailpass", DEMO_LOGINS.manufacturer)
      maker = { headers: { authorization: `Bearer ${data.token}` } }
      other = await signUpManufacturer(api, "maker-other", uscc("330200", "MA2PHT12"))
      const { data: list } = await api.get("/vendor/products?limit=1", maker)
      product = list.products[0]
      jpeg = await cameraJpeg(2400, 1800)
    })

    const upload = (productId: string, form: FormData, as: object = maker) =>
      api.post(`/vendor/products/${productId}/images`, form, as).catch((e) => e.response)
    const photos = async (): Promise<Photo[]> => (await api.get(`/vendor/products/${product.id}`, maker)).data.product.images
    const fileCount = async () =>
      Number((await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select count(*) as n from stored_file")).rows[0].n)

    it("stores an uploaded photo in three WebP sizes with their width and height, served as public files", async () => {
      const before = await photos()
      const started = Date.now()
      const res = await upload(product.id, photoForm({ en: "Folding wheelchair, side view", zh: "折叠轮椅侧面" }, { bytes: jpeg, type: "image/jpeg", name: "IMG_2041.JPG" }))
      // The time one 2400×1800 JPEG takes, upload to answer (sharp's three sizes and the writes).
      console.log(`one photo upload took ${Date.now() - started} ms`)
      expect(res.status).toBe(201)
      const image: Photo = res.data.image
      expect(image.sizes.map((s) => [s.width, s.height])).toEqual([[320, 240], [640, 480], [1280, 960]])
      expect([image.width, image.height, image.url]).toEqual([1280, 960, image.sizes[2].url])
      expect(image.alt).toEqual({ en: "Folding wheelchair, side view", zh: "折叠轮椅侧面" })
      expect(res.data.images.map((i: Photo) => i.id)).toEqual([...before.map((i) => i.id), image.id])
      for (const size of image.sizes) {
        const file = await api.get(new URL(size.url).pathname, { responseType: "arraybuffer" })
        expect(file.headers["content-type"]).toMatch(/^image\/webp/)
        expect(await sharp(Buffer.from(file.data)).metadata()).toMatchObject({ format: "webp", width: size.width, height: size.height })
      }
    })

    it("refuses a file that is not a JPEG, PNG or WebP by its content, whatever its name and type say", async () => {
      const pdfAsJpeg = { bytes: Buffer.from("%PDF-1.4\n%%EOF\n"), type: "image/jpeg", name: "photo.jpg" }
      const res = await upload(product.id, photoForm({ en: "A photo" }, pdfAsJpeg))
      expect([res.status, res.data.message]).toEqual([400, "photo.jpg is not a JPEG, PNG or WebP photo (judged by its content, not its name)"])
      const svg = { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), type: "image/png", name: "x.png" }
      expect((await upload(product.id, photoForm({ en: "A photo" }, svg))).status).toBe(400)
      const none = await upload(product.id, photoForm({ en: "A photo" }))
      expect([none.status, none.data.message]).toEqual([400, "file is required: a JPEG, PNG or WebP photo"])
    })

    it("refuses a photo over 10 MB with a 413 that says what to do", async () => {
      const res = await upload(product.id, photoForm({ en: "A photo" }, { bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), type: "image/jpeg", name: "huge.jpg" }))
      expect(res.status).toBe(413)
      expect(res.data.message).toMatch(/^The photo is larger than 10 MB: make it smaller/)
    })

    it("requires an English alt text", async () => {
      const res = await upload(product.id, photoForm({ zh: "轮椅" }, { bytes: jpeg, type: "image/jpeg", name: "a.jpg" }))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/alt\.en is required: describe the photo in English/)
      const unknown = await upload(product.id, photoForm({ en: "x", fr: "y" }, { bytes: jpeg, type: "image/jpeg", name: "a.jpg" }))
      expect(unknown.status).toBe(400)
    })

    it("answers 404 to another manufacturer for this product's photos, and stores nothing", async () => {
      const [first] = await photos()
      const files = await fileCount()
      expect((await upload(product.id, photoForm({ en: "x" }, { bytes: jpeg, type: "image/jpeg", name: "a.jpg" }), other)).status).toBe(404)
      expect((await api.post(`/vendor/products/${product.id}/images/${first.id}`, { thumbnail: true }, other).catch((e) => e.response)).status).toBe(404)
      expect((await api.delete(`/vendor/products/${product.id}/images/${first.id}`, other).catch((e) => e.response)).status).toBe(404)
      expect(await fileCount()).toBe(files)
      // A photo of another product named under this one is not found either.
      const { data: list } = await api.get("/vendor/products?limit=2", maker)
      const [elsewhere] = (await api.get(`/vendor/products/${list.products[1].id}`, maker)).data.product.images
      const wrong = await api.post(`/vendor/products/${product.id}/images/${elsewhere.id}`, { thumbnail: true }, maker).catch((e) => e.response)
      expect(wrong.status).toBe(404)
    })

    it("moves, describes, picks the thumbnail and deletes a photo with its files", async () => {
      const small = await cameraJpeg(600, 400)
      const added = (await upload(product.id, photoForm({ en: "Footrest detail" }, { bytes: small, type: "image/jpeg", name: "b.jpg" }))).data.image as Photo
      // A narrow original is not enlarged: its own width is its largest size.
      expect(added.sizes.map((s) => s.width)).toEqual([320, 600])
      const first = (await photos())[0]
      let res = await api.post(`/vendor/products/${product.id}/images/${added.id}`, { rank: 0 }, maker)
      expect(res.data.images.map((i: Photo) => i.id)).toEqual([added.id, first.id])
      res = await api.post(`/vendor/products/${product.id}/images/${added.id}`, { thumbnail: true, alt: { en: "Footrest, close up", ru: "Подножка крупным планом" } }, maker)
      expect(res.data.images[0]).toMatchObject({ id: added.id, is_thumbnail: true, alt: { en: "Footrest, close up", ru: "Подножка крупным планом" } })
      const noEnglish = await api.post(`/vendor/products/${product.id}/images/${added.id}`, { alt: { ru: "Только по-русски" } }, maker).catch((e) => e.response)
      expect(noEnglish.status).toBe(400)

      // The store gives the buyer's language, else English marked as such, with the sizes for srcset.
      const store = (lang: string) =>
        api.get(`/store/catalog/products/${product.handle}?region_id=${storefront.kz.id}&lang=${lang}`, { headers: storefront.headers }).then((r) => r.data.product)
      const ru = await waitFor("the catalogue to show the new thumbnail", async () => {
        const p = await store("ru")
        return p.thumbnail === added.url ? p : undefined
      })
      expect(ru.images[0]).toEqual({
        url: added.url,
        width: 600,
        height: 400,
        sizes: [
          { url: added.sizes[0].url, width: 320, height: 213 },
          { url: added.url, width: 600, height: 400 },
        ],
        alt: "Подножка крупным планом",
        alt_lang: "ru",
      })
      expect(ru.thumbnail_image.url).toBe(added.url)
      expect((await store("tr")).images[0]).toMatchObject({ alt: "Footrest, close up", alt_lang: "en" })
      expect((await api.get(`/store/catalog/products/${product.handle}?region_id=${storefront.kz.id}&lang=xx`, { headers: storefront.headers }).catch((e) => e.response)).status).toBe(400)

      res = await api.delete(`/vendor/products/${product.id}/images/${added.id}`, maker)
      expect(res.data.images.map((i: Photo) => i.id)).toEqual([first.id])
      // The thumbnail goes back to the first photo left; the removed photo's files are gone.
      expect(res.data.images[0].is_thumbnail).toBe(true)
      for (const size of added.sizes) expect((await api.get(new URL(size.url).pathname).catch((e) => e.response)).status).toBe(404)
    })

    it("keeps at most 8 photos per product", async () => {
      const tiny = await sharp({ create: { width: 200, height: 150, channels: 3, background: "#456" } }).png().toBuffer()
      for (let n = (await photos()).length; n < 8; n++) {
        expect((await upload(product.id, photoForm({ en: `Photo ${n}` }, { bytes: tiny, type: "image/png", name: `${n}.png` }))).status).toBe(201)
      }
      const files = await fileCount()
      const ninth = await upload(product.id, photoForm({ en: "One too many" }, { bytes: tiny, type: "image/png", name: "9.png" }))
      expect([ninth.status, ninth.data.message]).toEqual([400, "A product has at most 8 photos: delete one before adding another"])
      expect(await fileCount()).toBe(files)
    })

    it("deletes the stored sizes again when the product cannot take the photo", async () => {
      const files = await fileCount()
      const before = await photos()
      // PostgreSQL refuses a NUL character in JSON: the product update fails after the sizes were stored.
      const { errors } = await addProductPhotoWorkflow(getContainer()).run({
        input: { productId: product.id, sizes: [{ width: 320, height: 240, content: jpeg.toString("base64") }], alt: { en: "bad\u0000alt" } },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      expect(await fileCount()).toBe(files)
      expect((await photos()).map((p) => p.id)).toEqual(before.map((p) => p.id))
    })
  },
})
