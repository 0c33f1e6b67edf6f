import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { MemberRole } from "../../modules/organisation/rules"
import {
  acceptOrganisationInviteStep,
  createOrganisationInviteStep,
  removeOrganisationMemberStep,
  updateOrganisationMemberStep,
  type UpdateMemberInput,
} from "./steps/members"

/**
 * An admin invites someone by email with a role; the email links to the storefront, where they sign in (or
 * register, with that email) and accept.
 */
export const inviteOrganisationMemberWorkflow = createWorkflow(
  "invite-organisation-member",
  (input: { organisation_id: string; organisation_name: string; email: string; role: MemberRole; storefront_url: string }) => {
    const invite = createOrganisationInviteStep(input)
    sendNotificationsStep(
      transform({ input, invite }, ({ input, invite }) => [
        {
          to: invite.email,
          channel: "email",
          template: "organisation-member-invite",
          idempotency_key: `organisation-invite:${invite.id}`,
          data: {
            organisation: input.organisation_name,
            role: invite.role,
            accept_url: `${input.storefront_url}/account/organisation/invite?token=${invite.token}`,
            expires_at: invite.expires_at,
          },
        },
      ])
    )
    return new WorkflowResponse(invite)
  }
)

export const acceptOrganisationInviteWorkflow = createWorkflow(
  "accept-organisation-invite",
  (input: { token: string; customer_id: string; email: string }) => new WorkflowResponse(acceptOrganisationInviteStep(input))
)

export const updateOrganisationMemberWorkflow = createWorkflow("update-organisation-member", (input: UpdateMemberInput) =>
  new WorkflowResponse(updateOrganisationMemberStep(input))
)

export const removeOrganisationMemberWorkflow = createWorkflow("remove-organisation-member", (input: { organisation_id: string; member_id: string }) =>
  new WorkflowResponse(removeOrganisationMemberStep(input))
)
