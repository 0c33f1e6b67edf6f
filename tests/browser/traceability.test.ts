import path from "path"
import type { Page } from "playwright-core"
import { axeViolations } from "./axe"
import { ARTIFACTS, focused, tabTo, useBrowser } from "./browser"
import { sharedStack } from "./stack"

/**
 * Traceability on the shared stack: a demo buyer's wheelchair gets a UDI from its manufacturer, the
 * buyer checks it on the storefront (keyboard only, in English and Arabic, at 320 px), platform staff
 * recall it and read the industry statistics in the portal. The recall is closed again at the end, so
 * the demo product is back on sale for the other test files.
 */
jest.setTimeout(300_000)

const stack = sharedStack()
const browser = useBrowser()
const PRODUCT = "kangyi-lightweight-aluminium-wheelchair"
const UDI = "(01)09506000134352(17)281231(10)E2E1(21)E2E-0001"
const MAKER = { email: "owner@kangyi.example.cn", password: "demo-maker-2026" }
const ADMIN = { email: "admin@marketplace.example.com", password: "demo-admin-2026" }

async function api(path: string, { body, token, store }: { body?: object; token?: string; store?: boolean } = {}) {
  const res = await fetch(`${stack.urls.backend}${path}`, {
    method: body ? "POST" : "GET",
    headers: {
      "content-type": "application/json",
      ...(store ? { "x-publishable-api-key": stack.publishableKey } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json()
}
const login = async (actor: "manufacturer" | "user", credentials: object) => (await api(`/auth/${actor}/emailpass`, { body: credentials })).token as string

let recallId: string | undefined
let adminToken: string

beforeAll(async () => {
  // A buyer in Kazakhstan orders the demo wheelchair through the store API.
  const { regions } = await api("/store/regions?fields=id,*countries", { store: true })
  const region = regions.find((r: { countries: { iso_2: string }[] }) => r.countries.some((c) => c.iso_2 === "kz"))
  const { products } = await api(`/store/products?handle=${PRODUCT}&fields=*variants`, { store: true })
  const address = { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Abay Avenue 10", city: "Almaty", postal_code: "050000", country_code: "kz" }
  const { cart } = await api("/store/carts", { store: true, body: { region_id: region.id, email: "trace-buyer@example.kz", shipping_address: address, billing_address: address } })
  await api(`/store/carts/${cart.id}/line-items`, { store: true, body: { variant_id: products[0].variants[0].id, quantity: 1 } })
  const { shipping_options } = await api(`/store/shipping-options?cart_id=${cart.id}`, { store: true })
  await api(`/store/carts/${cart.id}/shipping-methods`, { store: true, body: { option_id: shipping_options[0].id } })
  const { payment_collection } = await api("/store/payment-collections", { store: true, body: { cart_id: cart.id } })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, body: { provider_id: "pp_system_default" } })
  const { order } = await api(`/store/carts/${cart.id}/complete`, { store: true, body: {} })

  // The manufacturer records the unit's UDI on its child order once the split has made it.
  const maker = await login("manufacturer", MAKER)
  let child: { id: string; items: { id: string }[] } | undefined
  for (let i = 0; i < 60 && !child; i++) {
    const { orders } = await api("/vendor/orders", { token: maker })
    const candidate = orders.find((o: { created_at: string }) => new Date(o.created_at) >= new Date(order.created_at))
    if (candidate) child = (await api(`/vendor/orders/${candidate.id}`, { token: maker })).order
    else await new Promise((r) => setTimeout(r, 500))
  }
  if (!child) throw new Error("the order was not split")
  await api(`/vendor/orders/${child.id}/units`, { token: maker, body: { units: [{ line_item_id: child.items[0].id, udi: UDI }] } })
  adminToken = await login("user", ADMIN)
})

afterAll(async () => {
  if (recallId) await api(`/admin/recalls/${recallId}/close`, { token: adminToken, body: {} })
})

async function checkCode(page: Page, cc: string, code: string, lang = "en") {
  await page.goto(`${stack.urls.storefront}/${cc}/trace?lang=${lang}`)
  await tabTo(page, (f) => f.id === "code")
  await page.keyboard.type(code)
  await Promise.all([page.waitForURL(/\/trace\?code=/), page.keyboard.press("Enter")])
}

describe("checking a device on the storefront", () => {
  it("finds the unit by its scanned UDI, keyboard only, with no axe violations; the footer links to the page", async () => {
    const page = await browser().newPage()
    try {
      await page.goto(`${stack.urls.storefront}/kz`)
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Check a device by serial number or UDI" }).count()).resolves.toBe(1)
      await checkCode(page, "kz", UDI)
      await expect(page.getByTestId("trace-authentic").innerText()).resolves.toMatch(/^Genuine/)
      await expect(page.getByTestId("trace-match").innerText()).resolves.toMatch(/E2E-0001[\s\S]*E2E1/)
      expect(await axeViolations(page)).toEqual([])

      // Unknown and unreadable codes: a message, the field marked invalid and described by its error.
      await checkCode(page, "kz", "NO-SUCH-SERIAL")
      await expect(page.getByTestId("trace-not-found").count()).resolves.toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await checkCode(page, "kz", "(01)09506000134353(21)E2E-0001")
      await expect(page.locator("#code").getAttribute("aria-invalid")).resolves.toBe("true")
      await expect(page.locator("#code").getAttribute("aria-describedby")).resolves.toBe("code-hint code-error")
      expect(await axeViolations(page)).toEqual([])
      expect((await focused(page)).tag).not.toBe("")
    } finally {
      await page.close()
    }
  })

  it("shows an open recall as an alert, in Arabic right to left, and fits 320 px", async () => {
    const { units } = await api("/admin/units?serial=E2E-0001", { token: adminToken })
    const opened = await api("/admin/recalls", {
      token: adminToken,
      body: { product_id: units[0].product_id, scope: "serial_range", serial_from: "E2E-0001", serial_to: "E2E-0009", reason: "Brake lever may crack under load" },
    })
    recallId = opened.recall.id
    expect(opened.recall).toMatchObject({ affected_units: 1, notified: 1 })

    const page = await browser().newPage({ viewport: { width: 320, height: 640 } })
    try {
      await checkCode(page, "sa", "E2E-0001", "ar")
      await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl")
      await expect(page.getByTestId("trace-recall").getAttribute("role")).resolves.toBe("alert")
      await expect(page.getByTestId("trace-match").innerText()).resolves.toContain("Brake lever may crack under load")
      expect(await axeViolations(page)).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBe(0)
      await page.screenshot({ path: path.join(ARTIFACTS, "trace-recall-ar-320px.png"), fullPage: true })

      // A recall link that was tampered with says so rather than showing anything.
      await page.goto(`${stack.urls.storefront}/kz/trace?notice=rcln_forged&token=${"x".repeat(43)}&lang=en`)
      await expect(page.getByRole("alert").filter({ hasText: "link is not valid" }).count()).resolves.toBe(1)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe("industry statistics in the portal", () => {
  it("shows charts with their tables and makes a report to download, with no axe violations", async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await page.goto(`${stack.urls.portal}/admin/login`)
      await page.getByLabel("电子邮箱").fill(ADMIN.email)
      await page.getByLabel("密码").fill(ADMIN.password)
      await Promise.all([page.waitForURL(/\/admin$/), page.getByRole("button", { name: "登录" }).click()])
      await Promise.all([page.waitForURL(/\/admin\/statistics/), page.getByRole("link", { name: "行业统计" }).click()])
      // The page as text first, so a failure shows what it says instead.
      expect(await page.getByRole("main").innerText()).toMatch(/按目的国的订单数[\s\S]*KZ/)
      const chart = page.getByRole("img", { name: /按目的国的订单数/ })
      await expect(chart.count()).resolves.toBe(1)
      await expect(page.getByRole("table", { name: /按目的国和监管方式/ }).innerText()).resolves.toMatch(/KZ\s+9610/)
      expect(await axeViolations(page)).toEqual([])

      await Promise.all([page.waitForURL(/generated=1/), page.getByRole("button", { name: /^生成 .* 的报告$/ }).click()])
      await expect(page.getByRole("status").innerText()).resolves.toBe("报告已生成。")
      const csvLink = page.getByRole("link", { name: /^CSV/ }).first()
      const csv = await context.request.get(`${stack.urls.portal}${await csvLink.getAttribute("href")}`)
      expect(csv.headers()["content-type"]).toMatch(/text\/csv/)
      expect(await csv.text()).toMatch(/Exports by destination and mode[\s\S]*,KZ,9610,KZT,/)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: path.join(ARTIFACTS, "portal-statistics.png"), fullPage: true })
    } finally {
      await context.close()
    }
  })
})
