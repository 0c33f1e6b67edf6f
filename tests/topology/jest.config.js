// Production's shape (several processes of each app behind nginx), on a stack of its own: `npm run test:topology`.
// Not in `npm test`: it boots eight processes and seeds a database of its own, which CI's time budget has no room for.
module.exports = { rootDir: "..", testEnvironment: "node", transform: { "^.+\\.tsx?$": ["@swc/jest"] }, testMatch: ["<rootDir>/topology/**/*.test.ts"] }
