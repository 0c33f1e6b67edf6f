import { readFileSync } from "fs"
import path from "path"
import type { BrowserContext, Page } from "playwright-core"
import { ARTIFACTS, useBrowser } from "./browser"
import { sharedStack } from "./stack"

// A credit code with valid GB 11714 and GB 32100 check characters (made with the trade kit's
// usccCheckCharacter), and the same code with its last character wrong.
const USCC = "91330400MA2E2E0102"
const USCC_WRONG = "91330400MA2E2E0100"
const LOGIN = { email: "maker-e2e@makers.example.cn", password: "a-long-password-2026" }
const ADMIN = { email: "admin@marketplace.example.com", password: "demo-admin-2026" }
const COMPANY_NAME_ZH = "嘉兴端到端康复器械有限公司"
const PRODUCT = { title: "E2E 折叠轮椅 Folding wheelchair", handle: "e2e-folding-wheelchair" }

type Focused = { tag: string; name: string | null; text: string; id: string; outline: string; className: string }

/** The focused element, and whether its focus is visible (an outline of 2px or more). */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute("name"),
      text: (el.textContent ?? "").trim(),
      id: el.id,
      outline: style.outlineStyle === "none" ? "none" : style.outlineWidth,
      className: el.className,
    }
  })

/** Presses Tab until the focus is on what `is` accepts; fails if it never gets there. */
async function tabTo(page: Page, is: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab")
    const f = await focused(page)
    if (is(f)) return f
  }
  throw new Error(`Tab never reached the element; the focus is on ${JSON.stringify(await focused(page))}`)
}

const named = (name: string) => (f: Focused) => f.name === name

/** axe-core's WCAG 2.x A and AA rules on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") })
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    })
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`)
  })
  return violations
}

/** The manufacturers' portal on the shared stack: the journey issue #3 names, accessibility, languages. */
jest.setTimeout(180_000)

const stack = sharedStack()

