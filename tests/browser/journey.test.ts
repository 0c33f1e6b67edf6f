import path from "path"
import { ARTIFACTS, useBrowser } from "./browser"
import { addFirstProductToCart, checkout, register } from "./shop"
import { sharedStack } from "./stack"

jest.setTimeout(240_000)

const { urls } = sharedStack()
const browser = useBrowser()

// The browser's language picks the interface language; the country in the URL picks region and currency.
const MARKETS = [
  { cc: "kz", locale: "ru-KZ", lang: "ru", dir: "ltr", currency: "KZT", account: "Личный кабинет", confirmed: "Спасибо! Заказ оформлен" },
  { cc: "sa", locale: "ar-SA", lang: "ar", dir: "rtl", currency: "SAR", account: "حسابي", confirmed: "شكرًا لك: تم تأكيد طلبك" },
  { cc: "id", locale: "id-ID", lang: "id", dir: "ltr", currency: "IDR", account: "Akun saya", confirmed: "Terima kasih: pesanan Anda sudah dibuat" },
]

it.each(MARKETS)("buys in $cc in $lang, from registration to the order in the account", async (m) => {
  const context = await browser().newContext({ locale: m.locale, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    await register(page, urls.storefront, m.cc, `journey-${m.cc}`)
    expect(await page.locator("html").getAttribute("lang")).toBe(m.lang)
    expect(await page.locator("html").getAttribute("dir")).toBe(m.dir)
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(m.account)

    await addFirstProductToCart(page, urls.storefront, m.cc)
    expect(await page.getByTestId("cart-lines").locator("li").count()).toBe(1)
    await expect(page.getByTestId("grand-total").innerText()).resolves.toContain(m.currency)

    const shots = async (step: string) => {
      if (m.dir === "rtl") await page.screenshot({ path: path.join(ARTIFACTS, `rtl-${m.cc}-checkout-${step}.png`), fullPage: true })
    }
    const number = await checkout(page, urls.storefront, m.cc, { onStep: shots })
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(m.confirmed)
    if (m.dir === "rtl") await page.screenshot({ path: path.join(ARTIFACTS, `rtl-${m.cc}-confirmation.png`), fullPage: true })

    await page.goto(`${urls.storefront}/${m.cc}/account`)
    const row = page.getByTestId("orders").getByRole("row", { name: new RegExp(number) })
    await expect(row.innerText()).resolves.toContain(m.currency)
    await Promise.all([page.waitForURL(/\/account\/orders\//), row.getByRole("link").click()])
    await expect(page.getByTestId("order-number").innerText()).resolves.toBe(number)
    expect(await page.getByTestId("timeline").locator("li[aria-current=step]").count()).toBe(1)
    // One shipment per manufacturer (one here), once the order has been split.
    for (let i = 0; i < 20 && !(await page.getByTestId("shipments").locator("li h3").count()); i++) {
      await page.waitForTimeout(500)
      await page.reload()
    }
    expect(await page.getByTestId("shipments").locator(".shipments > li").count()).toBe(1)
  } finally {
    await context.close()
  }
})

it("buys without JavaScript, in Turkey in Turkish: every step is a plain form", async () => {
  const context = await browser().newContext({ locale: "tr-TR", javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await register(page, urls.storefront, "tr", "nojs-tr")
    expect(await page.locator("html").getAttribute("lang")).toBe("tr")
    await addFirstProductToCart(page, urls.storefront, "tr")
    const number = await checkout(page, urls.storefront, "tr")
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Teşekkürler: siparişiniz alındı")
    await page.goto(`${urls.storefront}/tr/account`)
    await expect(page.getByTestId("orders").innerText()).resolves.toContain(number)
  } finally {
    await context.close()
  }
})
