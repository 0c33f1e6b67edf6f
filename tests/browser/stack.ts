import path from "path"

/** The stack as `npm start` runs it, on its own ports and its own fresh database. */
export type RunningStack = {
  urls: { backend: string; storefront: string; workers: string; admin: string }
  databaseUrl: string
  stop: () => Promise<void>
}

export const E2E_PORTS = { backend: 9300, workers: 9400, storefront: 8300 }

export async function startE2eStack(): Promise<RunningStack> {
  const stackLib = path.resolve(__dirname, "../../scripts/lib/stack.mjs")
  // The orchestration script is an ES module shared with `npm start`.
  // A real dynamic import (the TS transform would turn `import()` into require).
  const { startStack, findPostgres } = await (new Function("p", "return import(p)")(stackLib) as Promise<any>)
  const base = process.env.E2E_DATABASE_URL
    ? { url: process.env.E2E_DATABASE_URL, stop: async () => {} }
    : await findPostgres({ database: "aem_e2e" })
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
