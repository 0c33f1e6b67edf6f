import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORGANISATION_MODULE } from "../../../modules/organisation"
import { NEEDS_REASON, transitionError, type OrganisationStatus } from "../../../modules/organisation/rules"
import type OrganisationModuleService from "../../../modules/organisation/service"

export const organisations = (container: { resolve: <T>(key: string) => T }) => container.resolve<OrganisationModuleService>(ORGANISATION_MODULE)

export type RegisterOrganisationInput = {
  customer_id: string
  name: string
  kind: "clinic" | "ngo" | "agency" | "distributor" | "government"
  country_code: string
  registration_number: string
}

/** The organisation, pending review, with its registrant as its first admin. */
export const createOrganisationStep = createStep(
  "create-organisation",
  async (input: RegisterOrganisationInput, { container }) => {
    const service = organisations(container)
    const [member] = await service.listOrganisationMembers({ customer_id: input.customer_id })
    if (member) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You are already a member of an organisation: one account acts for one organisation.")
    }
    const [taken] = await service.listOrganisations({ country_code: input.country_code, registration_number: input.registration_number })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `An organisation with registration number ${input.registration_number} in ${input.country_code.toUpperCase()} is already registered: ask its admin to invite you.`
      )
    }
    const { customer_id, ...fields } = input
    const organisation = await service.createOrganisations(fields)
    await service.createOrganisationMembers({ organisation_id: organisation.id, customer_id, role: "admin" })
    await service.createOrganisationStatusChanges({
      organisation_id: organisation.id,
      from_status: null,
      to_status: "pending",
      actor_type: "customer",
      actor_id: customer_id,
    })
    return new StepResponse(organisation, organisation.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).deleteOrganisations(id)
  }
)

export type ChangeOrganisationStatusInput = {
  organisation_id: string
  status: OrganisationStatus
  reason?: string
  actor: { type: string; id: string }
}

/** Moves an organisation to a new status and records who, when and why. */
export const changeOrganisationStatusStep = createStep(
  "change-organisation-status",
  async (input: ChangeOrganisationStatusInput, { container }) => {
    const service = organisations(container)
    const organisation = await service.retrieveOrganisation(input.organisation_id)
    const previous = organisation.status as OrganisationStatus
    const refused = transitionError(previous, input.status)
    if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    if (NEEDS_REASON.includes(input.status) && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to mark an organisation ${input.status}: its admins are told why.`)
    }
    await service.updateOrganisations({ id: organisation.id, status: input.status })
    const change = await service.createOrganisationStatusChanges({
      organisation_id: organisation.id,
      from_status: previous,
      to_status: input.status,
      reason: input.reason?.trim() || null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    return new StepResponse({ change_id: change.id, previous, name: organisation.name }, { id: organisation.id, previous, change_id: change.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = organisations(container)
    await service.deleteOrganisationStatusChanges(undo.change_id)
    await service.updateOrganisations({ id: undo.id, status: undo.previous })
  }
)

export type OrganisationDocumentInput = { organisation_id: string; title: string; file_id: string; filename: string; mime_type: string }

export const createOrganisationDocumentStep = createStep(
  "create-organisation-document",
  async (input: OrganisationDocumentInput, { container }) => {
    const document = await organisations(container).createOrganisationDocuments(input)
    return new StepResponse(document, document.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).deleteOrganisationDocuments(id)
  }
)
