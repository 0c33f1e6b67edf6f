// `npm run backup` and `npm run restore`: one archive (tar) holding a pg_dump of the marketplace's database,
// which holds every stored file too (the default file store is the `stored_file` table), and a manifest with each
// table's row count and content hash, taken in the dump's own snapshot so that a restore can prove it is whole.
const { spawnSync } = require("node:child_process")
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs")
const { createRequire } = require("node:module")
const os = require("node:os")
const path = require("node:path")

const requireFromRoot = createRequire(path.join(__dirname, "../../package.json"))

class BackupError extends Error {}

/** pg_dump or pg_restore: from PG_BIN when set (e.g. /usr/lib/postgresql/17/bin), else the PATH. */
function pgTool(name) {
  return process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name
}

function runTool(name, args) {
  const res = spawnSync(pgTool(name), args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (res.error) throw new BackupError(`${name} could not be run (${res.error.message}): install Debian's postgresql-client, or set PG_BIN to the folder that has it`)
  if (res.status !== 0) throw new BackupError(`${name} failed (exit ${res.status}):\n${res.stderr.trim()}`)
  return res.stdout
}

/** pg_dump cannot dump a newer server than itself (e.g. Debian 12's pg_dump 15 and the embedded PostgreSQL 17). */
function checkToolVersion(name, serverVersionNum) {
  const major = Number(/(\d+)(?:\.\d+)?/.exec(runTool(name, ["--version"]))?.[1])
  const serverMajor = Math.floor(Number(serverVersionNum) / 10000)
  if (major < serverMajor) {
    throw new BackupError(
      `${pgTool(name)} is version ${major}, the database server ${serverMajor}: ${name} must be at least the server's version. ` +
        `Install postgresql-client-${serverMajor} and set PG_BIN=/usr/lib/postgresql/${serverMajor}/bin`
    )
  }
}

async function connect(url) {
  const pg = requireFromRoot("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}

/**
 * Each table's row count and a hash of its rows (order-independent), and each stored file's SHA-256 computed
 * from its bytes: what a restored database must show again.
 */
async function fingerprint(client) {
  const { rows: tables } = await client.query(
    "select schemaname, tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2"
  )
  const result = { tables: {}, files: {} }
  for (const { schemaname, tablename } of tables) {
    const name = `"${schemaname}"."${tablename.replace(/"/g, '""')}"`
    const { rows } = await client.query(
      `select count(*)::int as rows, md5(coalesce(string_agg(h, '' order by h), '')) as hash from (select md5(t::text) as h from ${name} t) r`
    )
    result.tables[`${schemaname}.${tablename}`] = rows[0]
  }
  if (result.tables["public.stored_file"]) {
    const { rows } = await client.query("select key, encode(sha256(content), 'hex') as sha256 from stored_file order by key")
    for (const r of rows) result.files[r.key] = r.sha256
  }
  return result
}

/**
 * Writes the archive: pg_dump (custom format) of the database in one snapshot, and the manifest taken in that
 * same snapshot, so writes during the backup are either wholly in it or not at all.
 */
async function backup({ databaseUrl, out }) {
  const client = await connect(databaseUrl)
  const work = mkdtempSync(path.join(os.tmpdir(), "aem-backup-"))
  try {
    const { rows } = await client.query("select current_database() as db, current_setting('server_version_num') as v")
    checkToolVersion("pg_dump", rows[0].v)
    await client.query("begin isolation level repeatable read read only")
    const { rows: snap } = await client.query("select pg_export_snapshot() as id")
    const manifest = {
      format: "aem-backup/1",
      created_at: new Date().toISOString(),
      database: rows[0].db,
      server_version_num: Number(rows[0].v),
      file_store: process.env.S3_BUCKET
        ? `in the S3 bucket ${process.env.S3_BUCKET}, not in this archive: back the bucket up with its own versioning or replication`
        : "in the database (table stored_file)",
      ...(await fingerprint(client)),
    }
    runTool("pg_dump", ["--format=custom", `--snapshot=${snap[0].id}`, "--no-owner", "--no-privileges", `--file=${path.join(work, "database.dump")}`, databaseUrl])
    await client.query("commit")
    writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2))
    const res = spawnSync("tar", ["-cf", path.resolve(out), "-C", work, "manifest.json", "database.dump"], { encoding: "utf8" })
    if (res.status !== 0) throw new BackupError(`tar failed: ${res.stderr}`)
    return { out: path.resolve(out), manifest }
  } finally {
    await client.end()
    rmSync(work, { recursive: true, force: true })
  }
}

/** A database that has any table (ours or Medusa's) is not empty. */
async function tablesIn(client) {
  const { rows } = await client.query("select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
  return rows[0].n
}

/**
 * Restores an archive into an empty database (created when missing). A database with tables is refused unless
 * `force`, which drops and re-creates it. Afterwards every table's rows and every file's bytes are compared with
 * the manifest; any difference fails the restore.
 */
async function restore({ databaseUrl, archive, force = false }) {
  const work = mkdtempSync(path.join(os.tmpdir(), "aem-restore-"))
  try {
    const res = spawnSync("tar", ["-xf", path.resolve(archive), "-C", work, "manifest.json", "database.dump"], { encoding: "utf8" })
    if (res.status !== 0) throw new BackupError(`${archive} is not a backup archive of this marketplace: ${res.stderr.trim()}`)
    const manifest = JSON.parse(readFileSync(path.join(work, "manifest.json"), "utf8"))
    if (manifest.format !== "aem-backup/1") throw new BackupError(`${archive} has an unknown format (${manifest.format})`)

    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
    const adminUrl = new URL(databaseUrl)
    adminUrl.pathname = "/postgres"
    const admin = await connect(adminUrl.toString())
    try {
      const { rows } = await admin.query("select current_setting('server_version_num') as v, exists(select 1 from pg_database where datname = $1) as present", [name])
      checkToolVersion("pg_restore", rows[0].v)
      let present = rows[0].present
      if (present) {
        const target = await connect(databaseUrl)
        const n = await tablesIn(target).finally(() => target.end())
        if (n && !force) {
          throw new BackupError(`The database ${name} is not empty (${n} tables): restore into a new database, or pass --force to replace it`)
        }
        if (n) {
          await admin.query(`drop database "${name.replace(/"/g, '""')}" with (force)`)
          present = false
        }
      }
      if (!present) await admin.query(`create database "${name.replace(/"/g, '""')}"`)
    } finally {
      await admin.end()
    }

    runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${databaseUrl}`, path.join(work, "database.dump")])
    const client = await connect(databaseUrl)
    const restored = await fingerprint(client).finally(() => client.end())
    const differences = [
      ...Object.keys({ ...manifest.tables, ...restored.tables })
        .filter((t) => JSON.stringify(manifest.tables[t]) !== JSON.stringify(restored.tables[t]))
        .map((t) => `table ${t}: ${JSON.stringify(manifest.tables[t])} in the archive, ${JSON.stringify(restored.tables[t])} restored`),
      ...Object.keys({ ...manifest.files, ...restored.files })
        .filter((k) => manifest.files[k] !== restored.files[k])
        .map((k) => `file ${k}: sha256 ${manifest.files[k]} in the archive, ${restored.files[k]} restored`),
    ]
    if (differences.length) throw new BackupError(`The restored database differs from the archive:\n  ${differences.join("\n  ")}`)
    return { manifest, tables: Object.keys(restored.tables).length, files: Object.keys(restored.files).length }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

module.exports = { BackupError, backup, restore, fingerprint }
