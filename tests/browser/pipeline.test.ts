import { Client } from "pg"
import path from "path"
import type { BrowserContext, Page } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, useBrowser } from "./browser"
import { addFirstProductToCart, checkout, register } from "./shop"
import { sharedStack } from "./stack"

/**
 * The export pipeline end to end, as issue #6 names it: a buyer's checkout on the storefront → the
 * declaration built and submitted by the workers → released by the customs simulator (the stack's
 * stand-in for customs) → a park operator receives, packs and hands the consignment over in the
 * portal → the buyer's order page shows each step.
 */
jest.setTimeout(300_000)

const { urls, databaseUrl } = sharedStack()
const browser = useBrowser()
const OPERATOR = { email: "operator@jiaxing-park.example.cn", password: "demo-operator-2026" }

/** Polls until `probe` returns a value. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** The stack's database, read the way the label is: which consignment the buyer's order became. */
async function consignmentOf(buyerOrderId: string) {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    return await waitFor("the consignment to be allocated to the park", async () => {
      const { rows } = await db.query(
        `select c.id, c.barcode, d.status as customs from consignment c join declaration d on d.order_id = c.order_id
         where c.buyer_order_id = $1 and c.deleted_at is null`,
        [buyerOrderId]
      )
      return rows[0] as { id: string; barcode: string; customs: string } | undefined
    })
  } finally {
    await db.end()
  }
}

