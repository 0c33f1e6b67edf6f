import path from "path"
import type { BrowserContext } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, tabTo, useBrowser } from "./browser"
import { register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(240_000)

const { urls } = sharedStack()
const browser = useBrowser()
const MAKER = { email: "owner@kangyi.example.cn", password: "demo-maker-2026" }
const CHAIR = "kangyi-lightweight-aluminium-wheelchair"

/**
 * "Ask the manufacturer", end to end: a buyer in Saudi Arabia (Arabic) whose hips fit no seat sends the
 * measurement by keyboard; the manufacturer answers in the portal, naming a model; the buyer reads the
 * answer in the account and selects that model in one step.
 */
describe("fitting request", () => {
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

  it("goes from the buyer's measurement to the manufacturer's answer in the buyer's account", async () => {
    const page = await buyer.newPage()
    await register(page, urls.storefront, "sa", "fitting")
    await page.goto(`${urls.storefront}/sa/products/${CHAIR}?measure=60`)
    // No seat fits 60 cm hips: the advice says so, and the ask form has the measurement ready.
    await page.getByTestId("size-advice").waitFor()
    await expect(page.locator("#ask-measure").inputValue()).resolves.toBe("60")
    await expect(page.locator("#ask-email").count()).resolves.toBe(0)
    await tabTo(page, (f) => f.id === "ask-note")
    await page.keyboard.type("أستخدم وسادة سميكة")
    await tabTo(page, (f) => f.tag === "button" && f.text === "أرسل إلى الشركة المصنّعة")
    await Promise.all([page.waitForURL(/ask=sent/), page.keyboard.press("Enter")])
    await expect(page.getByTestId("ask-sent").innerText()).resolves.toContain("حسابك")
    await page.screenshot({ path: path.join(ARTIFACTS, "rtl-fitting-request-sent.png"), fullPage: true })

    // The manufacturer logs in to the portal and finds the request among those waiting.
    const portal = await maker.newPage()
    await portal.goto(`${urls.portal}/login`)
    await portal.locator("input[name=email]").fill(MAKER.email)
    await portal.locator("input[name=password]").fill(MAKER.password)
    await Promise.all([portal.waitForURL((u) => !u.pathname.startsWith("/login")), portal.locator("main button[type=submit]").click()])
    await portal.goto(`${urls.portal}/fitting`)
    const row = portal.getByTestId("fitting-requests").locator("tr", { hasText: "60 cm" }).first()
    await expect(row.innerText()).resolves.toContain("ar / SA")
    await Promise.all([portal.waitForURL(/\/fitting\/fitreq_/), row.getByRole("link").click()])
    await expect(portal.locator("dd[lang=ar]").innerText()).resolves.toBe("أستخدم وسادة سميكة")
    expect(await axeViolations(portal)).toEqual([])

    // An empty answer is refused next to the field; then the answer, naming the 51 cm seat.
    await portal.locator("main button[type=submit]").click()
    await portal.locator(".error-summary").waitFor()
    await expect(portal.locator("textarea[name=answer]").getAttribute("aria-invalid")).resolves.toBe("true")
    await portal.locator("textarea[name=answer]").fill("We can widen the KY-860 seat to 56 cm; meanwhile 51 cm with a thin cushion.")
    await portal.locator("select[name=recommended_variant_id]").selectOption({ label: "51 cm" })
    await portal.locator("main button[type=submit]").click()
    await portal.locator(".notice").waitFor()
    await portal.goto(`${urls.portal}/fitting?status=answered`)
    await expect(portal.getByTestId("fitting-requests").innerText()).resolves.toContain("60 cm")
    expect(await axeViolations(portal)).toEqual([])

    // The buyer reads the answer and selects the recommended seat in one step.
    await page.goto(`${urls.storefront}/sa/account`)
    const answer = page.getByTestId("fitting-requests")
    await expect(answer.locator("blockquote").innerText()).resolves.toContain("56 cm")
    expect(await axeViolations(page)).toEqual([])
    await Promise.all([page.waitForURL(/fit=variant_/), answer.getByRole("link", { name: /51 cm/ }).click()])
    const chosen = await page.locator("#variant").evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)
    expect(chosen).toBe("51 cm")
  })

  it("lets a guest ask with an email, and points at the email field when it is missing", async () => {
    const guest = await browser().newContext({ locale: "en-GB" })
    try {
      const page = await guest.newPage()
      await page.goto(`${urls.storefront}/kz/products/${CHAIR}?measure=75`)
      await page.locator("#ask-email").fill("not-an-email")
      // The browser's own check is bypassed to reach the server's (as without JavaScript validation).
      await page.getByTestId("ask-form").evaluate((f: HTMLFormElement) => f.setAttribute("novalidate", ""))
      await Promise.all([page.waitForURL(/ask=email/), page.getByTestId("ask-form").locator("button[type=submit]").click()])
      await expect(page.locator("#ask-email").getAttribute("aria-invalid")).resolves.toBe("true")
      await expect(page.locator("#ask-email-error").innerText()).resolves.toContain("email")
      await page.locator("#ask-measure").fill("75")
      await page.locator("#ask-email").fill("carer@example.kz")
      await Promise.all([page.waitForURL(/ask=sent/), page.getByTestId("ask-form").locator("button[type=submit]").click()])
      await expect(page.getByTestId("ask-sent").innerText()).resolves.toContain("email")
    } finally {
      await guest.close()
    }
  })
})
