import { existsSync, readdirSync, readFileSync } from "fs"
import path from "path"
import type { Page } from "playwright-core"
import { axeViolations } from "./axe"
import { focused, tabTo, uniqueEmail, useBrowser } from "./browser"
import { sharedStack } from "./stack"

/**
 * Joining by invitation and resetting a forgotten password (issue #19), through the links the backend's
 * notification provider actually wrote, by keyboard alone.
 */
jest.setTimeout(300_000)

const stack = sharedStack()
const ADMIN = { email: "admin@marketplace.example.com", password: "demo-admin-2026" }

async function api<T>(url: string, body?: object, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, {
    method: body ? "POST" : "GET",
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * The link in the message the notification provider wrote for this recipient and template. A reset's mail comes
 * from an event subscriber: behind the freshly seeded catalogue's events, it can take a while.
 */
async function sentLink(to: string, template: string, field: string): Promise<string> {
  const dir = stack.notificationsDir
  for (let i = 0; i < 900; i++) {
    const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`_${template}_${to}.json`)) : undefined
    if (file) return JSON.parse(readFileSync(path.join(dir, file), "utf8")).data[field]
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no ${template} message to ${to} in ${dir}`)
}

/** Submits with Enter from the focused field and waits for the error summary, which must take the focus. */
async function submitExpectingErrors(page: Page) {
  await page.keyboard.press("Enter")
  await page.locator(".error-summary").waitFor()
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "alert", undefined, { timeout: 5000 })
}

const named = (name: string) => (f: { name: string }) => f.name === name

describe("accounts", () => {
  const browser = useBrowser()

  it("an invited operator joins from the emailed link by keyboard, lands on their park, and logs in again; the used link says so", async () => {
    const email = uniqueEmail("operator").replace("@buyers.", "@park.")
    const { token } = await api<{ token: string }>(`${stack.urls.backend}/auth/user/emailpass`, ADMIN)
    const staff = { authorization: `Bearer ${token}` }
    const { parks } = await api<{ parks: { id: string; code: string }[] }>(`${stack.urls.backend}/admin/parks`, undefined, staff)
    const park = parks.find((p) => p.code === "JXP")!
    await api(`${stack.urls.backend}/admin/parks/${park.id}/invites`, { email, name: "Wang" }, staff)
    const link = await sentLink(email, "operator-invite", "accept_url")
    expect(link.startsWith(`${stack.urls.portal}/park/invite?token=`)).toBe(true)

    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(link)
    await expect(page.locator("h1").innerText()).resolves.toBe("接受邀请")
    await expect(page.locator("main").innerText()).resolves.toContain(email)
    expect(await axeViolations(page)).toEqual([])

    // The name staff gave is there to change; a short password is refused, the summary focused.
    await tabTo(page, named("name"))
    await expect(focused(page)).resolves.toMatchObject({ value: "Wang" })
    await page.keyboard.press("Control+A")
    await page.keyboard.type("王小明")
    await page.keyboard.press("Tab")
    await expect(focused(page)).resolves.toMatchObject({ name: "password" })
    await page.keyboard.type("short")
    await submitExpectingErrors(page)
    await expect(page.locator(".error-summary").innerText()).resolves.toContain("密码至少 8 个字符")
    expect(await axeViolations(page)).toEqual([])
    await tabTo(page, named("password"))
    await page.keyboard.type("operator-chose-this-2026")
    await Promise.all([page.waitForURL(`${stack.urls.portal}/park`), page.keyboard.press("Enter")])
    await expect(page.locator("h1").innerText()).resolves.toContain("嘉兴综合保税区物流园")

    // The same person logs in again, in another browser.
    const again = await (await browser().newContext()).newPage()
    await again.goto(`${stack.urls.portal}/park/login`)
    await tabTo(again, named("email"))
    await again.keyboard.type(email)
    await again.keyboard.press("Tab")
    await again.keyboard.type("operator-chose-this-2026")
    await Promise.all([again.waitForURL(`${stack.urls.portal}/park`), again.keyboard.press("Enter")])
    await expect(again.locator("h1").innerText()).resolves.toContain("嘉兴综合保税区物流园")
    const me = await api<{ operator: { name: string } }>(`${stack.urls.backend}/operator/me`, undefined, {
      authorization: `Bearer ${(await api<{ token: string }>(`${stack.urls.backend}/auth/operator/emailpass`, { email, password: "operator-chose-this-2026" })).token}`,
    })
    expect(me.operator.name).toBe("王小明")

    // The used link: a clear message, no form.
    await page.goto(link)
    await expect(page.locator(".error-summary[role=alert]").innerText()).resolves.toBe("此邀请已被使用。如果是您本人接受的，请直接登录。")
    await expect(page.locator("input[name=password]").count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${stack.urls.portal}/park/invite?token=not-a-real-invitation`)
    await expect(page.locator(".error-summary[role=alert]").innerText()).resolves.toContain("此邀请无效")
    await context.close()
    await again.context().close()
  })

  it("a buyer who forgot their password gets a link by email, sets a new one by keyboard and logs in with it; the link works once", async () => {
    const buyer = { email: uniqueEmail("forgetful"), password: "the-old-password-2026" }
    const key = { "x-publishable-api-key": stack.publishableKey }
    const { token } = await api<{ token: string }>(`${stack.urls.backend}/auth/customer/emailpass/register`, buyer)
    await api(`${stack.urls.backend}/store/customers`, { email: buyer.email, first_name: "Dana", last_name: "Sarsen" }, { ...key, authorization: `Bearer ${token}` })

    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(`${stack.urls.storefront}/kz/account/login?lang=en`)
    await tabTo(page, (f) => f.tag === "a" && f.text === "Forgot your password?")
    await Promise.all([page.waitForURL(/\/kz\/account\/reset-password$/), page.keyboard.press("Enter")])
    expect(await axeViolations(page)).toEqual([])
    await tabTo(page, named("email"))
    await page.keyboard.type(buyer.email)
    await Promise.all([page.waitForURL(/sent=1/), page.keyboard.press("Enter")])
    await expect(page.locator("p.notice[role=status]").innerText()).resolves.toContain("a link to choose a new password is on its way")

    const link = await sentLink(buyer.email, "password-reset", "reset_url")
    expect(link.startsWith(`${stack.urls.storefront}/kz/account/reset-password?token=`)).toBe(true)
    await page.goto(link)
    await expect(page.locator("h1").innerText()).resolves.toBe("Choose a new password")
    expect(await axeViolations(page)).toEqual([])
    await tabTo(page, named("password"))
    await page.keyboard.type("the-new-password-2026")
    await Promise.all([page.waitForURL(/\/kz\/account\/login\?reset=1$/), page.keyboard.press("Enter")])
    await expect(page.locator("p.notice[role=status]").innerText()).resolves.toBe("Your password has been changed. Log in with the new one.")

    await tabTo(page, named("email"))
    await page.keyboard.type(buyer.email)
    await page.keyboard.press("Tab")
    await page.keyboard.type("the-new-password-2026")
    await Promise.all([page.waitForURL(/\/kz\/account$/), page.keyboard.press("Enter")])
    const old = await fetch(`${stack.urls.backend}/auth/customer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(buyer) })
    expect(old.status).toBe(401)

    // The link again: expired or used, and the page offers to send a new one.
    await page.goto(link)
    await expect(page.locator("input[name=password]").count()).resolves.toBe(1)
    await page.locator("input[name=password]").fill("a-third-password-2026")
    await Promise.all([page.waitForURL(/error=expired/), page.locator("input[name=password]").press("Enter")])
    await expect(page.locator("p.error[role=alert]").innerText()).resolves.toBe("This link has expired or has been used already. Ask for a new one below.")
    await expect(page.locator("input[name=password]").count()).resolves.toBe(0)
    await context.close()
  })
})
