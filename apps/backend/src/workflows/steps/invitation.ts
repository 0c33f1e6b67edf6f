import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"

/**
 * What every invitation of ours shares (a manufacturer's staff, a park's operators): a one-time token sent by
 * email, valid for a week, that joins only a login the invited person holds themselves, registered with the
 * invited email. Nobody ever attaches a login on someone else's behalf: whoever registered an email first
 * (as any actor) gains nothing from an invitation they cannot read.
 */
export const INVITE_VALID_DAYS = 7

export type Invitation = { email: string; expires_at: Date | string; accepted_at?: Date | string | null }

/** A new invitation's email (lower case), token and expiry. */
export function newInvitation(email: string) {
  return {
    email: email.toLowerCase(),
    token: randomBytes(24).toString("base64url"),
    expires_at: new Date(Date.now() + INVITE_VALID_DAYS * 24 * 3600 * 1000),
  }
}

/** Whether the invited person can still accept it: shown on the page the email links to, before any login. */
export function invitationStatus(invite: Invitation): "open" | "used" | "expired" {
  if (invite.accepted_at) return "used"
  return new Date(invite.expires_at) < new Date() ? "expired" : "open"
}

/**
 * Throws, with what to do, unless this invitation may be accepted by a login registered with `email`;
 * `issuer` is who hands out a new one ("the owner", "platform staff").
 */
export function assertInvitationOpen<T extends Invitation>(invite: T | undefined, email: string, issuer: string): asserts invite is T {
  if (!invite || invite.accepted_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation is not valid or has already been used.")
  }
  if (new Date(invite.expires_at) < new Date()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `This invitation has expired: ask ${issuer} for a new one.`)
  }
  if (invite.email !== email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `This invitation is for ${invite.email}: register with that email.`)
  }
}
