import { importStack } from "../stack/import-stack"

/** The stack as `npm start` runs it, on its own ports and its own fresh database. */
export type RunningStack = {
  urls: { backend: string; storefront: string; portal: string; workers: string; admin: string }
  databaseUrl: string
  stop: () => Promise<void>
}

// E2E_PORT_OFFSET lets two checkouts run their browser tests side by side on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET || 0)
export const E2E_PORTS = { backend: 9300 + offset, workers: 9400 + offset, storefront: 8300 + offset, portal: 8400 + offset }

export async function startE2eStack(): Promise<RunningStack> {
  const { startStack, findPostgres } = await importStack()
  const base = process.env.E2E_DATABASE_URL
    ? { url: process.env.E2E_DATABASE_URL, stop: async () => {} }
    : await findPostgres({ database: offset ? `aem_e2e_${offset}` : "aem_e2e" })
  await recreateDatabase(base.url)
  process.env.DATABASE_URL = base.url
  return startStack({ ports: E2E_PORTS, quiet: !process.env.E2E_VERBOSE, skipBuild: process.env.E2E_BUILD !== "true" })
}

/** Every run starts from an empty database, as on a fresh machine. */
async function recreateDatabase(url: string) {
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
