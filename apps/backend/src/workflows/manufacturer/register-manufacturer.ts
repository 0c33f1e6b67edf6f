import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createManufacturerWithOwnerStep, type ManufacturerProfile, type OwnerInput } from "./steps/create-manufacturer"

export const MANUFACTURER_ACTOR = "manufacturer"

/**
 * Sign-up: a person who registered an email-and-password identity as actor type `manufacturer`
 * creates their company (pending review) and becomes its owner; their identity now logs in as it.
 */
export const registerManufacturerWorkflow = createWorkflow(
  "register-manufacturer",
  (input: { authIdentityId: string; profile: ManufacturerProfile; owner: OwnerInput }) => {
    const created = createManufacturerWithOwnerStep(input)
    const metadata = transform({ input, created }, ({ input, created }) => ({
      authIdentityId: input.authIdentityId,
      actorType: MANUFACTURER_ACTOR,
      value: created.member.id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(created)
  }
)
