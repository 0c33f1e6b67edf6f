#!/usr/bin/env node
// `npm test`: every test on a fresh clone — lint, typecheck, build, then each workspace's tests
// (unit, Medusa integration against the real PostgreSQL, workers against the real Redis, and the
// browser tests in headless Chromium). Ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT, StackError, ensureDebianPackage, ensureDependencies, findPostgres, findRedis, log } from "./lib/stack.cjs"

// Workspaces with tests, in the order they run: fast and pure first, whole stack last.
const SUITES = [
  "@aem/job-contracts",
  "@aem/trade-kit",
  "@aem/search-kit",
  "@aem/workers",
  "@aem/storefront",
  "@aem/portal",
  "@aem/backend",
  "@aem/e2e-tests",
]

function sh(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { stdio: "inherit", cwd: ROOT, ...opts }).status ?? 1
}

async function main() {
  ensureDependencies()
  // The browser tests' Chromium, and openssl for the trade kit's throwaway signing certificates.
  ensureDebianPackage(process.env.CHROMIUM_PATH || "/usr/bin/chromium", "chromium", "set CHROMIUM_PATH")
  ensureDebianPackage("openssl", "openssl")
  const postgres = await findPostgres({ database: "postgres" })
  const redis = await findRedis()
  const db = new URL(postgres.url)
  const env = {
    ...process.env,
    REDIS_URL: redis.url,
    // @medusajs/test-utils creates a throw-away database per suite from these.
    // test-utils turns SSL on for any database URL without "localhost" in it.
    DB_HOST: db.hostname === "127.0.0.1" ? "localhost" : db.hostname,
    DB_PORT: db.port || "5432",
    DB_USERNAME: decodeURIComponent(db.username) || "postgres",
    DB_PASSWORD: decodeURIComponent(db.password),
    // Its own database per E2E_PORT_OFFSET, so two checkouts can test side by side.
    E2E_DATABASE_URL: postgres.url.replace(/\/[^/]*$/, process.env.E2E_PORT_OFFSET ? `/aem_e2e_${process.env.E2E_PORT_OFFSET}` : "/aem_e2e"),
    CI: process.env.CI ?? "",
  }
  const turbo = path.join(ROOT, "node_modules/.bin/turbo")
  let failedSteps = []
  try {
    log("lint, typecheck and build…")
    for (const task of ["lint", "typecheck", "build"]) {
      if (sh(turbo, ["run", task, "--output-logs=errors-only", "--concurrency=2"], { env }) !== 0) failedSteps.push(task)
    }
    if (failedSteps.includes("build")) throw new StackError("the build failed: tests were not run")

    const resultsDir = path.join(DATA_DIR, "test-results")
    rmSync(resultsDir, { recursive: true, force: true })
    mkdirSync(resultsDir, { recursive: true })
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const suite of SUITES) {
      log(`tests: ${suite}`)
      const out = path.join(resultsDir, `${suite.replace(/\W+/g, "_")}.json`)
      const status = sh("npm", ["run", "test", "--workspace", suite, "--", "--json", `--outputFile=${out}`], { env })
      if (!existsSync(out)) {
        failedSteps.push(`${suite} (jest did not report)`)
        failed++
        continue
      }
      const r = JSON.parse(readFileSync(out, "utf8"))
      passed += r.numPassedTests
      failed += r.numFailedTests
      skipped += r.numPendingTests
      // A suite that fails to load counts no failed tests: count it.
      const brokenSuites = r.numRuntimeErrorTestSuites ?? 0
      failed += brokenSuites
      if (status !== 0 || r.numFailedTests || brokenSuites) failedSteps.push(suite)
    }
    console.log("")
    if (failedSteps.length) console.log(`failed: ${failedSteps.join(", ")}`)
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
    process.exitCode = failedSteps.length ? 1 : 0
  } finally {
    await redis.stop()
    await postgres.stop()
  }
}

main().catch((e) => {
  console.error(e instanceof StackError ? e.message : e)
  process.exit(1)
})
