import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"
import { assertInvitationOpen, newInvitation } from "../../steps/invitation"

export const createInviteStep = createStep(
  "create-manufacturer-invite",
  async ({ manufacturerId, email }: { manufacturerId: string; email: string }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const invite = await service.createManufacturerInvites({ manufacturer_id: manufacturerId, ...newInvitation(email) })
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
    assertInvitationOpen(invite, input.email, "the owner")
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
