import path from "path"
import type { BrowserContext, Page } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, focused, tabTo, useBrowser } from "./browser"
import { sharedStack } from "./stack"

/** Product photos (issue #24): a manufacturer uploads one by keyboard in the portal; buyers get srcset images or a placeholder. */
jest.setTimeout(240_000)

const { urls } = sharedStack()
const browser = useBrowser()
const MAKER = { email: "owner@kangyi.example.cn", password: "demo-maker-2026" }
// Demo products no other browser test uses: one gets a photo, one loses its only photo.
const UPLOAD_TO = "kangyi-reclining-high-back-wheelchair"
const EMPTIED = "kangyi-active-rigid-wheelchair"
const ALT = "Reclining wheelchair with the backrest lowered, side view"

async function makerApi<T>(pathname: string, init: { method?: string } = {}): Promise<T> {
  const login = await fetch(`${urls.backend}/auth/manufacturer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(MAKER) })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${urls.backend}${pathname}`, { ...init, headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${pathname}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

type VendorProduct = { id: string; handle: string; images: { id: string }[] }
const productByHandle = async (handle: string) => {
  const { products } = await makerApi<{ products: { id: string; handle: string }[] }>("/vendor/products?limit=100")
  const { product } = await makerApi<{ product: VendorProduct }>(`/vendor/products/${products.find((p) => p.handle === handle)!.id}`)
  return product
}

/** Reloads the page until `ready` holds (the catalogue's pages are revalidated a moment after a change). */
async function reloadUntil(page: Page, url: string, ready: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const start = Date.now()
  for (;;) {
    // A page rendered afresh after the change can take a while on a loaded machine.
    await page.goto(url, { timeout: 90_000 })
    if (await ready()) return
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await page.waitForTimeout(1000)
  }
}

describe("product photos", () => {
  let maker: BrowserContext
  let buyer: BrowserContext

  beforeAll(async () => {
    maker = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    buyer = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    await maker.addCookies([{ name: "portal_lang", value: "en", url: urls.portal }])
  })
  afterAll(async () => {
    await maker?.close()
    await buyer?.close()
  })

  it("lets a manufacturer upload a photo with its alt text using the keyboard only, and says so in a status region", async () => {
    const product = await productByHandle(UPLOAD_TO)
    const page = await maker.newPage()
    await page.goto(`${urls.portal}/login`)
    await page.locator("input[name=email]").fill(MAKER.email)
    await page.locator("input[name=password]").fill(MAKER.password)
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/login")), page.locator("main button[type=submit]").click()])
    await page.goto(`${urls.portal}/products/${product.id}`)
    await expect(page.locator(".photo-item").count()).resolves.toBe(1)
    expect(await axeViolations(page)).toEqual([])

    // A photo as a phone would give it, made by the browser itself (a canvas as JPEG).
    const jpeg = Buffer.from(
      await page.evaluate(() => {
        const canvas = Object.assign(document.createElement("canvas"), { width: 1600, height: 1200 })
        const g = canvas.getContext("2d")!
        const grad = g.createLinearGradient(0, 0, 1600, 1200)
        grad.addColorStop(0, "#dde4ea")
        grad.addColorStop(1, "#5a6470")
        g.fillStyle = grad
        g.fillRect(0, 0, 1600, 1200)
        g.fillStyle = "#1f5f8b"
        g.beginPath()
        g.arc(800, 700, 300, 0, Math.PI * 2)
        g.fill()
        return canvas.toDataURL("image/jpeg", 0.9).split(",")[1]
      }),
      "base64"
    )
    // From the top of the page, past the product editor and the photo already there.
    await tabTo(page, (f) => f.name === "file", 300)
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")])
    await chooser.setFiles({ name: "reclined.jpg", mimeType: "image/jpeg", buffer: jpeg })
    // The focus stays on the file input once the file is chosen; the alt text is next.
    await expect(focused(page).then((f) => f.name)).resolves.toBe("file")
    await tabTo(page, (f) => f.name === "alt[en]" && f.id === "f-alt-en-", 1)
    await page.keyboard.type(ALT)
    await tabTo(page, (f) => f.tag === "button" && f.text === "Upload photo", 5)
    await page.keyboard.press("Enter")
    await expect(page.getByTestId("photo-status").last().innerText()).resolves.toMatch(/Uploading the photo|Photo uploaded/)
    await page.waitForFunction(() => document.querySelectorAll(".photo-item").length === 2)
    await expect(page.getByTestId("photo-status").last().innerText()).resolves.toBe("Photo uploaded.")
    const added = page.locator(".photo-item").nth(1)
    await expect(added.locator("input[name='alt[en]']").inputValue()).resolves.toBe(ALT)
    // Move buttons are real buttons: the new photo can go first by keyboard.
    await added.getByRole("button", { name: "Move up: Photo 2" }).focus()
    await page.keyboard.press("Enter")
    await page.waitForFunction((alt) => document.querySelector(".photo-item img")?.getAttribute("alt") === alt, ALT)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, "portal-product-photos.png"), fullPage: true })
  })

  it("shows buyers the photos with srcset, width, height and alt text in their language, axe clean", async () => {
    const page = await buyer.newPage()
    const url = `${urls.storefront}/kz/products/${UPLOAD_TO}?lang=ru`
    // The uploaded photo went first: it has three sizes; its alt text falls back to English, marked so.
    await reloadUntil(page, url, async () => (await page.locator(`.product-photos img[alt="${ALT}"]`).count()) > 0, "the uploaded photo on the product page")
    const photo = page.locator(".product-photos > img")
    await expect(photo.getAttribute("alt")).resolves.toBe(ALT)
    await expect(photo.getAttribute("lang")).resolves.toBe("en")
    await expect(photo.getAttribute("width")).resolves.toBe("1280")
    await expect(photo.getAttribute("height")).resolves.toBe("960")
    await expect(photo.getAttribute("srcset")).resolves.toMatch(/ 320w, .+ 640w, .+ 1280w$/)
    await expect(photo.getAttribute("sizes")).resolves.toBeTruthy()
    await page.waitForFunction(() => ((document.querySelector(".product-photos > img") as HTMLImageElement | null)?.naturalWidth ?? 0) > 0)
    // The demo photo is second, described in Russian.
    const demo = page.locator(".product-photos li img")
    await expect(demo.getAttribute("lang")).resolves.toBe("ru")
    await expect(demo.getAttribute("alt")).resolves.toMatch(/вид сбоку/)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, "storefront-product-photos.png"), fullPage: true })
  })

  it("shows a drawn placeholder with an accessible name for a product that has no photo", async () => {
    const product = await productByHandle(EMPTIED)
    for (const image of product.images) await makerApi(`/vendor/products/${product.id}/images/${image.id}`, { method: "DELETE" })
    const page = await buyer.newPage()
    const url = `${urls.storefront}/kz/products/${EMPTIED}?lang=en`
    await reloadUntil(page, url, async () => (await page.getByTestId("photo-placeholder").count()) > 0, "the placeholder on the product page")
    const placeholder = page.getByTestId("photo-placeholder")
    await expect(placeholder.getAttribute("role")).resolves.toBe("img")
    await expect(placeholder.getAttribute("aria-label")).resolves.toBe("No photo of this product yet")
    await expect(page.locator(".product-photos img").count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })
})
