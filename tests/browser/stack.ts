import { rmSync } from "fs"
import net from "net"
import os from "os"
import path from "path"
import { STRIPE_TEST_KEYS, StripeApiDouble } from "../../apps/backend/integration-tests/stripe-api-double"
import { importStack } from "../stack/import-stack"

/** The stack as `npm start` runs it, on its own ports and its own fresh database. */
export type StackUrls = { backend: string; storefront: string; portal: string; workers: string; admin: string }
export type RunningStack = {
  urls: StackUrls
  publishableKey: string
  databaseUrl: string
  /** Where the Stripe API double answers; the backend's Stripe provider talks to it. */
  stripeApi: string
  /** The backend's notification provider's folder: what was sent (invitations, reset links), one JSON file each. */
  notificationsDir: string
  stop: () => Promise<void>
}

// E2E_PORT_OFFSET lets two checkouts run their browser tests side by side on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET || 0)
export const E2E_PORTS = { backend: 9300 + offset, workers: 9400 + offset, storefront: 8300 + offset, portal: 8400 + offset }
/** The second storefront, with Stripe's publishable key, that stripe-payment.test.ts starts. */
export const E2E_STRIPE_STOREFRONT_PORT = 8500 + offset
/** Set by the global setup for the test files: where the shared stack answers. */
export const STACK_ENV = "E2E_STACK"

/**
 * The backend runs with Medusa's Stripe provider, talking to the Stripe API double, so Stripe is offered
 * next to the system provider. The shared storefront has no publishable key and stays on the demo's system
 * provider; only stripe-payment.test.ts's own storefront shows the Payment Element.
 */
export async function startE2eStack(): Promise<RunningStack> {
  const { startStack, findPostgres } = await importStack()
  const base = process.env.E2E_DATABASE_URL
    ? { url: process.env.E2E_DATABASE_URL, stop: async () => {} }
    : await findPostgres({ database: offset ? `aem_e2e_${offset}` : "aem_e2e" })
  await dropDatabase(base.url)
  process.env.DATABASE_URL = base.url
  const notificationsDir = path.join(os.tmpdir(), `aem-e2e-notifications-${offset}`)
  rmSync(notificationsDir, { recursive: true, force: true })
  const stripe = new StripeApiDouble()
  const stripeApi = await stripe.start()
  try {
    const stack = await startStack({
      ports: E2E_PORTS,
      quiet: !process.env.E2E_VERBOSE,
      skipBuild: process.env.E2E_BUILD !== "true",
      env: {
        STRIPE_API_KEY: STRIPE_TEST_KEYS.secret,
        STRIPE_WEBHOOK_SECRET: STRIPE_TEST_KEYS.webhookSecret,
        STRIPE_API_HOST: stripeApi,
        NOTIFICATIONS_DIR: notificationsDir,
      },
    })
    return { ...stack, stripeApi, notificationsDir, stop: () => stack.stop().finally(() => stripe.stop()) }
  } catch (e) {
    await stripe.stop()
    throw e
  }
}

/** The shared stack's URLs and key, in a test file. */
export function sharedStack(): Omit<RunningStack, "stop"> {
  const value = process.env[STACK_ENV]
  if (!value) throw new Error("No E2E stack: run the browser tests through jest (tests/jest.config.js starts it).")
  return JSON.parse(value)
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port })
    s.once("connect", () => (s.destroy(), resolve(true)))
    s.once("error", () => resolve(false))
  })
}

/** Every run starts from an empty database, as on a fresh machine: the stack creates it again. */
export async function dropDatabase(url: string) {
  const { Client } = require("pg")
  const admin = new URL(url)
  const name = decodeURIComponent(admin.pathname.slice(1))
  admin.pathname = "/postgres"
  const client = new Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}
