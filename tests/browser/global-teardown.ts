import { E2E_PORTS, portOpen, type RunningStack } from "./stack"

/** Stops the shared stack and checks that it stopped cleanly: every process ended, every port free again. */
export default async function globalTeardown() {
  const stack = (globalThis as { __e2eStack?: RunningStack }).__e2eStack
  if (!stack) return
  await stack.stop()
  const busy = []
  for (const [name, port] of Object.entries(E2E_PORTS)) if (await portOpen(port)) busy.push(`${name} :${port}`)
  if (busy.length) throw new Error(`The E2E stack did not stop cleanly: still listening on ${busy.join(", ")}`)
}
