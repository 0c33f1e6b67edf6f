import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { FUNDING_MODULE } from "../../modules/funding"
import type FundingModuleService from "../../modules/funding/service"

export const funding = (container: Pick<MedusaContainer, "resolve">) => container.resolve<FundingModuleService>(FUNDING_MODULE)

export type ProgrammeFields = {
  name: string
  funder_name: string
  iso_classes?: string[] | null
  product_ids?: string[] | null
  country_codes: string[]
  share_percent: number
  cap_per_person?: number | null
  currency_code: string
  budget: number
  starts_at: Date
  ends_at: Date
}

const createProgrammeStep = createStep(
  "create-funding-programme",
  async (input: ProgrammeFields, { container }) => {
    const programme = await funding(container).createFundingProgrammes({ ...input, budget_remaining: input.budget })
    return new StepResponse(programme, programme.id)
  },
  async (id, { container }) => {
    if (id) await funding(container).deleteFundingProgrammes(id)
  }
)

export const createFundingProgrammeWorkflow = createWorkflow("create-funding-programme", (input: ProgrammeFields) =>
  new WorkflowResponse(createProgrammeStep(input))
)

export type BeneficiaryFields = {
  programme_id: string
  beneficiary_name: string
  country_code: string
  evidence_note: string
  organisation_id?: string | null
  registered_by: string
}

/** An entitlement code a person can read out and type: no 0/O or 1/I. */
function entitlementCode() {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
  return `FUND-${[...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join("")}`
}

const registerBeneficiaryStep = createStep(
  "register-funding-beneficiary",
  async (input: BeneficiaryFields, { container }) => {
    const entitlement = await funding(container).createFundingEntitlements({ ...input, code: entitlementCode() })
    return new StepResponse(entitlement, entitlement.id)
  },
  async (id, { container }) => {
    if (id) await funding(container).deleteFundingEntitlements(id)
  }
)

/** A beneficiary registered for a programme receives a single-use entitlement (its code). */
export const registerFundingBeneficiaryWorkflow = createWorkflow("register-funding-beneficiary", (input: BeneficiaryFields) =>
  new WorkflowResponse(registerBeneficiaryStep(input))
)

/** The programme, or a 404 that says which. */
export async function programmeOr404(container: Pick<MedusaContainer, "resolve">, id: string) {
  const [programme] = await funding(container).listFundingProgrammes({ id })
  if (!programme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Funding programme ${id} was not found`)
  return programme
}
