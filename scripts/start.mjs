#!/usr/bin/env node
// `npm start`: the whole marketplace with demo data, nothing configured. See README.
import path from "node:path"
import { DEMO_LOGINS, ROOT, StackError, ensureDependencies, log, logToFile, startStack } from "./lib/stack.cjs"

async function main() {
  ensureDependencies()
  const t0 = Date.now()
  const stack = await startStack()
  const secs = ((Date.now() - t0) / 1000).toFixed(1)
  // From the banner on, the backend's info lines go to the file; warnings and errors still show here.
  const logFile = logToFile(stack.processes)
  console.log(`
  The marketplace is running (ready in ${secs} s):

    Storefront    ${stack.urls.storefront}/kz   (any country: /ru /sa /id /tr …)
    Portal        ${stack.urls.portal}   (manufacturers sign up here; platform staff: ${stack.urls.portal}/admin/login with the admin login)
    Admin         ${stack.urls.admin}   ${DEMO_LOGINS.admin.email} / ${DEMO_LOGINS.admin.password}
    Backend API   ${stack.urls.backend}   (health: ${stack.urls.backend}/health)
    Workers       ${stack.urls.workers}   (the customs simulator — not customs — answers the export declarations)
    Manufacturer  ${DEMO_LOGINS.manufacturer.email} / ${DEMO_LOGINS.manufacturer.password}   (portal)
    Park operator ${DEMO_LOGINS.operator.email} / ${DEMO_LOGINS.operator.password}   (Jiaxing logistics park, /operator API)
    Buyer login   ${DEMO_LOGINS.buyer.email} / ${DEMO_LOGINS.buyer.password}
    Store API key ${stack.publishableKey}
    Logs          ${path.relative(ROOT, logFile)}   (everything the apps write; warnings and errors show here too)

  Press Ctrl-C to stop everything.
`)
  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    log("stopping…")
    await stack.stop()
    log("stopped")
    process.exit(0)
  }
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
  for (const { name, child } of stack.processes) {
    child.once("exit", (code) => {
      if (stopping) return
      console.error(`${name} exited unexpectedly (code ${code}); stopping the rest`)
      void shutdown().then(() => process.exit(1))
    })
  }
}

main().catch((e) => {
  console.error(e instanceof StackError ? `\n${e.message}\n` : e)
  process.exit(1)
})
