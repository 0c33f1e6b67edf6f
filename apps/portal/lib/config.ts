/** Server-side settings, read at request time so one build serves any backend. */
export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
}
