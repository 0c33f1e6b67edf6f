import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { SERVICE_PARTNER_MODULE } from "../../modules/service-partner"
import type ServicePartnerModuleService from "../../modules/service-partner/service"
import { PARTNER_NEEDS_REASON, partnerTransitionError, type PartnerService, type PartnerStatus } from "../../modules/service-partner/status"
import { assertInvitationOpen, newInvitation } from "../steps/invitation"

/** The actor type service partners' staff log in as (`/auth/partner/emailpass`). */
export const PARTNER_ACTOR = "partner"

export const partners = (container: { resolve: <T>(key: string) => T }) => container.resolve<ServicePartnerModuleService>(SERVICE_PARTNER_MODULE)

export type PartnerProfile = {
  kind: "fitting_centre" | "repairer" | "clinic"
  legal_name: string
  country_code: string
  city: string
  address: string
  services: PartnerService[]
  languages: string[]
  opening_hours: string
  contact_name: string
  contact_email: string
  contact_phone: string
}

/** One person may work at one partner: an email already a member's cannot join another. */
async function assertNotAMember(service: ServicePartnerModuleService, email: string) {
  if ((await service.listPartnerMembers({ email: email.toLowerCase() })).length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} works at a service partner already.`)
  }
}

const createPartnerWithOwnerStep = createStep(
  "create-service-partner-with-owner",
  async ({ profile, owner }: { profile: PartnerProfile; owner: { email: string; name: string } }, { container }) => {
    const service = partners(container)
    await assertNotAMember(service, owner.email)
    const partner = await service.createServicePartners({ ...profile, status: "pending" })
    const member = await service.createPartnerMembers({ email: owner.email.toLowerCase(), name: owner.name, role: "owner", partner_id: partner.id })
    return new StepResponse({ partner, member }, partner.id)
  },
  async (id, { container }) => {
    // Its members go with it.
    if (id) await partners(container).deleteServicePartners(id)
  }
)

/**
 * Sign-up: a fitting centre, repairer or clinic registers (pending until platform staff verify it); the person
 * who registered the `partner` login becomes its owner and logs in as it. Platform staff are told.
 */
export const registerServicePartnerWorkflow = createWorkflow(
  "register-service-partner",
  (input: { authIdentityId: string; profile: PartnerProfile; owner: { email: string; name: string } }) => {
    const created = createPartnerWithOwnerStep(input)
    setAuthAppMetadataStep(
      transform({ input, created }, ({ input, created }) => ({ authIdentityId: input.authIdentityId, actorType: PARTNER_ACTOR, value: created.member.id }))
    )
    sendNotificationsStep(
      transform({ created }, ({ created }) => [
        {
          to: created.partner.contact_email,
          channel: "email",
          template: "service-partner-registered",
          idempotency_key: `service-partner-registered:${created.partner.id}`,
          data: { service_partner_id: created.partner.id, legal_name: created.partner.legal_name },
        },
      ])
    )
    return new WorkflowResponse(created)
  }
)

export type PartnerStatusChange = { partnerId: string; status: PartnerStatus; reason?: string; actorId: string }

const changePartnerStatusStep = createStep(
  "change-service-partner-status",
  async (input: PartnerStatusChange, { container }) => {
    const service = partners(container)
    const partner = await service.retrieveServicePartner(input.partnerId)
    const refused = partnerTransitionError(partner.status, input.status)
    if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    const reason = input.reason?.trim() || null
    if (PARTNER_NEEDS_REASON.includes(input.status) && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to mark a service partner ${input.status}: the partner is told why.`)
    }
    const previous = { id: partner.id, status: partner.status, status_reason: partner.status_reason, status_changed_at: partner.status_changed_at, status_changed_by: partner.status_changed_by }
    const updated = await service.updateServicePartners({ id: partner.id, status: input.status, status_reason: reason, status_changed_at: new Date(), status_changed_by: input.actorId })
    return new StepResponse({ partner: updated, previous: partner.status }, previous)
  },
  async (previous, { container }) => {
    if (previous) await partners(container).updateServicePartners(previous)
  }
)

/** Platform staff verify, reject or suspend a partner (the last two with a reason); the partner is told. */
export const changeServicePartnerStatusWorkflow = createWorkflow("change-service-partner-status", (input: PartnerStatusChange) => {
  const changed = changePartnerStatusStep(input)
  sendNotificationsStep(
    transform({ changed }, ({ changed }) => [
      {
        to: changed.partner.contact_email,
        channel: "email",
        template: `service-partner-${changed.partner.status}`,
        idempotency_key: `service-partner-status:${changed.partner.id}:${new Date(changed.partner.status_changed_at!).getTime()}`,
        data: { service_partner_id: changed.partner.id, from: changed.previous, to: changed.partner.status, reason: changed.partner.status_reason },
      },
    ])
  )
  return new WorkflowResponse(changed.partner)
})

const createPartnerInviteStep = createStep(
  "create-partner-invite",
  async (input: { partner_id: string; email: string; name: string }, { container }) => {
    const service = partners(container)
    await service.retrieveServicePartner(input.partner_id)
    await assertNotAMember(service, input.email)
    const invite = await service.createPartnerInvites({ partner_id: input.partner_id, name: input.name, ...newInvitation(input.email) })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await partners(container).deletePartnerInvites(id)
  }
)

