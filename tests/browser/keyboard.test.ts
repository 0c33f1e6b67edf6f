import type { Page } from "playwright-core"
import { focused, useBrowser, tabTo, uniqueEmail } from "./browser"
import { ADDRESSES } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(180_000)

const { urls } = sharedStack()
const browser = useBrowser()

/** The focused element shows a focus ring (an outline or a box shadow), so a keyboard user sees where they are. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!)
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none"
  })
}

async function tabAndPress(page: Page, match: Parameters<typeof tabTo>[1], key: string) {
  await tabTo(page, match, 150)
  expect(await focusVisible(page)).toBe(true)
  await page.keyboard.press(key)
}

it("buys with the keyboard alone, from the product page to the confirmation, in Arabic", async () => {
  const context = await browser().newContext({ locale: "ar-SA", viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    await page.goto(`${urls.storefront}/sa/products/anjian-four-wheel-rollator`)
    await page.keyboard.press("Tab")
    expect((await focused(page)).text).toBe("انتقل إلى المحتوى")
    expect(await focusVisible(page)).toBe(true)

    await tabTo(page, (f) => f.id === "variant")
    await page.keyboard.press("ArrowDown")
    await Promise.all([page.waitForURL(/\/sa\/cart/), tabAndPress(page, (f) => f.text === "أضف إلى السلة", "Enter")])
    // The button pressed is gone with its page: focus goes to the new page's heading, not to <body>.
    await page.waitForFunction(() => document.activeElement?.id === "cart-title")
    await Promise.all([page.waitForURL(/\/sa\/checkout/), tabAndPress(page, (f) => f.text === "إتمام الطلب" && f.tag === "a", "Enter")])
    await page.waitForFunction(() => document.activeElement?.id === "checkout-title")

    await tabTo(page, (f) => f.id === "email", 150)
    await page.keyboard.type(uniqueEmail("keyboard"))
    for (const [field, value] of Object.entries(ADDRESSES.sa)) {
      await tabTo(page, (f) => f.id === field, 10)
      await page.keyboard.type(value)
    }
    await tabAndPress(page, (f) => f.tag === "button" && f.text === "متابعة", "Enter")
    // Focus moves on to the next step's heading, so the next Tab lands in it.
    await page.waitForFunction(() => document.activeElement?.id === "shipping")

    // A radio group is one Tab stop; Space selects the focused option.
    await tabTo(page, (f) => f.name === "option_id", 3)
    await page.keyboard.press("Space")
    await tabAndPress(page, (f) => f.tag === "button" && f.text === "متابعة", "Enter")
    await page.waitForFunction(() => document.activeElement?.id === "duties")

    await tabTo(page, (f) => f.name === "incoterm", 3)
    await page.keyboard.press("Space")
    await tabAndPress(page, (f) => f.tag === "button" && f.text === "متابعة", "Enter")
    await page.waitForFunction(() => document.activeElement?.id === "payment")

    await Promise.all([
      page.waitForURL(/\/sa\/order\/.+\/confirmed/),
      tabAndPress(page, (f) => f.tag === "button" && f.text.startsWith("تأكيد الطلب"), "Enter"),
    ])
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("شكرًا لك: تم تأكيد طلبك")
    await expect(page.getByTestId("order-summary").innerText()).resolves.toContain("SAR")
  } finally {
    await context.close()
  }
})
