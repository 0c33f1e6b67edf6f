import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LimitPeriod, MemberRole } from "../../../modules/organisation/rules"
import { assertInvitationOpen, newInvitation } from "../../steps/invitation"
import { organisations } from "./organisations"

const notFound = (what: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)

/** A member of this organisation, or a 404 (another organisation's member looks like none). */
async function memberOf(container: Parameters<typeof organisations>[0], organisationId: string, memberId: string) {
  const [member] = await organisations(container).listOrganisationMembers({ id: memberId, organisation_id: organisationId })
  if (!member) throw notFound(`Member ${memberId}`)
  return member
}

/** Refuses a change that would leave the organisation without an admin to manage it. */
async function assertAnotherAdmin(container: Parameters<typeof organisations>[0], organisationId: string, memberId: string) {
  const admins = await organisations(container).listOrganisationMembers({ organisation_id: organisationId, role: "admin" })
  if (!admins.some((a) => a.id !== memberId)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An organisation needs at least one admin: make another member admin first.")
  }
}

export const createOrganisationInviteStep = createStep(
  "create-organisation-invite",
  async (input: { organisation_id: string; email: string; role: MemberRole }, { container }) => {
    const invite = await organisations(container).createOrganisationInvites({ organisation_id: input.organisation_id, role: input.role, ...newInvitation(input.email) })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).deleteOrganisationInvites(id)
  }
)

/** Checks the token against the signed-in customer's email, makes them a member with the invited role. */
export const acceptOrganisationInviteStep = createStep(
  "accept-organisation-invite",
  async (input: { token: string; customer_id: string; email: string }, { container }) => {
    const service = organisations(container)
    const [invite] = await service.listOrganisationInvites({ token: input.token })
    assertInvitationOpen(invite, input.email, "the organisation's admin")
    const [already] = await service.listOrganisationMembers({ customer_id: input.customer_id })
    if (already) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You are already a member of an organisation: one account acts for one organisation.")
    }
    const member = await service.createOrganisationMembers({ organisation_id: invite.organisation_id, customer_id: input.customer_id, role: invite.role })
    await service.updateOrganisationInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { member_id: member.id, invite_id: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = organisations(container)
    await service.deleteOrganisationMembers(undo.member_id)
    await service.updateOrganisationInvites({ id: undo.invite_id, accepted_at: null })
  }
)

export type SpendingLimit = { amount: number; currency_code: string; period: LimitPeriod } | null

export type UpdateMemberInput = { organisation_id: string; member_id: string; role?: MemberRole; spending_limit?: SpendingLimit }

const limitFields = (limit: SpendingLimit) => ({
  spending_limit: limit?.amount ?? null,
  spending_limit_currency: limit?.currency_code ?? null,
  spending_limit_period: limit?.period ?? null,
})

/** An admin changes a member's role or spending limit (null: no limit). */
export const updateOrganisationMemberStep = createStep(
  "update-organisation-member",
  async (input: UpdateMemberInput, { container }) => {
    const member = await memberOf(container, input.organisation_id, input.member_id)
    if (input.role && input.role !== "admin" && member.role === "admin") await assertAnotherAdmin(container, input.organisation_id, member.id)
    const before = {
      id: member.id,
      role: member.role,
      spending_limit: member.spending_limit as number | null,
      spending_limit_currency: member.spending_limit_currency,
      spending_limit_period: member.spending_limit_period,
    }
    const updated = await organisations(container).updateOrganisationMembers({
      id: member.id,
      ...(input.role ? { role: input.role } : {}),
      ...(input.spending_limit !== undefined ? limitFields(input.spending_limit) : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await organisations(container).updateOrganisationMembers(before)
  }
)

/** An admin removes a member (never the last admin); a member may leave the same way. */
export const removeOrganisationMemberStep = createStep(
  "remove-organisation-member",
  async (input: { organisation_id: string; member_id: string }, { container }) => {
    const member = await memberOf(container, input.organisation_id, input.member_id)
    if (member.role === "admin") await assertAnotherAdmin(container, input.organisation_id, member.id)
    await organisations(container).softDeleteOrganisationMembers(member.id)
    return new StepResponse(member.id, member.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).restoreOrganisationMembers(id)
  }
)
