const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

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
}

// Unit specs next to the code, HTTP integration specs (real Postgres and Redis) in integration-tests/.
module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/integration-tests/http/*.spec.[jt]s"]
