import { axeViolations } from "./axe"
import { useBrowser } from "./browser"
import { addFirstProductToCart, checkout, register } from "./shop"
import { sharedStack } from "./stack"

/**
 * Institutional buyers' organisations (#21) and service near the buyer (#22), as a buyer meets them in the
 * storefront: in Russian and in Arabic (right to left), checked with axe.
 */
jest.setTimeout(300_000)

const stack = sharedStack()
const browser = useBrowser()
const ADMIN = { email: "admin@marketplace.example.com", password: "demo-admin-2026" }

async function backend<T>(path: string, { body, token }: { body?: object; token?: string } = {}): Promise<T> {
  const res = await fetch(`${stack.urls.backend}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

it("a clinic registers its organisation, is verified by staff, and its admin manages members; in Russian and Arabic", async () => {
  const context = await browser().newContext({ locale: "ru-KZ" })
  const page = await context.newPage()
  try {
    await register(page, stack.urls.storefront, "kz", "org-admin")
    await page.goto(`${stack.urls.storefront}/kz/account/organisation`)
    expect(await axeViolations(page)).toEqual([])
    const name = `Клиника реабилитации ${Date.now()}`
    await page.locator("#org-name").fill(name)
    await page.locator("#org-kind").selectOption("clinic")
    await page.locator("#org-number").fill(`${Date.now()}`.slice(-12))
    await Promise.all([page.waitForURL(/saved=1/), page.locator("form:has(#org-name) button[type=submit]").click()])
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(name)
    await expect(page.locator("main p.notice[role=status]").innerText()).resolves.toBe("Сохранено.")

    // Staff verify it: the admin now invites members and sets their limits.
    const { token } = await backend<{ token: string }>("/auth/user/emailpass", { body: ADMIN })
    const { organisations } = await backend<{ organisations: { id: string; name: string }[] }>(`/admin/organisations?q=${encodeURIComponent(name)}`, { token })
    expect(organisations.map((o) => o.name)).toEqual([name])
    await backend(`/admin/organisations/${organisations[0].id}/status`, { body: { status: "verified" }, token })
    await page.reload()
    await page.locator("#org-invite").waitFor()
    await page.locator("#org-members").waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${stack.urls.storefront}/kz/account/organisation?lang=ar`)
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl")
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(name)
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})

it("shows service near the buyer on their order, with no partner yet verified in their country", async () => {
  const context = await browser().newContext({ locale: "ru-KZ" })
  const page = await context.newPage()
  try {
    await register(page, stack.urls.storefront, "kz", "service-buyer")
    await addFirstProductToCart(page, stack.urls.storefront, "kz")
    await checkout(page, stack.urls.storefront, "kz")
    const orderId = /\/order\/([^/]+)\/confirmed/.exec(page.url())![1]
    await page.goto(`${stack.urls.storefront}/kz/account/orders/${orderId}`)
    const section = page.getByTestId("order-service")
    await expect(section.getByRole("heading", { level: 2 }).count()).resolves.toBe(1)
    await expect(section.getByTestId("service-partners").count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
})
