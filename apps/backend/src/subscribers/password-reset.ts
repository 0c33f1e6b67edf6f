import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createHash } from "crypto"

/** What Medusa's reset-password route emits, for a login that exists only (an unknown email emits nothing). */
type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

// Who resets where: buyers in the storefront (under their country), everyone else in the portal.
const PORTAL_ACTORS = new Set(["manufacturer", "operator", "partner", "user"])

/** The link to the page where this login chooses its new password, or undefined for an actor with none. */
export function passwordResetUrl(reset: PasswordReset, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const query = new URLSearchParams({ token: reset.token, email: reset.entity_id })
  if (reset.actor_type === "customer") {
    // The storefront sends the buyer's country and language along with the request; a bare API call gets Kazakhstan's.
    const cc = String(reset.metadata?.country_code ?? "")
    const lang = String(reset.metadata?.lang ?? "")
    if (/^[a-z]{2}$/.test(lang)) query.set("lang", lang)
    return `${(env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")}/${/^[a-z]{2}$/.test(cc) ? cc : "kz"}/account/reset-password?${query}`
  }
  if (PORTAL_ACTORS.has(reset.actor_type)) return `${(env.PORTAL_URL || "http://localhost:8001").replace(/\/$/, "")}/reset-password?${query}`
  return undefined
}

/** A password reset was asked for an existing login: its email gets the link (valid 15 minutes, once). */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordReset>) {
  const reset = event.data
  const url = passwordResetUrl(reset)
  if (!url) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`password reset for actor type ${reset.actor_type}: no page to send it to`)
    return
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: reset.entity_id,
    channel: "email",
    template: "password-reset",
    // One message per token, however often the event is delivered.
    idempotency_key: `password-reset:${createHash("sha256").update(reset.token).digest("hex").slice(0, 32)}`,
    data: { reset_url: url, actor_type: reset.actor_type },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
