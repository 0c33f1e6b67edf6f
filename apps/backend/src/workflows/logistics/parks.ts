import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"
import { assertInvitationOpen, newInvitation } from "../steps/invitation"

/** The actor type park operators log in as (`/auth/operator/emailpass`). */
export const OPERATOR_ACTOR = "operator"

const logistics = (container: { resolve: <T>(key: string) => T }) => container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)

export type NewPark = {
  code: string
  name_zh: string
  name_en: string
  address: string
  manifest_endpoint?: string | null
  timezone?: string
  stock_location_id?: string | null
}

const createParkStep = createStep(
  "create-park",
  async (input: NewPark, { container }) => {
    const service = logistics(container)
    if ((await service.listParks({ code: input.code })).length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A park with code ${input.code} exists already.`)
    const park = await service.createParks(input)
    return new StepResponse(park, park.id)
  },
  async (id, { container }) => {
    if (id) await logistics(container).deleteParks(id)
  }
)

/** A logistics park joins the platform (its code goes on every label). */
export const createParkWorkflow = createWorkflow("create-park", (input: NewPark) => new WorkflowResponse(createParkStep(input)))

type ParkChange = { id: string } & Partial<Omit<NewPark, "code">>

const updateParkStep = createStep(
  "update-park",
  async (change: ParkChange, { container }) => {
    const service = logistics(container)
    const previous = await service.retrievePark(change.id)
    return new StepResponse(await service.updateParks(change), previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, name_zh, name_en, address, manifest_endpoint, timezone, stock_location_id } = previous
    await logistics(container).updateParks({ id, name_zh, name_en, address, manifest_endpoint, timezone, stock_location_id })
  }
)

/** A park's details change (its manifest endpoint, its stock location). */
export const updateParkWorkflow = createWorkflow("update-park", (input: ParkChange) => new WorkflowResponse(updateParkStep(input)))

export type OperatorInvitation = { park_id: string; email: string; name: string; role: "operator" | "supervisor" }

const createOperatorInviteStep = createStep(
  "create-operator-invite",
  async (input: OperatorInvitation, { container }) => {
    const service = logistics(container)
    await service.retrievePark(input.park_id)
    if ((await service.listOperators({ email: input.email.toLowerCase() })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.email} is an operator already.`)
    }
    const invite = await service.createOperatorInvites({ park_id: input.park_id, name: input.name, role: input.role, ...newInvitation(input.email) })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await logistics(container).deleteOperatorInvites(id)
  }
)

/**
 * Platform staff invite a person to work at a park; the one-time token goes to that email. Staff never
 * create or attach a login: the person joins with their own (`POST /operator/invites/accept`).
 */
export const inviteOperatorWorkflow = createWorkflow("invite-operator", (input: OperatorInvitation & { portalUrl: string }) => {
  const invite = createOperatorInviteStep(input)
  sendNotificationsStep(
    transform({ input, invite }, ({ input, invite }) => [
      {
        to: invite.email,
        channel: "email",
        template: "operator-invite",
        idempotency_key: `operator-invite:${invite.id}`,
        data: { park_id: input.park_id, accept_url: `${input.portalUrl}/park/invite?token=${invite.token}`, expires_at: invite.expires_at },
      },
    ])
  )
  return new WorkflowResponse(invite)
})

/** Checks the token against the login's email, makes the operator and marks the invitation used. */
const acceptOperatorInviteStep = createStep(
  "accept-operator-invite",
  async (input: { token: string; email: string; name?: string }, { container }) => {
    const service = logistics(container)
    const [invite] = await service.listOperatorInvites({ token: input.token })
    assertInvitationOpen(invite, input.email, "platform staff")
    if ((await service.listOperators({ email: invite.email })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${invite.email} is an operator already.`)
    }
    const operator = await service.createOperators({ park_id: invite.park_id, email: invite.email, name: input.name ?? invite.name, role: invite.role })
    await service.updateOperatorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(operator, { operatorId: operator.id, inviteId: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await logistics(container).deleteOperators(undo.operatorId)
    await logistics(container).updateOperatorInvites({ id: undo.inviteId, accepted_at: null })
  }
)

/** The invited person, logged in with their own `operator` login registered with the invited email, joins the park. */
export const acceptOperatorInviteWorkflow = createWorkflow(
  "accept-operator-invite",
  (input: { authIdentityId: string; token: string; email: string; name?: string }) => {
    const operator = acceptOperatorInviteStep(input)
    setAuthAppMetadataStep(
      transform({ input, operator }, ({ input, operator }) => ({ authIdentityId: input.authIdentityId, actorType: OPERATOR_ACTOR, value: operator.id }))
    )
    return new WorkflowResponse(operator)
  }
)