describe("portal", () => {
  const browser = useBrowser()
  const portal = () => stack.urls.portal
  let vendorContext: BrowserContext
  let adminContext: BrowserContext
  let vendor: Page
  let admin: Page
  let manufacturerPath: string
  let exchangeRatePath = "/admin/customs/exchange-rates"
  let productPath: string
  let orderPath: string

  beforeAll(async () => {
    // Two people, two browsers: each keeps its own login cookie.
    vendorContext = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    adminContext = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    vendor = await vendorContext.newPage()
    admin = await adminContext.newPage()
  })

  afterAll(async () => {
    await vendorContext?.close()
    await adminContext?.close()
  })

  it("signs a manufacturer up by keyboard alone, in Chinese, with errors tied to their fields", async () => {
    await vendor.goto(`${portal()}/signup`)
    await expect(vendor.locator("html").getAttribute("lang")).resolves.toBe("zh-CN")
    await vendor.keyboard.press("Tab")
    await expect(focused(vendor)).resolves.toMatchObject({ text: "跳到主要内容" })

    // Step 1: the login. A short password is refused next to the field, and focus goes to the summary.
    const email = await tabTo(vendor, named("email"))
    expect(email.outline).not.toBe("none")
    await vendor.keyboard.type(LOGIN.email)
    await vendor.keyboard.press("Tab")
    await expect(focused(vendor)).resolves.toMatchObject({ name: "password" })
    await vendor.keyboard.type("short")
    await vendor.keyboard.press("Enter")
    await vendor.locator(".error-summary").waitFor()
    await expect(focused(vendor)).resolves.toMatchObject({ className: "error-summary" })
    const password = vendor.locator("input[name=password]")
    await expect(password.getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(vendor.locator(`#${await password.getAttribute("aria-describedby").then((ids) => ids!.split(" ").pop())}`).innerText()).resolves.toBe(
      "密码至少 8 个字符。"
    )
    await tabTo(vendor, named("password"))
    await vendor.keyboard.type(LOGIN.password)
    await Promise.all([vendor.waitForURL(/\/signup\/company$/), vendor.keyboard.press("Enter")])

    // Step 2: the company, every field reached with Tab in reading order.
    const fields: [string, string][] = [
      ["legal_name_zh", COMPANY_NAME_ZH],
      ["legal_name_en", "Jiaxing E2E Rehabilitation Devices Co., Ltd."],
      ["handle", "jiaxing-e2e"],
      ["unified_social_credit_code", USCC_WRONG],
      ["customs_code", "3304960E2E"],
      ["founded_year", "2015"],
      ["description_en", "Folding wheelchairs and walking aids."],
      ["province", "浙江省"],
      ["city", "嘉兴市"],
      ["address", "南湖区端到端路 1 号"],
      ["contact_name", "王芳"],
      ["contact_email", "sales@e2e.example.cn"],
      ["contact_phone", "+86 573 8888 0000"],
      ["owner.last_name", "王"],
      ["owner.first_name", "芳"],
    ]
    await tabTo(vendor, named(fields[0][0]))
    for (const [i, [name, value]] of fields.entries()) {
      if (i > 0) {
        await vendor.keyboard.press("Tab")
        await expect(focused(vendor)).resolves.toMatchObject({ name })
      }
      await vendor.keyboard.type(value)
    }
    await vendor.keyboard.press("Tab")
    await expect(focused(vendor)).resolves.toMatchObject({ tag: "button", text: "提交审核" })
    await vendor.keyboard.press("Enter")

    // The backend's reason for the wrong check character is shown at the field and read with it.
    await vendor.locator(".error-summary").waitFor()
    await expect(focused(vendor)).resolves.toMatchObject({ className: "error-summary" })
    const uscc = vendor.locator("input[name=unified_social_credit_code]")
    await expect(uscc.getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(uscc.getAttribute("aria-describedby")).resolves.toContain("f-unified_social_credit_code-error")
    await expect(vendor.locator("#f-unified_social_credit_code-error").innerText()).resolves.toMatch(/check character/)
    await expect(vendor.locator("input[name=legal_name_zh]").inputValue()).resolves.toBe(COMPANY_NAME_ZH)

    await tabTo(vendor, named("unified_social_credit_code"))
    await vendor.keyboard.press("ControlOrMeta+A")
    await vendor.keyboard.type(USCC)
    await Promise.all([vendor.waitForURL(/\/certificates\?onboarding=1$/), vendor.keyboard.press("Enter")])

    // Step 3: a certificate (choosing the file is the one step a keyboard hands to the system dialog).
    await vendor.getByLabel("证书类型").selectOption("iso_13485")
    await vendor.getByLabel("证书编号").fill("E2E-13485-001")
    await vendor.getByLabel("发证机构").fill("TÜV SÜD")
    await vendor.getByLabel("生效日期").fill("2025-01-01")
    await vendor.getByLabel("有效期至").fill("2028-12-31")
    await vendor.getByLabel("证书扫描件").setInputFiles({
      name: "iso13485.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    })
    await vendor.getByRole("button", { name: "上传证书" }).click()
    await vendor.getByRole("status").filter({ hasText: "证书已上传。" }).waitFor()
    await expect(vendor.getByRole("cell", { name: /E2E-13485-001/ }).count()).resolves.toBe(1)
    await Promise.all([vendor.waitForURL(/\/status$/), vendor.getByRole("link", { name: "完成，查看审核状态" }).click()])
    await expect(vendor.getByTestId("manufacturer-status").innerText()).resolves.toBe("待审核")
    await vendor.screenshot({ path: path.join(ARTIFACTS, "portal-status-pending.png") })
  })

  it("lets platform staff approve the manufacturer from the review queue", async () => {
    await admin.goto(`${portal()}/admin/login`)
    await admin.getByLabel("电子邮箱").fill(ADMIN.email)
    await admin.getByLabel("密码").fill(ADMIN.password)
    await Promise.all([admin.waitForURL(/\/admin$/), admin.getByRole("button", { name: "登录" }).click()])
    await Promise.all([admin.waitForURL(/\/admin\/manufacturers\//), admin.getByRole("link", { name: new RegExp(COMPANY_NAME_ZH) }).click()])
    manufacturerPath = new URL(admin.url()).pathname
    await expect(admin.getByRole("cell", { name: /E2E-13485-001/ }).count()).resolves.toBe(1)
    await admin.getByLabel("通过", { exact: true }).check()
    await admin.getByRole("button", { name: "提交决定" }).click()
    await admin.getByRole("status").filter({ hasText: "状态已改为：已通过" }).waitFor()
    await admin.reload()
    await expect(admin.getByTestId("manufacturer-status").innerText()).resolves.toBe("已通过")

    await vendor.reload()
    await expect(vendor.getByTestId("manufacturer-status").innerText()).resolves.toBe("已通过")
  })

  it("lets the manufacturer publish a product, picking its HS code and ISO 9999 class, and stock it at the park", async () => {
    await vendor.goto(`${portal()}/products/new`)
    await vendor.getByLabel("产品名称").fill(PRODUCT.title)
    await vendor.getByLabel("网址标识").fill(PRODUCT.handle)
    await vendor.getByLabel("发布（审核通过后上架）").check()

    // The HS picker's search works as a plain form (without JavaScript)…
    const hs = vendor.getByRole("combobox", { name: "HS 编码" })
    await hs.fill("8713")
    await vendor.getByRole("button", { name: "搜索编码" }).click()
    const results = vendor.getByRole("group", { name: "找到 2 条结果" })
    await results.waitFor()
    await results.getByLabel(/871390/).check()
    await expect(hs.inputValue()).resolves.toBe("871390")

    // …and as a combobox: words, arrow keys, Enter.
    await hs.fill("")
    await hs.pressSequentially("disabled persons", { delay: 20 })
    const listbox = vendor.getByRole("listbox", { name: "HS 编码" })
    await listbox.waitFor()
    await expect(hs.getAttribute("aria-expanded")).resolves.toBe("true")
    await hs.press("ArrowDown")
    const active = await hs.getAttribute("aria-activedescendant")
    await expect(vendor.locator(`[id="${active}"]`).innerText()).resolves.toMatch(/^871310 — /)
    await hs.press("Enter")
    await expect(hs.inputValue()).resolves.toBe("871310")
    await expect(hs.getAttribute("aria-expanded")).resolves.toBe("false")

    await vendor.getByLabel("ISO 9999 分类").selectOption("12 22")
    await vendor.getByLabel("毛重（克）").fill("15800")
    await vendor.getByLabel("净重（克）").fill("14200")
    const model = vendor.getByRole("group", { name: "型号 1" })
    await model.getByLabel("型号名称").fill("标准款")
    await model.getByLabel("SKU").fill("E2E-WC-STD")
    await model.getByLabel("USD").fill("199")
    await model.getByLabel("CNY").fill("1399")
    await model.getByText("更多货币").click()
    await model.getByLabel("KZT").fill("99000")
    await Promise.all([vendor.waitForURL(/\/products\/[^/]+\?created=1$/), vendor.getByRole("button", { name: "创建产品" }).click()])
    productPath = new URL(vendor.url()).pathname
    await vendor.getByRole("status").filter({ hasText: "产品已创建。" }).waitFor()
    await expect(vendor.getByRole("combobox", { name: "HS 编码" }).inputValue()).resolves.toBe("871310")

    await vendor.getByLabel("标准款 (E2E-WC-STD)").fill("12")
    await vendor.getByRole("button", { name: "保存库存" }).click()
    await vendor.getByRole("status").filter({ hasText: "E2E-WC-STD 12" }).waitFor()

    await vendor.goto(`${portal()}/products`)
    const row = vendor.getByTestId("product-row").filter({ hasText: PRODUCT.title })
    await expect(row.innerText()).resolves.toMatch(/已发布\s+871310\s+12 22 手动轮椅车\s+是/)
  })

  it("shows the approved manufacturer's product on the storefront", async () => {
    const page = await browser().newPage()
    try {
      const res = await page.goto(`${stack.urls.storefront}/kz/products/${PRODUCT.handle}`)
      expect(res?.status()).toBe(200)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(PRODUCT.title)
    } finally {
      await page.close()
    }
  })

  it("brings a buyer's order to the manufacturer, who confirms it and sees it on the month's statement", async () => {
    // A buyer in Kazakhstan orders through the store API (the storefront's own checkout has its tests).
    const store = async (path: string, body?: object) => {
      const res = await fetch(`${stack.urls.backend}/store${path}`, {
        method: body ? "POST" : "GET",
        headers: { "x-publishable-api-key": stack.publishableKey, "content-type": "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      })
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
      return res.json()
    }
    const { regions } = await store("/regions?fields=id,*countries")
    const region = regions.find((r: { countries: { iso_2: string }[] }) => r.countries.some((c) => c.iso_2 === "kz"))
    const { products } = await store(`/products?handle=${PRODUCT.handle}&fields=*variants`)
    const address = { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Abay Avenue 10", city: "Almaty", postal_code: "050000", country_code: "kz" }
    const { cart } = await store("/carts", { region_id: region.id, email: "portal-buyer@example.kz", shipping_address: address, billing_address: address })
    await store(`/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 2 })
    const { shipping_options } = await store(`/shipping-options?cart_id=${cart.id}`)
    await store(`/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await store("/payment-collections", { cart_id: cart.id })
    await store(`/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    expect((await store(`/carts/${cart.id}/complete`, {})).type).toBe("order")

    // The split runs after order.placed: the manufacturer's child order appears in the portal.
    const firstOrder = vendor.locator("tbody tr th a").first()
    for (let i = 0; i < 40; i++) {
      await vendor.goto(`${portal()}/orders`)
      if (await firstOrder.count()) break
      await vendor.waitForTimeout(500)
    }
    await expect(vendor.locator("tbody tr").first().innerText()).resolves.toMatch(/新订单[\s\S]*Almaty, KZ/)
    await Promise.all([vendor.waitForURL(/\/orders\/order_/), firstOrder.click()])
    orderPath = new URL(vendor.url()).pathname
    await expect(vendor.getByRole("heading", { name: "出口报关" }).isVisible()).resolves.toBe(true)
    await vendor.getByRole("button", { name: "确认订单" }).click()
    await vendor.getByText("订单已确认。").waitFor()
    await expect(vendor.locator("dl").first().innerText()).resolves.toContain("已确认")

    await vendor.goto(`${portal()}/statements`)
    await expect(vendor.locator("table").first().innerText()).resolves.toMatch(/KZT\s+1\b/)

    // The editor saves an edit through POST /vendor/products/:id.
    await vendor.goto(`${portal()}${productPath}`)
    await vendor.getByLabel("产品描述").fill("Steel frame, 46 cm seat, folds to 30 cm.")
    await vendor.getByRole("button", { name: "保存", exact: true }).click()
    await vendor.getByText("已保存。").waitFor()
    await vendor.reload()
    await expect(vendor.getByLabel("产品描述").inputValue()).resolves.toBe("Steel frame, 46 cm seat, folds to 30 cm.")
  })

  it("lets staff suspend the manufacturer (a reason is required), which takes the product off the storefront", async () => {
    await admin.goto(`${portal()}${manufacturerPath}`)
    await admin.getByLabel("暂停", { exact: true }).check()
    await admin.getByRole("button", { name: "提交决定" }).click()
    const reason = admin.getByLabel("原因")
    await admin.locator("#f-reason-error").waitFor()
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(reason.getAttribute("aria-describedby")).resolves.toContain("f-reason-error")
    await expect(admin.locator("#f-reason-error").innerText()).resolves.toMatch(/reason is required/)
    await reason.fill("ISO 13485 证书需要复核")
    await admin.getByRole("button", { name: "提交决定" }).click()
    await admin.getByRole("status").filter({ hasText: "状态已改为：已暂停" }).waitFor()

    const page = await browser().newPage()
    try {
      const res = await page.goto(`${stack.urls.storefront}/kz/products/${PRODUCT.handle}`)
      expect(res?.status()).toBe(404)
    } finally {
      await page.close()
    }
    await vendor.goto(`${portal()}/status`)
    await expect(vendor.getByTestId("manufacturer-status").innerText()).resolves.toBe("已暂停")
    await expect(vendor.getByTestId("status-reason").innerText()).resolves.toBe("ISO 13485 证书需要复核")
  })

  it("switches to English and remembers it on the next page", async () => {
    await vendor.goto(`${portal()}/products`)
    await Promise.all([vendor.waitForLoadState(), vendor.getByRole("button", { name: /English/ }).click()])
    await vendor.getByRole("heading", { level: 1, name: "Products" }).waitFor()
    await expect(vendor.locator("html").getAttribute("lang")).resolves.toBe("en")
    await vendor.goto(`${portal()}/status`)
    await expect(vendor.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Review status")
    await Promise.all([vendor.waitForLoadState(), vendor.getByRole("button", { name: /中文/ }).click()])
    await vendor.getByRole("heading", { level: 1, name: "审核状态" }).waitFor()
  })

  it("works without JavaScript: login, the HS search as a form, and Enter saving rather than searching", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${portal()}/login`)
      await page.getByLabel("电子邮箱").fill(LOGIN.email)
      await page.getByLabel("密码").fill(LOGIN.password)
      await Promise.all([page.waitForURL(/\/status$/), page.getByRole("button", { name: "登录" }).click()])
      await page.goto(`${portal()}/products/new`)
      const hs = page.getByLabel("HS 编码")
      await hs.fill("disabled persons")
      await page.getByRole("button", { name: "搜索编码" }).click()
      await page.getByRole("group", { name: "找到 3 条结果" }).getByLabel(/871420/).waitFor()
      await expect(hs.inputValue()).resolves.toBe("disabled persons")
      // Enter in a text field submits with the form's first (hidden) button: save, which checks the form.
      await page.getByLabel("产品名称").fill("No-JS chair")
      await Promise.all([page.waitForLoadState(), page.getByLabel("产品名称").press("Enter")])
      await page.locator(".error-summary").waitFor()
      await expect(page.locator("#f-variants-0-title-error").innerText()).resolves.toBe("至少填写一个型号及其价格。")
    } finally {
      await context.close()
    }
  })

  it("lets staff enter a month's customs exchange rate without JavaScript, the backend's reason beside the field", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(`${portal()}/admin/login`)
      await page.getByLabel("电子邮箱").fill(ADMIN.email)
      await page.getByLabel("密码").fill(ADMIN.password)
      await Promise.all([page.waitForURL(/\/admin$/), page.getByRole("button", { name: "登录" }).click()])
      await Promise.all([page.waitForURL(/\/admin\/customs\/exchange-rates$/), page.getByRole("link", { name: "海关折算汇率" }).click()])
      await page.getByLabel("币种").fill("RSD")
      await page.getByLabel("月份").fill("2020-02")
      await page.getByLabel("折算率（1 单位折合人民币）").fill("0,0703")
      await page.getByLabel("来源").fill("海关总署 2020 年 2 月折算率 (e2e)")
      await Promise.all([page.waitForLoadState(), page.getByRole("button", { name: "保存汇率" }).click()])
      await expect(page.locator("#f-rate-error").innerText()).resolves.toMatch(/positive decimal/)
      await page.getByLabel("折算率（1 单位折合人民币）").fill("0.0703")
      await Promise.all([page.waitForLoadState(), page.getByRole("button", { name: "保存汇率" }).click()])
      await page.getByRole("status").filter({ hasText: "汇率已保存" }).waitFor()
      const row = page.getByRole("row", { name: /RSD 2020-02 0\.0703/ })
      await expect(row.count()).resolves.toBe(1)
      await Promise.all([page.waitForURL(/change=/), row.getByRole("link", { name: "修改 RSD 2020-02" }).click()])
      exchangeRatePath = new URL(page.url()).pathname + new URL(page.url()).search
      await page.getByRole("heading", { name: "修改 RSD 2020-02 折算率" }).waitFor()
      await expect(page.getByLabel("折算率（1 单位折合人民币）").inputValue()).resolves.toBe("0.0703")
    } finally {
      await context.close()
    }
  })

  it("has no axe-core WCAG 2.2 AA violations on its main pages, in Chinese and in English", async () => {
    const guest = await browser().newContext()
    // The park operators' console (its consignment page is swept in pipeline.test.ts, which makes one).
    const operatorContext = await browser().newContext()
    const login = await operatorContext.newPage()
    await login.goto(`${portal()}/park/login`)
    await login.locator("#f-email").fill("operator@jiaxing-park.example.cn")
    await login.locator("#f-password").fill("demo-operator-2026")
    await Promise.all([login.waitForURL(/\/park$/), login.locator("main form button[type=submit]").click()])
    await login.close()
    const pages: [BrowserContext, string][] = [
      [guest, "/login"],
      [guest, "/signup"],
      [guest, "/admin/login"],
      [guest, "/park/login"],
      [operatorContext, "/park"],
      [operatorContext, "/park?status=received"],
      [vendorContext, "/status"],
      [vendorContext, "/products"],
      [vendorContext, "/products/new"],
      [vendorContext, productPath],
      [vendorContext, "/certificates"],
      [vendorContext, "/team"],
      [vendorContext, "/orders"],
      [vendorContext, orderPath],
      [vendorContext, "/statements"],
      [vendorContext, "/fitting"],
      [vendorContext, "/fitting?status=answered"],
      [adminContext, "/admin"],
      [adminContext, "/admin?status=all"],
      [adminContext, manufacturerPath],
      [adminContext, "/admin/certificates"],
      [adminContext, "/admin/declarations"],
      [adminContext, "/admin/declarations?show=problem"],
      [adminContext, "/admin/customs/exchange-rates"],
      [adminContext, exchangeRatePath],
    ]
    const found: string[] = []
    // The header names the console of whoever is signed in (it said 厂商门户, manufacturers' portal, to everyone).
    const who = new Map<BrowserContext, string>([[guest, "guest"], [vendorContext, "manufacturer"], [adminContext, "staff"], [operatorContext, "operator"]])
    const headers = new Set<string>()
    try {
      for (const lang of ["zh", "en"]) {
        for (const context of [guest, vendorContext, adminContext, operatorContext]) await context.addCookies([{ name: "portal_lang", value: lang, url: portal() }])
        for (const [context, pathname] of pages) {
          const page = await context.newPage()
          try {
            await page.goto(`${portal()}${pathname}`)
            for (const v of await axeViolations(page)) found.push(`${lang} ${pathname} ${v}`)
            headers.add(`${who.get(context)}: ${await page.locator(".brand").innerText()}`)
          } finally {
            await page.close()
          }
        }
      }
    } finally {
      await vendorContext.addCookies([{ name: "portal_lang", value: "zh", url: portal() }])
      await adminContext.addCookies([{ name: "portal_lang", value: "zh", url: portal() }])
      await guest.close()
      await operatorContext.close()
    }
    expect(found).toEqual([])
    expect([...headers].sort()).toEqual([
      "guest: Assistive-device export platform · Portal",
      "guest: 辅具出口平台 · 门户",
      "manufacturer: Assistive-device export platform · Manufacturers' portal",
      "manufacturer: 辅具出口平台 · 厂商门户",
      "operator: Assistive-device export platform · Park operators' console",
      "operator: 辅具出口平台 · 园区操作台",
      "staff: Assistive-device export platform · Platform staff",
      "staff: 辅具出口平台 · 平台管理",
    ])
  })

  it("reflows at 200% zoom (1280 px wide at 200% is 640 CSS px) without sideways scrolling", async () => {
    for (const [context, pathname] of [
      [vendorContext, "/products/new"],
      [vendorContext, "/products"],
      [adminContext, manufacturerPath],
    ] as const) {
      const page = await context.newPage()
      try {
        await page.setViewportSize({ width: 640, height: 450 })
        await page.goto(`${portal()}${pathname}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect([pathname, overflow]).toEqual([pathname, 0])
        if (pathname === "/products/new") await page.screenshot({ path: path.join(ARTIFACTS, "portal-editor-200pct.png"), fullPage: true })
      } finally {
        await page.close()
      }
    }
  })
})
