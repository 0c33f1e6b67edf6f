import { mkdirSync } from "fs"
import path from "path"
import { chromium, type Browser, type Page } from "playwright-core"

/** Screenshots and other files a run leaves for people to look at (gitignored). */
export const ARTIFACTS = path.resolve(__dirname, "../artifacts")

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    // Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

/** What has keyboard focus: its tag, id, name and text, for tests that move with Tab. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", name: el?.getAttribute("name") ?? "", value: (el as HTMLInputElement | null)?.value ?? "", text: el?.textContent?.trim() ?? "" }
  })
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab")
    if (matches(await focused(page))) return
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`)
}

/** A fresh email for each registration, so tests never depend on each other. */
export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@buyers.example.com`
}
