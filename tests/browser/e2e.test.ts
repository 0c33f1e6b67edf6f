import { mkdirSync } from "fs"
import net from "net"
import path from "path"
import { chromium } from "playwright-core"
import type { E2e } from "./e2e"
import { portalTests } from "./portal"
import { E2E_PORTS, startE2eStack } from "./stack"
import { storefrontTests } from "./storefront"

// One stack for the whole browser suite: starting it takes minutes, so the apps' tests share it.
jest.setTimeout(420_000)

const e2e = {} as E2e

beforeAll(async () => {
  e2e.artifacts = path.resolve(__dirname, "../test-results")
  mkdirSync(e2e.artifacts, { recursive: true })
  e2e.stack = await startE2eStack()
  e2e.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    // Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
})

afterAll(async () => {
  await e2e.browser?.close()
  await e2e.stack?.stop()
})

describe("storefront", () => storefrontTests(e2e))
describe("portal", () => portalTests(e2e))

it("stops cleanly: every process ends and every port is free again", async () => {
  await e2e.stack.stop()
  const open = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = net.connect({ host: "127.0.0.1", port })
      s.once("connect", () => (s.destroy(), resolve(true)))
      s.once("error", () => resolve(false))
    })
  for (const port of Object.values(E2E_PORTS)) expect(await open(port)).toBe(false)
})
