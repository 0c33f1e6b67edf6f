import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateManufacturerProfileWorkflow } from "../../../workflows/manufacturer/update-manufacturer-profile"
import type { VendorRequest } from "../tenant"
import type { VendorUpdateProfileType } from "../validators"

const PROFILE_FIELDS = [
  "id", "handle", "legal_name_zh", "legal_name_en", "unified_social_credit_code", "customs_code", "province", "city", "address",
  "contact_name", "contact_email", "contact_phone", "founded_year", "description_en", "status",
]

const readProfile = async (req: VendorRequest) => {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "manufacturer", fields: PROFILE_FIELDS, filters: { id: req.manufacturerId } })
  return data[0]
}

/** GET /vendor/profile — the manufacturer's own company profile. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ manufacturer: await readProfile(req) })
}

/** POST /vendor/profile — the owner updates the address, contacts and description. */
export async function POST(req: VendorRequest & { validatedBody: VendorUpdateProfileType }, res: MedusaResponse) {
  if (req.memberRole !== "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the manufacturer's owner can change its profile.")
  }
  await updateManufacturerProfileWorkflow(req.scope).run({ input: { id: req.manufacturerId, update: req.validatedBody } })
  res.json({ manufacturer: await readProfile(req) })
}
