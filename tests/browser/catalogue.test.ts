import { useBrowser } from "./browser"
import { sharedStack } from "./stack"

jest.setTimeout(120_000)

const { urls } = sharedStack()
const browser = useBrowser()

async function englishPage() {
  return (await browser().newContext({ locale: "en-GB" })).newPage()
}

it("filters an ISO 9999 class by price, manufacturer and stock with a plain form", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/categories/iso-12-22`)
  const all = await page.getByTestId("product-card").count()
  expect(all).toBeGreaterThan(3)
  await page.getByLabel("To", { exact: true }).fill("120000")
  await Promise.all([page.waitForURL(/max=120000/), page.getByRole("button", { name: "Apply filters" }).click()])
  const prices = await page.getByTestId("product-price").allInnerTexts()
  expect(prices.length).toBeGreaterThan(0)
  expect(prices.length).toBeLessThan(all)
  for (const p of prices) expect(Number(p.replace(/[^\d.]/g, ""))).toBeLessThanOrEqual(120000)
  await expect(page.getByRole("heading", { level: 2, name: `${prices.length} products` }).count()).resolves.toBe(1)
  // Every product in this class is made by one manufacturer: choosing it keeps them all (the price limit went with the new query).
  await page.goto(`${urls.storefront}/kz/categories/iso-12-22`)
  await page.getByLabel("Manufacturer").selectOption({ index: 1 })
  await Promise.all([page.waitForURL(/maker=/), page.getByRole("button", { name: "Apply filters" }).click()])
  expect(await page.getByTestId("product-card").count()).toBe(all)
  await page.context().close()
})

it("filters by certification (valid certificates covering the product) and by what ships to the buyer's country", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/categories/iso-12-22`)
  const all = await page.getByTestId("product-card").count()
  // The demo's CE certificate covers three of the seven wheelchair models: each choice says how many it keeps.
  const options = page.getByLabel("Certification").locator("option")
  await expect(options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).resolves.toEqual(["", "ce", "iso_13485"])
  await expect(options.nth(1).innerText()).resolves.toBe("CE (3)")
  await page.getByLabel("Certification").selectOption("ce")
  await Promise.all([page.waitForURL(/cert=ce/), page.getByRole("button", { name: "Apply filters" }).click()])
  await expect(page.getByTestId("product-card").count()).resolves.toBe(3)
  // Every demo product ships to Kazakhstan from the park: ticking it keeps the three.
  await page.getByLabel("Ships to Kazakhstan").check()
  await Promise.all([page.waitForURL(/ships=1/), page.getByRole("button", { name: "Apply filters" }).click()])
  await expect(page.getByTestId("product-card").count()).resolves.toBe(3)
  expect(all).toBeGreaterThan(3)
  // The certificates show on the product page, with their validity.
  await page.goto(`${urls.storefront}/kz/products/kangyi-transport-chair`)
  await expect(page.getByTestId("certificates").locator("li").count()).resolves.toBe(2)
  await page.context().close()
})

it("compares up to four ticked products side by side", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/categories/iso-12-22`)
  const boxes = page.locator("input[name=p]")
  for (let i = 0; i < 3; i++) await boxes.nth(i).check()
  await Promise.all([page.waitForURL(/\/kz\/compare\?p=/), page.getByRole("button", { name: "Compare ticked products" }).click()])
  const table = page.getByTestId("compare")
  expect(await table.locator("thead th").count()).toBe(3)
  await expect(table.getByRole("row", { name: /Net weight/ }).innerText()).resolves.toMatch(/kg.+kg.+kg/s)
  await page.goto(`${urls.storefront}/kz/compare?p=kangyi-lightweight-aluminium-wheelchair&p=kangyi-steel-standard-wheelchair&p=kangyi-transport-chair&p=kangyi-paediatric-wheelchair&p=kangyi-bariatric-wheelchair`)
  expect(await page.getByTestId("compare").locator("thead th").count()).toBe(4)
  await expect(page.getByRole("main").getByRole("status").innerText()).resolves.toMatch(/first 4/)
  await page.context().close()
})

it("recommends the wheelchair seat width for the buyer's hips, and preselects it", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/products/kangyi-lightweight-aluminium-wheelchair`)
  await page.getByLabel("Your hip width, seated (cm)").fill("43")
  await Promise.all([page.waitForURL(/measure=43/), page.getByRole("button", { name: "Find my size" }).click()])
  await expect(page.getByTestId("size-advice").innerText()).resolves.toMatch(/Choose \u206846 cm\u2069/)
  await Promise.all([page.waitForURL(/fit=/), page.getByRole("link", { name: "Select this size" }).click()])
  await expect(page.locator("#variant option:checked").innerText()).resolves.toBe("46 cm")
  await page.getByLabel("Your hip width, seated (cm)").fill("60")
  await Promise.all([page.waitForURL(/measure=60/), page.getByRole("button", { name: "Find my size" }).click()])
  await expect(page.getByTestId("size-advice").innerText()).resolves.toMatch(/Ask the manufacturer/)
  await page.context().close()
})

it("shows the landed cost with DDP offered in Saudi Arabia, and the verified manufacturer", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/sa/products/kangyi-lightweight-aluminium-wheelchair`)
  const table = page.getByTestId("landed-cost")
  await expect(table.getByRole("row", { name: /Import VAT/ }).innerText()).resolves.toMatch(/SAR\s[\d,]+\.\d\d/)
  await expect(table.getByRole("row", { name: /Import duty/ }).count()).resolves.toBe(1)
  await expect(page.getByText(/pay these charges in advance \(DDP\)/).count()).resolves.toBe(1)
  await expect(page.getByText("Verified manufacturer", { exact: true }).count()).resolves.toBe(1)
  await expect(page.getByRole("heading", { name: "Delivery to Saudi Arabia" }).count()).resolves.toBe(1)
  await page.context().close()
})

it("says what each landed-cost line charges in the buyer's language, rates in its format", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/products/kangyi-lightweight-aluminium-wheelchair?lang=ru`)
  const table = page.getByTestId("landed-cost")
  // Kazakhstan (EAEU): one customs payment on what exceeds the personal-use allowance, said in Russian.
  await expect(table.innerText()).resolves.toMatch(/Таможенный платёж 15\s?% с превышения лимита/)
  await expect(table.locator("small[lang=en]").count()).resolves.toBe(0)
  await page.goto(`${urls.storefront}/sa/products/kangyi-lightweight-aluminium-wheelchair?lang=ar`)
  await expect(table.innerText()).resolves.toMatch(/ضريبة القيمة المضافة .+ على البضائع والشحن والرسوم الجمركية/)
  await expect(table.innerText()).resolves.not.toMatch(/VAT|Duty/)
  await page.context().close()
})

it("shows product content in the buyer's language where translated, else English marked as such", async () => {
  const page = await englishPage()
  await page.goto(`${urls.storefront}/kz/products/anjian-four-wheel-rollator?lang=ru`)
  const title = page.getByRole("heading", { level: 1 })
  await expect(title.innerText()).resolves.toBe("Четырёхколёсные ходунки-роллатор с сиденьем AJ-R4")
  await expect(title.getAttribute("lang")).resolves.toBe("ru")
  await page.goto(`${urls.storefront}/kz/products/kangyi-steel-standard-wheelchair?lang=ru`)
  await expect(title.innerText()).resolves.toBe("Standard steel wheelchair KY-809")
  await expect(title.getAttribute("lang")).resolves.toBe("en")
  await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ru")
  await page.context().close()
})
