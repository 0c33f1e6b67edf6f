import { axeViolations } from "./axe"
import { useBrowser } from "./browser"
import { addFirstProductToCart, checkout, register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(240_000)

const { urls } = sharedStack()
const browser = useBrowser()

// Russia: roubles have a China customs currency code, so the declaration goes through the customs
// simulator (accept and release) and the workers hand the consignment to the park.
it("the buyer's order page lists each shipment's steps, customs to the park, as an ordered list in their language", async () => {
  const context = await browser().newContext({ locale: "ru-RU", viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    await register(page, urls.storefront, "ru", "timeline-ru")
    await addFirstProductToCart(page, urls.storefront, "ru")
    const number = await checkout(page, urls.storefront, "ru")
    await page.goto(`${urls.storefront}/ru/account`)
    await Promise.all([page.waitForURL(/\/account\/orders\//), page.getByTestId("orders").getByRole("row", { name: new RegExp(number) }).getByRole("link").click()])

    // Customs, the workers and the park take a few seconds.
    const steps = page.getByRole("list", { name: "Где сейчас" }).getByRole("listitem")
    for (let i = 0; i < 60 && (await steps.count()) < 3; i++) {
      await page.waitForTimeout(1000)
      await page.reload()
    }
    const texts = await steps.allInnerTexts()
    // Acceptance and release may carry the same time (read in one batch of receipts), so their order is not asserted.
    expect(texts.map((t) => t.replace(/^.*?\d{1,2}:\d{2}\s*/, ""))).toEqual(
      expect.arrayContaining(["Принято экспортной таможней Китая", "Ожидается в логистическом парке Цзясина", "Выпущено экспортной таможней Китая"])
    )
    expect(await page.getByTestId("shipments").locator("ol.tracking time").first().getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})
