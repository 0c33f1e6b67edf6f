// Stock Medusa 2.21 as `create-medusa-app` ships it, minus the admin: core modules only, Medusa's defaults
// (in-memory event bus and workflow engine, local locking, no Caching Module). npm run bench:checkout starts it
// beside our backend on its own database so the two are measured on the same box in the same run.
const { defineConfig, loadEnv } = require("@medusajs/framework/utils")

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
})
