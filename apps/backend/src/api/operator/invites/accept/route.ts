import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptOperatorInviteWorkflow } from "../../../../workflows/logistics/parks"
import { newcomerEmail } from "../../../newcomer"
import type { OperatorAcceptInviteType } from "../../validators"

/**
 * POST /operator/invites/accept — with the person's own `operator` login (registered with the invited email,
 * `POST /auth/operator/emailpass/register`, or an existing login of theirs): join the park as its operator.
 */
export async function POST(req: AuthenticatedMedusaRequest<OperatorAcceptInviteType>, res: MedusaResponse) {
  const email = (await newcomerEmail(req, "a park's operator")) ?? ""
  const { result } = await acceptOperatorInviteWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, email, ...req.validatedBody },
  })
  res.status(201).json({ operator: result })
}
