import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "crypto"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"

export const INVITE_VALID_DAYS = 7

export const createInviteStep = createStep(
  "create-manufacturer-invite",
  async ({ manufacturerId, email }: { manufacturerId: string; email: string }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const invite = await service.createManufacturerInvites({
      manufacturer_id: manufacturerId,
      email: email.toLowerCase(),
      token: randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITE_VALID_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE).deleteManufacturerInvites(id)
  }
)

/** Checks the token and the invited email, creates the staff member and marks the invite used. */
export const acceptInviteStep = createStep(
  "accept-manufacturer-invite",
  async (input: { token: string; email: string; first_name: string; last_name: string }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const [invite] = await service.listManufacturerInvites({ token: input.token })
    if (!invite || invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation is not valid or has already been used.")
    }
    if (new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation has expired: ask the owner for a new one.")
    }
    if (invite.email !== input.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `This invitation is for ${invite.email}: register with that email.`)
    }
    const member = await service.createManufacturerMembers({
      email: invite.email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: "staff",
      manufacturer_id: invite.manufacturer_id,
    })
    await service.updateManufacturerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { memberId: member.id, inviteId: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    await service.deleteManufacturerMembers(undo.memberId)
    await service.updateManufacturerInvites({ id: undo.inviteId, accepted_at: null })
  }
)
