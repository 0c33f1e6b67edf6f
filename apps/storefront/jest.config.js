module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["@swc/jest"] },
  testMatch: ["<rootDir>/lib/**/__tests__/**/*.test.ts"],
  // The app's own "@/" imports (tsconfig paths), for tests of modules that use them (middleware).
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
}
