#!/usr/bin/env node
// `npm run backup [-- --out FILE]`: one archive with the database and every stored file. See README.
import path from "node:path"
import { backup, BackupError } from "./lib/backup.cjs"
import { findPostgres, log } from "./lib/stack.cjs"

async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf("--out")
  const postgres = await findPostgres()
  try {
    const database = decodeURIComponent(new URL(postgres.url).pathname.slice(1))
    const out = at >= 0 ? args[at + 1] : `aem-backup-${database}-${new Date().toISOString().replace(/[:.]/g, "-")}.tar`
    log(`backing up ${database} (${postgres.source})…`)
    const { manifest } = await backup({ databaseUrl: postgres.url, out })
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0)
    log(`wrote ${path.resolve(out)}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${Object.keys(manifest.files).length} files; files are ${manifest.file_store}`)
  } finally {
    await postgres.stop()
  }
}

main().catch((e) => {
  console.error(e instanceof BackupError ? `\n${e.message}\n` : e)
  process.exit(1)
})
