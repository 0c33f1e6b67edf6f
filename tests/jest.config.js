const base = { testEnvironment: "node", transform: { "^.+\\.tsx?$": ["@swc/jest"] }, testPathIgnorePatterns: ["/node_modules/"] }

module.exports = {
  projects: [
    { ...base, displayName: "stack", testMatch: ["<rootDir>/stack/**/*.test.ts"] },
    // Every browser test file shares one stack, started once (it takes minutes) and stopped at the end.
    {
      ...base,
      displayName: "browser",
      testMatch: ["<rootDir>/browser/**/*.test.ts"],
      globalSetup: "<rootDir>/browser/global-setup.ts",
      globalTeardown: "<rootDir>/browser/global-teardown.ts",
    },
  ],
}