/** Platform staff invite a person to a partner's staff: a one-time token by email, accepted with their own login. */
export const invitePartnerStaffWorkflow = createWorkflow(
  "invite-partner-staff",
  (input: { partner_id: string; email: string; name: string; portalUrl: string }) => {
    const invite = createPartnerInviteStep(input)
    sendNotificationsStep(
      transform({ input, invite }, ({ input, invite }) => [
        {
          to: invite.email,
          channel: "email",
          template: "partner-invite",
          idempotency_key: `partner-invite:${invite.id}`,
          data: { service_partner_id: input.partner_id, accept_url: `${input.portalUrl}/partner/invite?token=${invite.token}`, expires_at: invite.expires_at },
        },
      ])
    )
    return new WorkflowResponse(invite)
  }
)

const acceptPartnerInviteStep = createStep(
  "accept-partner-invite",
  async (input: { token: string; email: string; name?: string }, { container }) => {
    const service = partners(container)
    const [invite] = await service.listPartnerInvites({ token: input.token })
    assertInvitationOpen(invite, input.email, "platform staff")
    await assertNotAMember(service, invite.email)
    const member = await service.createPartnerMembers({ partner_id: invite.partner_id, email: invite.email, name: input.name ?? invite.name, role: "staff" })
    await service.updatePartnerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { memberId: member.id, inviteId: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await partners(container).deletePartnerMembers(undo.memberId)
    await partners(container).updatePartnerInvites({ id: undo.inviteId, accepted_at: null })
  }
)

/** The invited person, logged in with their own `partner` login registered with the invited email, joins the partner's staff. */
export const acceptPartnerInviteWorkflow = createWorkflow(
  "accept-partner-invite",
  (input: { authIdentityId: string; token: string; email: string; name?: string }) => {
    const member = acceptPartnerInviteStep(input)
    setAuthAppMetadataStep(transform({ input, member }, ({ input, member }) => ({ authIdentityId: input.authIdentityId, actorType: PARTNER_ACTOR, value: member.id })))
    return new WorkflowResponse(member)
  }
)

export type AuthorisationInput = { manufacturerId: string; partnerId: string; product_ids: string[] | null; iso_classes: string[] | null; actorId: string }

const authorisePartnerStep = createStep(
  "authorise-service-partner",
  async (input: AuthorisationInput, { container }) => {
    const service = partners(container)
    const [partner] = await service.listServicePartners({ id: input.partnerId, status: "verified" })
    // Only verified partners can be authorised; any other looks like none to a manufacturer.
    if (!partner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service partner ${input.partnerId} was not found`)
    const [existing] = await service.listPartnerAuthorisations({ manufacturer_id: input.manufacturerId, partner_id: input.partnerId })
    const scope = { product_ids: input.product_ids, iso_classes: input.iso_classes, authorised_by: input.actorId }
    const authorisation = existing
      ? await service.updatePartnerAuthorisations({ id: existing.id, ...scope })
      : await service.createPartnerAuthorisations({ manufacturer_id: input.manufacturerId, partner_id: input.partnerId, ...scope })
    const undo = existing
      ? { update: { id: existing.id, product_ids: existing.product_ids, iso_classes: existing.iso_classes, authorised_by: existing.authorised_by } }
      : { delete: authorisation.id }
    return new StepResponse({ authorisation, partner }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if ("delete" in undo && undo.delete) await partners(container).deletePartnerAuthorisations(undo.delete)
    if ("update" in undo && undo.update) await partners(container).updatePartnerAuthorisations(undo.update as never)
  }
)

/** A manufacturer authorises a verified partner for its products (all, some, or some ISO classes); the partner is told. */
export const authoriseServicePartnerWorkflow = createWorkflow("authorise-service-partner", (input: AuthorisationInput) => {
  const { authorisation, partner } = authorisePartnerStep(input)
  sendNotificationsStep(
    transform({ authorisation, partner }, ({ authorisation, partner }) => [
      {
        to: partner.contact_email,
        channel: "email",
        template: "service-partner-authorised",
        idempotency_key: `service-partner-authorised:${authorisation.id}:${new Date(authorisation.updated_at).getTime()}`,
        data: { service_partner_id: partner.id, manufacturer_id: authorisation.manufacturer_id, product_ids: authorisation.product_ids, iso_classes: authorisation.iso_classes },
      },
    ])
  )
  return new WorkflowResponse(authorisation)
})

const revokeAuthorisationStep = createStep(
  "revoke-service-partner-authorisation",
  async (input: { manufacturerId: string; partnerId: string }, { container }) => {
    const service = partners(container)
    const [existing] = await service.listPartnerAuthorisations({ manufacturer_id: input.manufacturerId, partner_id: input.partnerId }, { relations: ["partner"] })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service partner ${input.partnerId} holds no authorisation of yours`)
    await service.softDeletePartnerAuthorisations(existing.id)
    return new StepResponse({ id: existing.id, contact_email: existing.partner.contact_email }, existing.id)
  },
  async (id, { container }) => {
    if (id) await partners(container).restorePartnerAuthorisations(id)
  }
)

/** A manufacturer withdraws its authorisation; the partner is told. Jobs already booked stay. */
export const revokeServicePartnerAuthorisationWorkflow = createWorkflow(
  "revoke-service-partner-authorisation",
  (input: { manufacturerId: string; partnerId: string }) => {
    const revoked = revokeAuthorisationStep(input)
    sendNotificationsStep(
      transform({ input, revoked }, ({ input, revoked }) => [
        {
          to: revoked.contact_email,
          channel: "email",
          template: "service-partner-authorisation-revoked",
          idempotency_key: `service-partner-revoked:${revoked.id}`,
          data: { service_partner_id: input.partnerId, manufacturer_id: input.manufacturerId },
        },
      ])
    )
    return new WorkflowResponse(revoked)
  }
)
