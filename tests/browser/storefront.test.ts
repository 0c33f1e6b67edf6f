import path from "path"
import type { Browser, Page } from "playwright-core"
import { ARTIFACTS as artifacts, launchBrowser } from "./browser"
import { sharedStack } from "./stack"

jest.setTimeout(120_000)

const stack = sharedStack()
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-GB" })
})

afterAll(async () => {
  await browser?.close()
})

async function pricesOn(countryCode: string): Promise<string[]> {
  await page.goto(`${stack.urls.storefront}/${countryCode}`)
  await page.getByTestId("product-card").first().waitFor()
  return page.getByTestId("product-price").allInnerTexts()
}

it("shows the catalog in Kazakhstan priced in KZT", async () => {
  const prices = await pricesOn("kz")
  expect(prices.length).toBe(12)
  for (const p of prices) expect(p).toMatch(/^(from )?KZT\s[\d,]+\.\d\d$/)
  // Product photos ship with the repo (drawn SVGs, one size) and are served by the backend's file module, with srcset
  // (a card another test emptied of photos shows the placeholder instead: the first photo on the page is taken).
  const firstImage = page.getByTestId("product-card").getByTestId("product-photo").first()
  await firstImage.scrollIntoViewIfNeeded()
  await expect(firstImage.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0)
  await expect(firstImage.getAttribute("srcset")).resolves.toMatch(/^\S+ \d+w(, \S+ \d+w)*$/)
  expect(Number(await firstImage.getAttribute("width"))).toBeGreaterThan(0)
  await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/Kazakhstan/)
  await expect(page.getByRole("heading", { name: /All products \((\d+)\)/ }).innerText()).resolves.toMatch(/\(6\d\)/)
  await page.screenshot({ path: path.join(artifacts, "storefront-kz.png"), fullPage: false })
})

it("shows the same catalog in Saudi Arabia priced in SAR, with different amounts", async () => {
  const kz = await pricesOn("kz")
  const sa = await pricesOn("sa")
  for (const p of sa) expect(p).toMatch(/^(from )?SAR\s[\d,]+\.\d\d$/)
  const amount = (s: string) => Number(s.replace(/[^\d.]/g, ""))
  // The same first product: a tenge price is far larger than a riyal price.
  expect(amount(kz[0])).toBeGreaterThan(amount(sa[0]) * 50)
  await page.screenshot({ path: path.join(artifacts, "storefront-sa.png"), fullPage: false })
})

it("opens a product page with the manufacturer, variant prices and trade data, by keyboard alone", async () => {
  await page.goto(`${stack.urls.storefront}/kz`)
  await page.keyboard.press("Tab")
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content")
  // Tab until the first product link has focus, then follow it with Enter.
  const firstTitle = await page.getByTestId("product-card").first().getByRole("link").innerText()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab")
    if ((await page.evaluate(() => document.activeElement?.textContent)) === firstTitle) break
  }
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(firstTitle)
  await Promise.all([page.waitForURL(/\/kz\/products\//), page.keyboard.press("Enter")])
  await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(firstTitle)
  const rows = await page.getByTestId("variant-prices").locator("tbody tr").allInnerTexts()
  expect(rows.length).toBeGreaterThan(0)
  for (const r of rows) expect(r).toMatch(/KZT\s[\d,]+\.\d\d/)
  await expect(page.getByText(/Made by .+Co\., Ltd\./).count()).resolves.toBe(1)
  // Trade data explained with the trade kit: the HS 2022 description and the ISO 9999 class name.
  await expect(page.getByRole("row", { name: /HS code/ }).innerText()).resolves.toMatch(/\d{10} — \w.+ \(HS \d{6}\)/)
  await expect(page.getByRole("row", { name: /ISO 9999 class/ }).innerText()).resolves.toMatch(/\d\d \d\d [A-Z][a-z]+/)
})

it("answers a country it does not serve with a 404 page", async () => {
  const res = await page.goto(`${stack.urls.storefront}/xx`)
  expect(res?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page not found")
})

it("has a healthy backend, workers and admin", async () => {
  expect((await fetch(`${stack.urls.backend}/health`)).status).toBe(200)
  const workers = await (await fetch(stack.urls.workers)).json()
  expect(workers.status).toBe("ok")
  const login = await fetch(`${stack.urls.backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@marketplace.example.com", password: "demo-admin-2026" }),
  })
  expect(login.status).toBe(200)
  const { token } = await login.json()
  const session = await fetch(`${stack.urls.backend}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  expect(session.status).toBe(200)
  // The admin dashboard keeps its session in this cookie: it must be set on plain-HTTP localhost.
  expect(session.headers.get("set-cookie")).toMatch(/connect\.sid=/)
})

it("lets the platform admin log in to the Medusa dashboard", async () => {
  const admin = await browser.newPage()
  try {
    await admin.goto(`${stack.urls.admin}/login`)
    await admin.locator("input[name=email]").fill("admin@marketplace.example.com")
    await admin.locator("input[name=password]").fill("demo-admin-2026")
    await admin.locator("button[type=submit]").click()
    await admin.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("login"), { timeout: 60_000 })
    await admin.screenshot({ path: path.join(artifacts, "admin-after-login.png") })
  } finally {
    await admin.close()
  }
})
