import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"

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

export type NewOperator = { park_id: string; email: string; name: string; role: "operator" | "supervisor"; password?: string }

const createOperatorStep = createStep(
  "create-operator",
  async ({ password: _password, ...input }: NewOperator, { container }) => {
    const service = logistics(container)
    await service.retrievePark(input.park_id)
    if ((await service.listOperators({ email: input.email })).length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.email} is an operator already.`)
    const operator = await service.createOperators(input)
    return new StepResponse(operator, operator.id)
  },
  async (id, { container }) => {
    if (id) await logistics(container).deleteOperators(id)
  }
)

/**
 * The operator's email-and-password login: the one the person registered already
 * (`POST /auth/operator/emailpass/register`), or a new one with the password the platform gives them.
 */
const operatorIdentityStep = createStep(
  "operator-login",
  async ({ email, password }: { email: string; password?: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    if (existing) {
      const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id!)
      if (identity.app_metadata?.[`${OPERATOR_ACTOR}_id`]) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} already logs in as an operator.`)
      return new StepResponse(identity.id, null as string | null)
    }
    if (!password) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} has no login yet: give a password (at least 12 characters), or let them register first.`)
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as never)
    if (error || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not create the login for ${email}: ${error}`)
    return new StepResponse(authIdentity.id, authIdentity.id as string | null)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.AUTH).deleteAuthIdentities([createdId])
  }
)

/** A person who works at a park gets an operator login for it. */
export const createOperatorWorkflow = createWorkflow("create-operator", (input: NewOperator) => {
  const operator = createOperatorStep(input)
  const authIdentityId = operatorIdentityStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  setAuthAppMetadataStep(
    transform({ operator, authIdentityId }, ({ operator, authIdentityId }) => ({ authIdentityId, actorType: OPERATOR_ACTOR, value: operator.id }))
  )
  return new WorkflowResponse(operator)
})
