import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrganisationAddressStep,
  deleteOrganisationAddressStep,
  updateOrganisationAddressStep,
  type OrganisationAddressFields,
} from "./steps/addresses"

export const createOrganisationAddressWorkflow = createWorkflow(
  "create-organisation-address",
  (input: OrganisationAddressFields & { organisation_id: string }) => new WorkflowResponse(createOrganisationAddressStep(input))
)

export const updateOrganisationAddressWorkflow = createWorkflow(
  "update-organisation-address",
  (input: Partial<OrganisationAddressFields> & { organisation_id: string; address_id: string }) => new WorkflowResponse(updateOrganisationAddressStep(input))
)

export const deleteOrganisationAddressWorkflow = createWorkflow(
  "delete-organisation-address",
  (input: { organisation_id: string; address_id: string }) => new WorkflowResponse(deleteOrganisationAddressStep(input))
)
