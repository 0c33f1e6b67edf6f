import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organisations } from "./organisations"

export type OrganisationAddressFields = {
  label: string
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1: string
  address_2?: string | null
  city: string
  postal_code?: string | null
  province?: string | null
  country_code: string
  phone?: string | null
}

async function addressOf(container: Parameters<typeof organisations>[0], organisationId: string, addressId: string) {
  const [address] = await organisations(container).listOrganisationAddresses({ id: addressId, organisation_id: organisationId })
  if (!address) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address ${addressId} was not found`)
  return address
}

export const createOrganisationAddressStep = createStep(
  "create-organisation-address",
  async (input: OrganisationAddressFields & { organisation_id: string }, { container }) => {
    const address = await organisations(container).createOrganisationAddresses(input)
    return new StepResponse(address, address.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).deleteOrganisationAddresses(id)
  }
)

export const updateOrganisationAddressStep = createStep(
  "update-organisation-address",
  async (input: Partial<OrganisationAddressFields> & { organisation_id: string; address_id: string }, { container }) => {
    const { organisation_id, address_id, ...fields } = input
    const { id, label, first_name, last_name, company, address_1, address_2, city, postal_code, province, country_code, phone } = await addressOf(
      container,
      organisation_id,
      address_id
    )
    const updated = await organisations(container).updateOrganisationAddresses({ id, ...fields })
    return new StepResponse(updated, { id, label, first_name, last_name, company, address_1, address_2, city, postal_code, province, country_code, phone })
  },
  async (before, { container }) => {
    if (before) await organisations(container).updateOrganisationAddresses(before)
  }
)

export const deleteOrganisationAddressStep = createStep(
  "delete-organisation-address",
  async (input: { organisation_id: string; address_id: string }, { container }) => {
    const address = await addressOf(container, input.organisation_id, input.address_id)
    await organisations(container).softDeleteOrganisationAddresses(address.id)
    return new StepResponse(address.id, address.id)
  },
  async (id, { container }) => {
    if (id) await organisations(container).restoreOrganisationAddresses(id)
  }
)
