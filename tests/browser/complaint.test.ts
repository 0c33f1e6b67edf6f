import path from "path"
import type { BrowserContext } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, tabTo, useBrowser } from "./browser"
import { checkout, register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(300_000)

const stack = sharedStack()
const browser = useBrowser()
const MAKER = { email: "owner@kangyi.example.cn", password: "demo-maker-2026" }
const ADMIN = { email: "admin@marketplace.example.com", password: "demo-admin-2026" }
const CHAIR = "kangyi-lightweight-aluminium-wheelchair"

/**
 * "Report a problem", end to end: a buyer in Saudi Arabia (Arabic, right to left) orders the demo
 * wheelchair, sees the manufacturer's quality record on the product page, reports a defect from the
 * order page by keyboard; the manufacturer answers in the portal; the buyer reads the answer. The order
 * keeps the language the buyer checked out in.
 */
describe("buyer complaint", () => {
  let buyer: BrowserContext
  let maker: BrowserContext

  beforeAll(async () => {
    buyer = await browser().newContext({ locale: "ar-SA", viewport: { width: 1280, height: 900 } })
    maker = await browser().newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await buyer?.close()
    await maker?.close()
  })

  it("goes from the buyer's report on the order page to the manufacturer's answer", async () => {
    const page = await buyer.newPage()
    await register(page, stack.urls.storefront, "sa", "complaint")
    await page.goto(`${stack.urls.storefront}/sa/products/${CHAIR}`)
    // The quality record in words, with its score: not a colour alone.
    await expect(page.getByTestId("credit-badge").innerText()).resolves.toMatch(/سجل الجودة/)
    expect(await axeViolations(page)).toEqual([])
    await Promise.all([page.waitForURL(/\/cart/), page.locator("form.buy button[type=submit]").click()])
    await checkout(page, stack.urls.storefront, "sa")
    const orderId = /\/order\/([^/]+)\/confirmed/.exec(page.url())![1]

    // The checkout kept the buyer's language on the order (recall notices are written in it).
    const adminToken = (await (await fetch(`${stack.urls.backend}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ADMIN) })).json()).token
    const { order } = await (await fetch(`${stack.urls.backend}/admin/orders/${orderId}?fields=metadata`, { headers: { authorization: `Bearer ${adminToken}` } })).json()
    expect(order.metadata).toMatchObject({ language: "ar" })

    // The order page, once the order has reached its manufacturer.
    const orderPage = `${stack.urls.storefront}/sa/account/orders/${orderId}`
    // On a fresh stack the order's split can wait behind the seed's own events for a while.
    for (const start = Date.now(); ; ) {
      await page.goto(orderPage)
      // A shipment listed (one per manufacturer), not merely the "being passed on" notice gone.
      if (await page.getByTestId("shipments").locator("ul.shipments > li").count()) break
      if (Date.now() - start > 180_000) throw new Error(`order ${orderId} was never passed to its manufacturer`)
      await page.waitForTimeout(1000)
    }
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl")
    expect(await axeViolations(page)).toEqual([])

    // Too short a description: sent without the browser's own check, the field says what to correct.
    await page.locator("#report-description").fill("سيئ")
    await page.getByTestId("report-form").evaluate((f: HTMLFormElement) => f.setAttribute("novalidate", ""))
    await Promise.all([page.waitForURL(/complaint=description/), page.getByTestId("report-form").locator("button[type=submit]").click()])
    await expect(page.locator("#report-description").getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(page.locator("#report-description").getAttribute("aria-describedby")).resolves.toBe("report-description-error report-description-hint")
    expect(await axeViolations(page)).toEqual([])

    // Keyboard only: the item, the category, the description, then send.
    await tabTo(page, (f) => f.id === "report-item")
    await page.keyboard.press("ArrowDown")
    await tabTo(page, (f) => f.id === "report-category")
    await tabTo(page, (f) => f.id === "report-description")
    await page.keyboard.type("المكابح لا تثبت الكرسي على المنحدر")
    await tabTo(page, (f) => f.tag === "button" && f.text === "أرسل إلى الشركة المصنّعة")
    await Promise.all([page.waitForURL(/complaint=sent/), page.keyboard.press("Enter")])
    await expect(page.getByTestId("report-sent").innerText()).resolves.toContain("الشركة المصنّعة")
    await expect(page.getByTestId("complaints").innerText()).resolves.toContain("المكابح لا تثبت الكرسي على المنحدر")
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, "rtl-complaint-sent.png"), fullPage: true })

    // The manufacturer finds it among those waiting and answers.
    const portal = await maker.newPage()
    await portal.goto(`${stack.urls.portal}/login`)
    await portal.locator("input[name=email]").fill(MAKER.email)
    await portal.locator("input[name=password]").fill(MAKER.password)
    await Promise.all([portal.waitForURL((u) => !u.pathname.startsWith("/login")), portal.locator("main button[type=submit]").click()])
    await portal.goto(`${stack.urls.portal}/complaints`)
    expect(await axeViolations(portal)).toEqual([])
    await Promise.all([portal.waitForURL(/\/complaints\/cmpl_/), portal.getByTestId("complaints").locator("tbody tr").first().getByRole("link").first().click()])
    await expect(portal.locator("main").innerText()).resolves.toContain("المكابح لا تثبت الكرسي على المنحدر")
    expect(await axeViolations(portal)).toEqual([])
    await portal.locator("main button[type=submit]").click()
    await portal.locator(".error-summary").waitFor()
    await portal.locator("textarea[name=answer]").fill("We will send a new brake set by EMS this week.")
    await portal.locator("main button[type=submit]").click()
    // Answered once: the page shows the answer sent in place of the form.
    await portal.getByRole("heading", { name: "已发送的回复" }).waitFor()
    await expect(portal.locator("main").innerText()).resolves.toContain("We will send a new brake set by EMS this week.")
    expect(await axeViolations(portal)).toEqual([])

    await page.goto(orderPage)
    await expect(page.getByTestId("complaints").innerText()).resolves.toContain("We will send a new brake set by EMS this week.")
  })
})
