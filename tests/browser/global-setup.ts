import { STACK_ENV, startE2eStack } from "./stack"

/**
 * Starts the stack once for every browser test file. E2E_STACK set beforehand (JSON with urls,
 * publishableKey and stripeApi) reuses a stack that is already running, e.g. while writing a test.
 */
export default async function globalSetup() {
  if (process.env[STACK_ENV]) return
  const stack = await startE2eStack()
  ;(globalThis as { __e2eStack?: typeof stack }).__e2eStack = stack
  process.env[STACK_ENV] = JSON.stringify({ urls: stack.urls, publishableKey: stack.publishableKey, databaseUrl: stack.databaseUrl, stripeApi: stack.stripeApi, notificationsDir: stack.notificationsDir })
}
