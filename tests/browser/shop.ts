import type { Page } from "playwright-core"
import { uniqueEmail } from "./browser"

/** A real-looking address in each market's own format (field ids are Medusa's address fields). */
export const ADDRESSES: Record<string, Record<string, string>> = {
  ru: { first_name: "Ольга", last_name: "Иванова", postal_code: "125009", province: "Москва", city: "Москва", address_1: "Тверская улица, 7", phone: "+7 495 000 00 00" },
  kz: { first_name: "Айгерим", last_name: "Нурланова", postal_code: "050000", province: "Алматы", city: "Алматы", address_1: "проспект Абая, 10", phone: "+7 701 000 00 00" },
  sa: { first_name: "نورة", last_name: "العتيبي", address_1: "8228 طريق الملك فهد", address_2: "العليا", city: "الرياض", postal_code: "12214", phone: "+966 50 000 0000" },
  tr: { first_name: "Ayşe", last_name: "Yılmaz", address_1: "Atatürk Mahallesi, Cumhuriyet Caddesi No: 12", address_2: "Çankaya", postal_code: "06420", city: "Ankara", province: "Ankara", phone: "+90 532 000 00 00" },
  id: { first_name: "Siti", last_name: "Rahayu", address_1: "Jl. Merdeka No. 10", address_2: "RT 01/RW 02", city: "Bandung", province: "Jawa Barat", postal_code: "40111", phone: "+62 812 0000 0000" },
}

export async function register(page: Page, storefront: string, cc: string, tag: string): Promise<string> {
  const email = uniqueEmail(tag)
  const a = ADDRESSES[cc]
  await page.goto(`${storefront}/${cc}/account/register`)
  await page.locator("#first_name").fill(a.first_name)
  await page.locator("#last_name").fill(a.last_name)
  await page.locator("#email").fill(email)
  await page.locator("#password").fill("a-long-password")
  await Promise.all([page.waitForURL(new RegExp(`/${cc}/account$`)), page.locator("main form button[type=submit]").click()])
  return email
}

/** Opens the first product of the first ISO class and puts its first variant in the cart. */
export async function addFirstProductToCart(page: Page, storefront: string, cc: string) {
  await page.goto(`${storefront}/${cc}`)
  await Promise.all([page.waitForURL(/\/categories\//), page.locator(".chips a").first().click()])
  await Promise.all([page.waitForURL(/\/products\//), page.getByTestId("product-card").first().getByRole("link").click()])
  await Promise.all([page.waitForURL(/\/cart/), page.locator("form.buy button[type=submit]").click()])
}

export async function fillAddress(page: Page, cc: string) {
  for (const [field, value] of Object.entries(ADDRESSES[cc])) await page.locator(`#${field}`).fill(value)
}

/** Address, first shipping option, DDP where the market allows it, then the demo payment. Returns the order number. */
export async function checkout(page: Page, storefront: string, cc: string, opts: { onStep?: (step: string) => Promise<void> } = {}) {
  await checkoutToPayment(page, storefront, cc, opts)
  await opts.onStep?.("payment")
  await Promise.all([page.waitForURL(/\/order\/.+\/confirmed/), page.locator("section[aria-labelledby=payment] button[type=submit]").click()])
  return (await page.getByTestId("order-number").innerText()).trim()
}

/**
 * The checkout's first three steps (address, first shipping option, DDP where the market allows it), up to payment,
 * until the payment section shows `ready` (by default its submit button).
 */
export async function checkoutToPayment(page: Page, storefront: string, cc: string, opts: { onStep?: (step: string) => Promise<void>; ready?: string } = {}) {
  const step = opts.onStep ?? (async () => {})
  await page.goto(`${storefront}/${cc}/checkout`)
  await step("address")
  await fillAddress(page, cc)
  await page.locator("section[aria-labelledby=address] button[type=submit]").click()
  await page.locator("input[name=option_id]").first().waitFor()
  await step("shipping")
  await page.locator("input[name=option_id]").first().check()
  await page.locator("section[aria-labelledby=shipping] button[type=submit]").click()
  await page.locator("#dap").waitFor()
  await step("duties")
  const ddp = page.locator("#ddp")
  await ((await ddp.isEnabled()) ? ddp : page.locator("#dap")).check()
  await page.locator("section[aria-labelledby=duties] button[type=submit]").click()
  await page.locator(`section[aria-labelledby=payment] ${opts.ready ?? "button[type=submit]"}`).waitFor()
}

/** "Ask the manufacturer" on a product that needs fitting: the measurement and a note, sent from the product page. */
export async function askManufacturer(page: Page, storefront: string, cc: string, handle: string, measuredCm: number, note: string) {
  await page.goto(`${storefront}/${cc}/products/${handle}?measure=${measuredCm}`)
  await page.locator("#ask-note").fill(note)
  await Promise.all([page.waitForURL(/ask=sent/), page.getByTestId("ask-form").locator("button[type=submit]").click()])
}
