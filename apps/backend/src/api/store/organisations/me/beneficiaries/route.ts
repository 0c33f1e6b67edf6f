import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { funding, programmeOr404, registerFundingBeneficiaryWorkflow } from "../../../../../workflows/funding/programmes"
import type { OrganisationRequest } from "../../tenant"
import type { StoreRegisterBeneficiaryType } from "../../validators"

/** GET /store/organisations/me/beneficiaries — the people this organisation registered, with their entitlements. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const entitlements = await funding(req.scope).listFundingEntitlements(
    { organisation_id: req.organisationMember.organisation_id },
    { relations: ["programme"], order: { created_at: "DESC" } }
  )
  res.json({ beneficiaries: entitlements })
}

/**
 * POST /store/organisations/me/beneficiaries — a verified organisation's admin registers a person for a programme,
 * with the evidence they hold; the person receives a single-use entitlement (its code).
 */
export async function POST(req: OrganisationRequest<StoreRegisterBeneficiaryType>, res: MedusaResponse) {
  const { organisation_id, organisation_name, status, customer_id } = req.organisationMember
  if (status !== "verified") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${organisation_name} is ${status}, not verified: it registers beneficiaries once platform staff have verified it.`)
  }
  const { programme_id, ...beneficiary } = req.validatedBody
  const programme = await programmeOr404(req.scope, programme_id)
  if (!programme.country_codes.includes(beneficiary.country_code)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${programme.name} funds people in ${programme.country_codes.join(", ").toUpperCase()} only.`)
  }
  if (new Date(programme.ends_at) < new Date()) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${programme.name} has ended.`)
  const { result } = await registerFundingBeneficiaryWorkflow(req.scope).run({
    input: { ...beneficiary, programme_id: programme.id, organisation_id, registered_by: customer_id },
  })
  res.status(201).json({ beneficiary: result })
}
