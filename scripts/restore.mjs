#!/usr/bin/env node
// `npm run restore -- ARCHIVE [--force]`: the archive `npm run backup` wrote, into an empty database. See README.
import { BackupError, restore } from "./lib/backup.cjs"
import { findPostgres, log } from "./lib/stack.cjs"

async function main() {
  const args = process.argv.slice(2)
  const archive = args.find((a) => !a.startsWith("--"))
  if (!archive) throw new BackupError("Name the archive to restore: npm run restore -- aem-backup-….tar [--force]")
  const postgres = await findPostgres()
  try {
    const database = decodeURIComponent(new URL(postgres.url).pathname.slice(1))
    log(`restoring ${archive} into ${database} (${postgres.source})…`)
    const { manifest, tables, files } = await restore({ databaseUrl: postgres.url, archive, force: args.includes("--force") })
    log(`restored the backup of ${manifest.created_at}: ${tables} tables and ${files} files, each the same as in the archive; files are ${manifest.file_store}`)
  } finally {
    await postgres.stop()
  }
}

main().catch((e) => {
  console.error(e instanceof BackupError ? `\n${e.message}\n` : e)
  process.exit(1)
})
