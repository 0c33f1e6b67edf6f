import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * For signing up and accepting an invitation: a login not yet tied to an actor of its type (`taken` says
 * what it already belongs to otherwise), and the email it registered with — the caller knows its password,
 * so it is theirs to join.
 */
export async function newcomerEmail(req: AuthenticatedMedusaRequest, taken: string): Promise<string | undefined> {
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This login already belongs to ${taken}.`)
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  return identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
}
