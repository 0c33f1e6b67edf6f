const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// @medusajs/test-utils makes a throw-away database per suite on this server (npm test sets these).
// "localhost", not 127.0.0.1: test-utils turns on SSL for any database URL without "localhost" in it.
process.env.DB_HOST ??= "localhost"
process.env.DB_PORT ??= "5432"
process.env.LOG_LEVEL ??= "error"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  // The databases the integration specs start from, migrated (and seeded) once per run: integration-tests/database-templates.js.
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
  setupFilesAfterEnv: ["./integration-tests/own-redis.js"],
  // Two spec files at a time, each on its own Redis database (own-redis.js) and throw-away PostgreSQL database:
  // much of a spec is waiting (for events, jobs, worker processes), so two overlap well on two cores. Each
  // worker process is replaced once it holds more than 2 GB after a file: run in one process, the Medusa apps
  // the specs start leave enough behind that the whole suite ran out of heap (4 GB) in CI after 27 minutes.
  maxWorkers: 2,
  workerIdleMemoryLimit: "2GB",
}

// Unit specs next to the code, HTTP integration specs (real Postgres and Redis) in integration-tests/.
module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/integration-tests/http/*.spec.[jt]s"]
