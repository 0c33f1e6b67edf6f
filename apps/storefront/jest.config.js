module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["@swc/jest"] },
  testMatch: ["<rootDir>/lib/**/__tests__/**/*.test.ts"],
}
