import type { Page } from "playwright-core"
import { useBrowser } from "./browser"
import { sharedStack } from "./stack"

jest.setTimeout(120_000)

const stack = sharedStack()
const browser = useBrowser()
let page: Page

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1280, height: 900 }, locale: "en-GB" })
})

const focused = () => page.evaluate(() => document.activeElement?.getAttribute("role"))

it("suggests products as the buyer types, chosen with the arrow keys and Enter alone", async () => {
  await page.goto(`${stack.urls.storefront}/kz`)
  const box = page.getByRole("combobox", { name: "Search products" })
  // Reached by keyboard: skip link first, then the brand, then the search box.
  for (let i = 0; i < 5 && (await focused()) !== "combobox"; i++) await page.keyboard.press("Tab")
  expect(await focused()).toBe("combobox")
  await page.keyboard.type("rollat")
  const listbox = page.getByRole("listbox", { name: "Suggestions" })
  await listbox.waitFor()
  await expect(box.getAttribute("aria-expanded")).resolves.toBe("true")
  const options = listbox.getByRole("option")
  expect(await options.count()).toBeGreaterThan(0)
  await page.keyboard.press("ArrowDown")
  const firstId = await options.first().getAttribute("id")
  await expect(box.getAttribute("aria-activedescendant")).resolves.toBe(firstId)
  await expect(options.first().getAttribute("aria-selected")).resolves.toBe("true")
  const chosen = await options.first().innerText()
  await Promise.all([page.waitForURL(/\/kz\/products\//), page.keyboard.press("Enter")])
  await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(chosen)
})

it("closes the suggestions with Escape and searches with Enter, typos and all", async () => {
  await page.goto(`${stack.urls.storefront}/kz`)
  const box = page.getByRole("combobox", { name: "Search products" })
  await box.focus()
  await page.keyboard.type("kursi rodda")
  await page.getByRole("listbox", { name: "Suggestions" }).waitFor()
  await page.keyboard.press("Escape")
  await expect(box.getAttribute("aria-expanded")).resolves.toBe("false")
  await Promise.all([page.waitForURL(/\/kz\/search\?q=kursi/), page.keyboard.press("Enter")])
  await expect(page.getByTestId("search-results").getByRole("link").first().innerText()).resolves.toMatch(/wheelchair|chair/i)
  // The number of results is announced (a status region) as the page opens.
  expect(await page.getByTestId("result-count").innerText()).toMatch(/^\d+ products found$/)
})

it("filters results with the facet form, which works without JavaScript", async () => {
  const context = await browser().newContext({ javaScriptEnabled: false })
  const plain = await context.newPage()
  await plain.goto(`${stack.urls.storefront}/kz/search?q=wheelchair`)
  const total = Number((await plain.getByTestId("result-count").innerText()).match(/\d+/)![0])
  const manual = plain.getByRole("radio", { name: /12 22 Manual wheelchairs \((\d+)\)/ })
  const count = Number((await manual.evaluate((el) => el.parentElement!.textContent)).match(/\((\d+)\)/)![1])
  expect(count).toBeLessThan(total)
  await manual.check()
  await Promise.all([plain.waitForURL(/iso_class=12\+22/), plain.getByRole("button", { name: "Apply filters" }).click()])
  await expect(plain.getByTestId("result-count").innerText()).resolves.toBe(`${count} products found`)
  await plain.goto(`${stack.urls.storefront}/kz/search?q=weelchare`)
  await expect(plain.getByTestId("did-you-mean").innerText()).resolves.toBe("Did you mean wheelchair?")
  await context.close()
})

it("writes prices the buyer's way on a Russian results page, in the hits and the price filter, and names certifications", async () => {
  const context = await browser().newContext({ locale: "ru-KZ" })
  const ru = await context.newPage()
  await ru.goto(`${stack.urls.storefront}/kz/search?q=wheelchair`)
  // Russian groups thousands with a (narrow) no-break space and writes a decimal comma: «от 1 014 900,00 KZT».
  const price = await ru.getByTestId("search-results").locator(".price").first().innerText()
  expect(price).toMatch(/^от \d{1,3}([\u00a0\u202f]\d{3})*,\d{2}[\u00a0\u202f]KZT$/)
  const priceFilter = await ru.getByRole("group", { name: /KZT/ }).innerText()
  expect(priceFilter).toMatch(/\d,\d{2}[\u00a0\u202f]KZT/)
  expect(priceFilter).not.toMatch(/KZT[\u00a0 ]\d/)
  // Certifications by their names in Russian, never their codes ("nmpa_registration").
  const certifications = await ru.locator("fieldset", { has: ru.locator("input[name=certification]") }).innerText()
  expect(certifications).toMatch(/ISO 13485 \(\d+\)/)
  expect(certifications).not.toMatch(/_/)
  await context.close()
})
