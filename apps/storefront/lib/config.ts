/** Server-side settings: read at request time, so one build serves any backend and key. */
export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
}

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!key) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set: `npm start` passes the demo key; otherwise create one in the admin and set it."
    )
  }
  return key
}
