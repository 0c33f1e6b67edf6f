import { spawnSync } from "child_process"
import { mkdtempSync, readFileSync, rmSync, statSync } from "fs"
import os from "os"
import path from "path"
import { importStack } from "./import-stack"

jest.setTimeout(120_000)

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "HOOKS_SECRET", "PARK_HOOKS_SECRET", "STOREFRONT_HOOKS_SECRET"]
// What the README once published and every other copy of this code still knows.
const PUBLISHED = { JWT_SECRET: "demo-jwt-secret-change-me", HOOKS_SECRET: "demo-hooks-secret-change-me" }

let dataDir: string
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "aem-secrets-"))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

it("makes strong random secrets on first start, keeps them owner-only in the data folder, and reuses them", async () => {
  const { installationSecrets } = await importStack()
  const printed: string[] = []
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line))
  try {
    const first = installationSecrets({}, dataDir)
    expect(Object.keys(first).sort()).toEqual([...NAMES].sort())
    for (const name of NAMES) expect(first[name]).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(new Set(Object.values(first)).size).toBe(NAMES.length)
    const file = path.join(dataDir, "secrets.json")
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first)
    // The next start: the same secrets (sessions and signed links stay valid).
    expect(installationSecrets({}, dataDir)).toEqual(first)
    // Another installation: others.
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), "aem-secrets-"))
    expect(installationSecrets({}, elsewhere).JWT_SECRET).not.toBe(first.JWT_SECRET)
    rmSync(elsewhere, { recursive: true, force: true })
    // Nothing secret was printed.
    for (const value of Object.values(first) as string[]) expect(printed.join("\n")).not.toContain(value)
  } finally {
    log.mockRestore()
  }
})

it("the environment wins over the file, and what it sets is not written there", async () => {
  const { installationSecrets, withInstallationSecrets } = await importStack()
  const own = "an-operator-chosen-secret-of-forty-characters"
  const secrets = installationSecrets({ JWT_SECRET: own }, dataDir)
  expect(secrets.JWT_SECRET).toBe(own)
  expect(JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8"))).not.toHaveProperty("JWT_SECRET")
  const env = withInstallationSecrets({ JWT_SECRET: own, REDIS_URL: "redis://x" }, dataDir)
  expect(env).toMatchObject({ JWT_SECRET: own, REDIS_URL: "redis://x", HOOKS_SECRET: secrets.HOOKS_SECRET })
  // Without the variable, a secret is made for it and kept.
  expect(installationSecrets({}, dataDir).JWT_SECRET).toMatch(/^[A-Za-z0-9_-]{64}$/)
})

/** Starts a built app as its own start command would, with `env` only; its exit code and output. */
function serve(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const res = spawnSync(cmd, args, { cwd, env: { PATH: process.env.PATH!, HOME: os.tmpdir(), ...env }, encoding: "utf8", timeout: 90_000 })
  return { status: res.status, output: `${res.stdout}${res.stderr}` }
}

describe("a start outside the demo stack refuses missing, published or short secrets, naming the variable", () => {
  it("the workers (node dist/main.js)", async () => {
    const { ROOT } = await importStack()
    const workers = (env: Record<string, string>) => serve(process.execPath, [path.join(ROOT, "apps/workers/dist/main.js")], ROOT, { WORKERS_HEALTH_PORT: "0", REDIS_URL: "redis://127.0.0.1:1", ...env })
    const refused = workers({ NODE_ENV: "production", HOOKS_SECRET: PUBLISHED.HOOKS_SECRET, PARK_HOOKS_SECRET: "short" })
    expect(refused.status).toBe(1)
    expect(refused.output).toContain("The workers refuses to start: HOOKS_SECRET is a published demo value; PARK_HOOKS_SECRET is shorter than 32 characters")
    expect(refused.output).not.toContain(PUBLISHED.HOOKS_SECRET)
    // With no NODE_ENV at all, too: only tests and a developer's runs may use the demo secrets.
    expect(workers({}).output).toContain("HOOKS_SECRET is not set; PARK_HOOKS_SECRET is not set")
    const parks = workers({ HOOKS_SECRET: "h".repeat(32), PARK_HOOKS_SECRET: "p".repeat(32), PARK_HOOKS_SECRETS: '{"JXP": "jiaxing-short"}' })
    expect(parks.output).toContain("refuses to start: PARK_HOOKS_SECRETS.JXP is shorter than 32 characters")
  })

  it("the backend (medusa start, as a bare production start runs it)", async () => {
    const { ROOT } = await importStack()
    const server = path.join(ROOT, "apps/backend/.medusa/server")
    const refused = serve(path.join(ROOT, "node_modules/.bin/medusa"), ["start"], server, {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
      REDIS_URL: "redis://127.0.0.1:1",
      PORT: "1",
      JWT_SECRET: PUBLISHED.JWT_SECRET,
    })
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain(
      "The backend refuses to start: JWT_SECRET is a published demo value; COOKIE_SECRET is not set; HOOKS_SECRET is not set; PARK_HOOKS_SECRET is not set; STOREFRONT_HOOKS_SECRET is not set"
    )
  })

  it("the storefront (next start)", async () => {
    const { ROOT } = await importStack()
    const app = path.join(ROOT, "apps/storefront")
    const nextBin = require.resolve("next/dist/bin/next", { paths: [app] })
    // A free port: were the secret accepted, it would serve there until the timeout (and fail the test).
    const port = String(18_900 + (process.pid % 500))
    const refused = serve(process.execPath, [nextBin, "start", "-p", port], app, { NODE_ENV: "production", STOREFRONT_HOOKS_SECRET: "demo-storefront-hooks-secret-change-me" })
    expect(refused.status).not.toBe(0)
    expect(refused.output).toContain("The storefront refuses to start: STOREFRONT_HOOKS_SECRET is a published demo value")
  })
})
