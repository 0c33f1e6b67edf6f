#!/usr/bin/env node
// `npm run bench:web`: Lighthouse (mobile, its default simulated throttling) on the storefront's home,
// category and product pages in Debian's Chromium. Starts the stack on its own ports and database unless
// E2E_STACK (JSON with urls, as the browser tests use) points at one that runs.
import { createRequire } from "node:module"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const require = createRequire(import.meta.url)
const { startStack } = require("../../scripts/lib/stack.cjs")

const PAGES = [
  ["home", "/kz"],
  ["category", "/kz/categories/iso-12-22"],
  ["product", "/kz/products/kangyi-lightweight-aluminium-wheelchair"],
]

async function stack() {
  if (process.env.E2E_STACK) return { urls: JSON.parse(process.env.E2E_STACK).urls, stop: async () => {} }
  const offset = Number(process.env.E2E_PORT_OFFSET || 0)
  process.env.DATABASE_URL ??= `postgres://postgres@127.0.0.1:5432/aem_bench${offset ? `_${offset}` : ""}`
  return startStack({ ports: { backend: 9500 + offset, workers: 9600 + offset, storefront: 8500 + offset }, quiet: true, skipBuild: process.env.E2E_BUILD !== "true" })
}

const ms = (v) => `${Math.round(v)} ms`
const kb = (v) => `${(v / 1024).toFixed(1)} KiB`

const running = await stack()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
})
const rows = []
try {
  for (const [name, path] of PAGES) {
    const url = `${running.urls.storefront}${path}`
    // One warm-up load so the server's first-request compilation is not measured.
    await fetch(url)
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] })
    const a = lhr.audits
    const scripts = a["resource-summary"].details.items.find((i) => i.resourceType === "script")
    rows.push({
      page: name,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      LCP: ms(a["largest-contentful-paint"].numericValue),
      CLS: a["cumulative-layout-shift"].numericValue.toFixed(3),
      TBT: ms(a["total-blocking-time"].numericValue),
      JS: kb(scripts?.transferSize ?? 0),
    })
  }
} finally {
  await chrome.kill()
  await running.stop()
}
console.table(rows)
