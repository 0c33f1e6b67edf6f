import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { MANUFACTURER_ACTOR } from "./register-manufacturer"
import { acceptInviteStep, createInviteStep } from "./steps/invites"

/** The owner invites a colleague by email; the invitation carries a one-time token. */
export const inviteStaffWorkflow = createWorkflow(
  "invite-manufacturer-staff",
  (input: { manufacturerId: string; email: string; portalUrl: string }) => {
    const invite = createInviteStep(input)
    sendNotificationsStep(
      transform({ input, invite }, ({ input, invite }) => [
        {
          to: invite.email,
          channel: "email",
          template: "manufacturer-staff-invite",
          idempotency_key: `manufacturer-invite:${invite.id}`,
          data: { accept_url: `${input.portalUrl}/invite?token=${invite.token}`, expires_at: invite.expires_at },
        },
      ])
    )
    return new WorkflowResponse(invite)
  }
)

/** The invited person, logged in with a fresh `manufacturer` identity, joins as staff. */
export const acceptStaffInviteWorkflow = createWorkflow(
  "accept-manufacturer-staff-invite",
  (input: { authIdentityId: string; token: string; email: string; first_name: string; last_name: string }) => {
    const member = acceptInviteStep(input)
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.authIdentityId,
        actorType: MANUFACTURER_ACTOR,
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
