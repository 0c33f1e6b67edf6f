import path from "path"
import type { Page } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, useBrowser } from "./browser"
import { addFirstProductToCart, askManufacturer, checkout, register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(300_000)

const { urls } = sharedStack()
const browser = useBrowser()

/**
 * Every page type, as a buyer reaches it: catalogue pages, then an account, a cart and each checkout step,
 * the confirmation and the account's order pages. Collects axe's findings per page.
 */
async function sweep(page: Page, cc: string, lang: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {}
  const check = async (name: string, url?: string) => {
    if (url) await page.goto(`${urls.storefront}${url}`)
    expect(await page.locator("html").getAttribute("lang")).toBe(lang)
    found[name] = await axeViolations(page)
    if (lang === "ar") await page.screenshot({ path: path.join(ARTIFACTS, `rtl-${name.replace(/\W+/g, "-")}.png`), fullPage: true })
  }
  await check("choose country", "/")
  await check("home", `/${cc}`)
  await check("category", `/${cc}/categories/iso-12-22`)
  await check("category filtered", `/${cc}/categories/iso-12-22?min=1&stock=1&cert=ce&ships=1`)
  await check("product", `/${cc}/products/kangyi-lightweight-aluminium-wheelchair?measure=42`)
  await check("product, guest's email to correct", `/${cc}/products/kangyi-lightweight-aluminium-wheelchair?measure=75&ask=email#ask`)
  await check("product without sizing", `/${cc}/products/anjian-adjustable-aluminium-cane`)
  await check("compare", `/${cc}/compare?p=kangyi-lightweight-aluminium-wheelchair&p=kangyi-steel-standard-wheelchair&p=kangyi-transport-chair`)
  await check("not found", `/${cc}/products/no-such-product`)
  await check("login", `/${cc}/account/login?error=credentials`)
  await check("empty cart", `/${cc}/cart`)
  await register(page, urls.storefront, cc, `axe-${lang}`)
  await check("account, no orders")
  await check("product, fitting request to correct", `/${cc}/products/kangyi-lightweight-aluminium-wheelchair?ask=measure#ask`)
  await askManufacturer(page, urls.storefront, cc, "kangyi-lightweight-aluminium-wheelchair", 75, "Wide hips")
  await check("product, fitting request sent")
  await check("addresses, invalid", `/${cc}/account/addresses?invalid=postal_code`)
  await addFirstProductToCart(page, urls.storefront, cc)
  await check("cart")
  await checkout(page, urls.storefront, cc, { onStep: (step) => check(`checkout: ${step}`) })
  await check("confirmation")
  await page.goto(`${urls.storefront}/${cc}/account`)
  await check("account with orders")
  await Promise.all([page.waitForURL(/\/account\/orders\//), page.getByTestId("orders").getByRole("link").first().click()])
  await check("order detail")
  await check("register", `/${cc}/account/register`)
  return found
}

it.each([
  { lang: "en", locale: "en-GB", cc: "kz" },
  { lang: "ar", locale: "ar-SA", cc: "sa" },
])("has no axe violations on any page type in $lang", async ({ lang, locale, cc }) => {
  const context = await browser().newContext({ locale, viewport: { width: 1280, height: 900 } })
  try {
    const found = await sweep(await context.newPage(), cc, lang)
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(20)
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({})
  } finally {
    await context.close()
  }
})

it("fits 320 px (the width of 1280 px at 400% zoom) without sideways scrolling, in Arabic too", async () => {
  for (const lang of ["en", "ar"]) {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } })
    try {
      for (const url of ["/kz", "/kz/categories/iso-12-22", "/kz/products/kangyi-lightweight-aluminium-wheelchair", "/kz/checkout", "/kz/account/register", "/kz/compare"]) {
        await page.goto(`${urls.storefront}${url}?lang=${lang}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect([url, lang, overflow]).toEqual([url, lang, 0])
        if (lang === "ar") await page.screenshot({ path: path.join(ARTIFACTS, `rtl-320px${url.replace(/\//g, "-")}.png`), fullPage: true })
      }
    } finally {
      await page.close()
    }
  }
})

it("fits 320 px with a cart and a long email: cart, checkout (its order summary scrolls by itself) and account", async () => {
  const context = await browser().newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  try {
    await register(page, urls.storefront, "kz", "a-rather-long-email-address-for-narrow-screens")
    await addFirstProductToCart(page, urls.storefront, "kz")
    for (const lang of ["en", "ar"]) {
      for (const url of ["/kz/cart", "/kz/checkout", "/kz/account"]) {
        await page.goto(`${urls.storefront}${url}?lang=${lang}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect([url, lang, overflow]).toEqual([url, lang, 0])
      }
    }
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})

it("remembers the language and the high-contrast large-text display the buyer switched on", async () => {
  const context = await browser().newContext({ locale: "en-GB" })
  const page = await context.newPage()
  try {
    await page.goto(`${urls.storefront}/tr`)
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    await Promise.all([page.waitForURL(/lang=tr/), page.getByRole("link", { name: "Türkçe" }).click()])
    expect(await page.locator("html").getAttribute("lang")).toBe("tr")
    const toggle = page.getByRole("button", { name: "Yüksek kontrast, büyük yazı" })
    expect(await toggle.getAttribute("aria-pressed")).toBe("false")
    await Promise.all([page.waitForURL(/contrast=high/), toggle.click()])
    await page.goto(`${urls.storefront}/tr/categories/iso-12-22`)
    expect(await page.locator("html").getAttribute("lang")).toBe("tr")
    expect(await page.locator("html").getAttribute("data-contrast")).toBe("high")
    expect(await page.getByRole("button", { name: "Yüksek kontrast, büyük yazı" }).getAttribute("aria-pressed")).toBe("true")
    // 125% text: the root font size grows from 16 px to 20 px.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("20px")
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})

it("offers hreflang alternates, per-language sitemaps and Product data priced in the region's currency", async () => {
  const page = await browser().newPage()
  try {
    await page.goto(`${urls.storefront}/sa/products/kangyi-lightweight-aluminium-wheelchair`)
    const hreflangs = await page.locator("link[rel=alternate][hreflang]").evaluateAll((ls) => ls.map((l) => l.getAttribute("hreflang")))
    expect(hreflangs.sort()).toEqual(["ar-SA", "en-SA", "id-SA", "ru-SA", "tr-SA", "x-default"])
    const data = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}")
    expect(data["@type"]).toBe("Product")
    expect(data.offers.length).toBeGreaterThan(0)
    for (const offer of data.offers) expect(offer).toMatchObject({ "@type": "Offer", priceCurrency: "SAR", availability: "https://schema.org/InStock" })
    const index = await (await fetch(`${urls.storefront}/sitemap.xml`)).text()
    expect(index.match(/<loc>[^<]+<\/loc>/g)).toHaveLength(5)
    const ar = await (await fetch(`${urls.storefront}/sitemaps/ar.xml`)).text()
    expect(ar).toContain(`<loc>${urls.storefront}/sa/products/kangyi-lightweight-aluminium-wheelchair?lang=ar</loc>`)
    expect(ar).toContain(`hreflang="ru-KZ" href="${urls.storefront}/kz/products/kangyi-lightweight-aluminium-wheelchair?lang=ru"`)
  } finally {
    await page.close()
  }
})
