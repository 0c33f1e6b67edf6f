import "server-only"
import { backend, BackendError } from "./backend"
import type { Actor } from "./session"

/**
 * The two invitations a person can get by email: to work at a logistics park (platform staff send it) and to
 * join a manufacturer's team (its owner sends it). Both open a portal page (`/park/invite`, `/invite`) where the
 * person sets a name and password and joins with a login of their own.
 */
export type InvitationKind = "operator" | "manufacturer" | "partner"

export type Invitation = {
  email: string
  expires_at: string
  status: "open" | "used" | "expired"
  name?: string
  park?: { name_zh?: string; name_en?: string }
  manufacturer?: { legal_name_zh?: string; legal_name_en?: string }
  service_partner?: { legal_name?: string; city?: string }
}

export const INVITATIONS: Record<InvitationKind, { actor: Actor; api: string; page: string; home: string }> = {
  operator: { actor: "operator", api: "/operator/invites", page: "/park/invite", home: "/park" },
  manufacturer: { actor: "manufacturer", api: "/vendor/invites", page: "/invite", home: "/status" },
  partner: { actor: "partner", api: "/partner/invites", page: "/partner/invite", home: "/partner" },
}

/** The invitation the token names, or null when there is none. */
export async function lookupInvitation(kind: InvitationKind, token: string): Promise<Invitation | null> {
  try {
    return (await backend<{ invitation: Invitation }>(`${INVITATIONS[kind].api}/${encodeURIComponent(token)}`)).invitation
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) return null
    throw e
  }
}