describe("export pipeline", () => {
  let buyer: BrowserContext
  let operator: BrowserContext
  let orderId: string
  let consignment: { id: string; barcode: string; customs: string }
  let page: Page

  beforeAll(async () => {
    buyer = await browser().newContext({ locale: "id-ID", viewport: { width: 1280, height: 900 } })
    operator = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    await operator.addCookies([{ name: "portal_lang", value: "en", url: urls.portal }])
    page = await operator.newPage()
  })

  afterAll(async () => {
    await buyer?.close()
    await operator?.close()
  })

  it("a checkout in Indonesia becomes a declaration customs releases and a consignment at the park", async () => {
    const shop = await buyer.newPage()
    await register(shop, urls.storefront, "id", "pipeline-id")
    await addFirstProductToCart(shop, urls.storefront, "id")
    await checkout(shop, urls.storefront, "id")
    orderId = /\/order\/([^/]+)\/confirmed/.exec(shop.url())![1]
    await shop.close()
    consignment = await consignmentOf(orderId)
    expect(consignment.barcode).toMatch(/^JXP-/)
  })

  it("the operator logs in, and receives the goods by scanning the label (keyboard input and Enter)", async () => {
    await page.goto(`${urls.portal}/park/login`)
    await page.getByLabel("Email").fill(OPERATOR.email)
    await page.getByLabel("Password").fill(OPERATOR.password)
    await Promise.all([page.waitForURL(/\/park$/), page.getByRole("button", { name: "Log in" }).click()])
    await expect(page.getByRole("row", { name: new RegExp(consignment.barcode) }).innerText()).resolves.toContain("expected")

    // The barcode field has the focus when the page opens: a USB scanner types the code and presses Enter.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("barcode")
    await page.keyboard.type(consignment.barcode)
    await Promise.all([page.waitForURL(/\/park\/consignments\/.+\?done=received/), page.keyboard.press("Enter")])
    await expect(page.getByRole("status").innerText()).resolves.toBe(`Received: ${consignment.barcode}`)
    await expect(page.getByTestId("consignment-status").innerText()).resolves.toBe("received")

    // Not packed yet: the hand-over is disabled, and says why, tied to its button.
    const handOver = page.getByRole("button", { name: "Hand over" })
    expect(await handOver.isDisabled()).toBe(true)
    await expect(page.locator(`#${await handOver.getAttribute("aria-describedby")}`).innerText()).resolves.toContain("weigh and pack it first")

    // An unknown barcode is refused beside the field.
    await page.goto(`${urls.portal}/park`)
    // The field takes the focus on load; keys typed before the page's script has taken over can be lost.
    await page.waitForLoadState("networkidle")
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "barcode")
    await page.keyboard.type("JXP-NOT-HERE")
    await page.keyboard.press("Enter")
    const error = page.locator("#f-barcode-error")
    await error.waitFor()
    await expect(error.innerText()).resolves.toMatch(/JXP-NOT-HERE was not found in this park/)
    await expect(page.getByLabel("Package barcode").getAttribute("aria-describedby")).resolves.toContain("f-barcode-error")
  })

  it("records the weight and dimensions (errors beside their fields), prints the label and packing list, and hands over once customs has released", async () => {
    await page.goto(`${urls.portal}/park/consignments/${consignment.id}`)
    const field = (i: number, name: string) => page.locator(`[name="packages.${i}.${name}"]`)
    await field(0, "weight_g").fill("16.4")
    await page.getByRole("button", { name: "Save and mark packed" }).click()
    await expect(page.locator("#f-packages-0-weight_g-error").innerText()).resolves.toBe("Enter a whole number above 0.")
    await expect(field(0, "weight_g").getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(page.locator("#f-packages-0-length_mm-error").innerText()).resolves.toBe("Fill this in.")

    for (const [name, value] of [["weight_g", "16400"], ["length_mm", "820"], ["width_mm", "330"], ["height_mm", "760"]]) await field(0, name).fill(value)
    await page.getByRole("button", { name: "Save and mark packed" }).click()
    await expect(page.locator("section[aria-labelledby=packages] [role=status]").innerText()).resolves.toBe("Packages recorded; the consignment is packed.")

    for (const link of ["Label (PDF)", "Packing list (PDF)"]) {
      const href = await page.getByRole("link", { name: link }).getAttribute("href")
      const res = await page.request.get(`${urls.portal}${href}`)
      expect([link, res.status(), res.headers()["content-type"]]).toEqual([link, 200, "application/pdf"])
      expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-")
    }

    // The simulator releases the declaration; until then the page says customs has not.
    await waitFor("customs to release the declaration", async () => {
      await page.reload()
      return (await page.getByTestId("customs-status").innerText()) === "released" ? true : undefined
    })
    await page.screenshot({ path: path.join(ARTIFACTS, "park-consignment.png"), fullPage: true })
    await page.getByRole("textbox", { name: "Carrier (required)" }).fill("China Post")
    await page.getByRole("textbox", { name: "Waybill number (required)" }).fill("CP123456789CN")
    await page.getByRole("button", { name: "Hand over" }).click()
    await page.getByText("Handed to the carrier. China Post CP123456789CN").waitFor()
    await page.reload()
    await expect(page.getByTestId("consignment-status").innerText()).resolves.toBe("handed to carrier")
  })

  it("records an exception with its kind and a note, both required, and resolves it saying how", async () => {
    await page.goto(`${urls.portal}/park/consignments/${consignment.id}`)
    await page.getByRole("button", { name: "Record exception" }).click()
    await page.locator("#f-kind-error").waitFor()
    await expect(page.locator("#f-kind-error").innerText()).resolves.toBe("Fill this in.")
    await expect(page.locator("#f-note-error").innerText()).resolves.toBe("Fill this in.")
    await page.getByRole("combobox", { name: "Kind of exception (required)" }).selectOption("damaged")
    await page.getByRole("textbox", { name: "Note (required)" }).fill("Outer carton crushed at one corner; contents checked and intact.")
    await page.getByRole("button", { name: "Record exception" }).click()
    await expect(page.locator("section[aria-labelledby=exception] [role=status]").innerText()).resolves.toBe("Exception recorded.")

    // Dealt with: the operator resolves it from the open exceptions, saying how (required).
    await page.reload()
    const open = page.getByRole("table", { name: "Open exceptions" })
    await Promise.all([page.waitForURL(/resolve=/), open.getByRole("link", { name: /^Resolve Damaged/ }).click()])
    await page.getByRole("heading", { name: "Resolve the exception: Damaged" }).waitFor()
    await page.getByRole("button", { name: "Mark resolved" }).click()
    await expect(page.locator("#f-note-error").innerText()).resolves.toBe("Fill this in.")
    await page.getByRole("textbox", { name: "How it was resolved (required)" }).fill("Re-packed in a new carton.")
    await page.getByRole("button", { name: "Mark resolved" }).click()
    await expect(page.locator("section[aria-labelledby=exception] [role=status]").innerText()).resolves.toBe(
      "Exception resolved; the buyer and the manufacturer are told."
    )
    await expect(page.getByRole("table", { name: "Open exceptions" }).count()).resolves.toBe(0)
  })

  it("shows the buyer each step on the order page", async () => {
    const shop = await buyer.newPage()
    try {
      await shop.goto(`${urls.storefront}/id/account/orders/${orderId}`)
      const codes = await shop.getByTestId("shipments").locator("ol.tracking li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-code")))
      expect(codes).toEqual(expect.arrayContaining(["allocated", "received", "packed", "handed_over", "exception_damaged", "exception_resolved"]))
      expect(codes.indexOf("received")).toBeLessThan(codes.indexOf("packed"))
      expect(codes.indexOf("packed")).toBeLessThan(codes.indexOf("handed_over"))
      await expect(shop.getByTestId("shipments").innerText()).resolves.toContain("CP123456789CN")
    } finally {
      await shop.close()
    }
  })

  it("has no axe violations on the console's pages in Chinese and English, and fits 320 px", async () => {
    const found: string[] = []
    const guest = await browser().newContext()
    try {
      for (const lang of ["zh", "en"]) {
        for (const context of [guest, operator]) await context.addCookies([{ name: "portal_lang", value: lang, url: urls.portal }])
        for (const [context, pathname] of [
          [guest, "/park/login"],
          [operator, "/park"],
          [operator, `/park/consignments/${consignment.id}`],
        ] as const) {
          const p = await context.newPage()
          try {
            await p.goto(`${urls.portal}${pathname}`)
            for (const v of await axeViolations(p)) found.push(`${lang} ${pathname} ${v}`)
            await p.setViewportSize({ width: 320, height: 640 })
            const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
            if (overflow > 0) found.push(`${lang} ${pathname} overflows 320 px by ${overflow} px`)
          } finally {
            await p.close()
          }
        }
      }
    } finally {
      await guest.close()
      await operator.addCookies([{ name: "portal_lang", value: "en", url: urls.portal }])
    }
    expect(found).toEqual([])
  })

  it("works without JavaScript: receiving is a plain form, and the backend's refusal comes back beside the field", async () => {
    const nojs = await browser().newContext({ javaScriptEnabled: false })
    try {
      await nojs.addCookies([{ name: "portal_lang", value: "en", url: urls.portal }])
      const p = await nojs.newPage()
      await p.goto(`${urls.portal}/park/login`)
      await p.getByLabel("Email").fill(OPERATOR.email)
      await p.getByLabel("Password").fill(OPERATOR.password)
      await Promise.all([p.waitForURL(/\/park$/), p.getByRole("button", { name: "Log in" }).click()])
      await p.getByRole("button", { name: "Receive" }).click()
      await p.waitForLoadState()
      await expect(p.locator("#f-barcode-error").innerText()).resolves.toBe("Fill this in.")
      // It has left the park: receiving it again is refused, with the reason where the barcode was typed.
      await p.getByLabel("Package barcode").fill(consignment.barcode)
      await p.getByRole("button", { name: "Receive" }).click()
      await p.waitForLoadState()
      await expect(p.locator("#f-barcode-error").innerText()).resolves.toMatch(new RegExp(`${consignment.barcode} cannot be received: it is handed over`))
    } finally {
      await nojs.close()
    }
  })
})
