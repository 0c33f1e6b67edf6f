import { axeViolations } from "./axe"
import { useBrowser } from "./browser"
import { fillAddress, register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(240_000)

const { urls } = sharedStack()
const browser = useBrowser()

/** "1 234,56 ₸" as a number of minor units, whatever the locale's grouping. */
const minor = (text: string) => Number(text.replace(/[^\d,.-]/g, "").replace(/\s/g, "").replace(/[.,](?=\d{2}$)/, "#").replace(/[.,]/g, "").replace("#", ""))

it("chooses DDP in Kazakhstan, in Russian: the duties become one line of the order, paid now, and the order says so", async () => {
  const context = await browser().newContext({ locale: "ru-KZ", viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    await register(page, urls.storefront, "kz", "ddp-kz")
    // Three demo wheelchairs: well over the EAEU €200 parcel allowance, so duty is due.
    await page.goto(`${urls.storefront}/kz/products/kangyi-lightweight-aluminium-wheelchair`)
    await page.locator("#quantity").fill("3")
    await Promise.all([page.waitForURL(/\/cart/), page.locator("form.buy button[type=submit]").click()])

    await page.goto(`${urls.storefront}/kz/checkout`)
    await fillAddress(page, "kz")
    await page.locator("section[aria-labelledby=address] button[type=submit]").click()
    await page.locator("input[name=option_id]").first().waitFor()
    await page.locator("input[name=option_id]").first().check()
    await page.locator("section[aria-labelledby=shipping] button[type=submit]").click()
    await page.locator("#dap").waitFor()

    // Under DAP (the default) the duties are payable on delivery and nothing is added now.
    const breakdown = page.getByTestId("delivery-terms")
    expect(minor(await page.getByTestId("duties-now").innerText())).toBe(0)
    const duties = minor(await page.getByTestId("duties-on-delivery").innerText())
    expect(duties).toBeGreaterThan(0)
    await expect(breakdown.locator("caption").innerText()).resolves.toMatch(/Казахстан/)
    const totalBefore = minor(await page.getByTestId("grand-total").innerText())

    await expect(page.locator("#ddp").isEnabled()).resolves.toBe(true)
    await page.getByLabel(/DDP/).check()
    await page.locator("section[aria-labelledby=duties] button[type=submit]").click()
    await page.locator("section[aria-labelledby=payment] button[type=submit]").waitFor()

    // Now payable with the order, as one line named in Russian; the total grows by exactly that.
    expect(minor(await page.getByTestId("duties-now").innerText())).toBe(duties)
    expect(minor(await page.getByTestId("duties-on-delivery").innerText())).toBe(0)
    const summary = page.getByTestId("order-summary")
    await expect(summary.getByRole("rowheader", { name: "Ввозные пошлины и налоги" }).count()).resolves.toBe(1)
    expect(minor(await page.getByTestId("grand-total").innerText())).toBe(totalBefore + duties)
    await expect(page.locator("#ddp").isChecked()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])

    await Promise.all([page.waitForURL(/\/order\/.+\/confirmed/), page.locator("section[aria-labelledby=payment] button[type=submit]").click()])
    const terms = await page.getByTestId("order-terms").innerText()
    expect(terms).toMatch(/DDP/)
    expect(minor(terms.split("\n")[1])).toBe(duties)
  } finally {
    await context.close()
  }
})
