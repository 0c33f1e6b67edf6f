#!/usr/bin/env node
// `npm start`: the whole marketplace with demo data, nothing configured. See README.
import { DEMO_LOGINS, StackError, ensureDependencies, log, startStack } from "./lib/stack.cjs"

async function main() {
  ensureDependencies()
  const t0 = Date.now()
  const stack = await startStack()
  const secs = ((Date.now() - t0) / 1000).toFixed(1)
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
