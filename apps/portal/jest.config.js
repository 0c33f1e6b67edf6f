module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["@swc/jest"] },
  testMatch: ["<rootDir>/lib/**/__tests__/**/*.test.ts"],
  moduleNameMapper: { "^server-only$": "<rootDir>/lib/__tests__/server-only-stub.ts" },
}
