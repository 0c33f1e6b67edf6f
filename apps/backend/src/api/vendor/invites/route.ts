import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteStaffWorkflow } from "../../../workflows/manufacturer/invite-staff"
import type { VendorRequest } from "../tenant"
import type { VendorInviteStaffType } from "../validators"

/** POST /vendor/invites — the owner invites a colleague as staff; the token goes out by email. */
export async function POST(req: VendorRequest & { validatedBody: VendorInviteStaffType }, res: MedusaResponse) {
  if (req.memberRole !== "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the manufacturer's owner can invite staff.")
  }
  const { result } = await inviteStaffWorkflow(req.scope).run({
    input: {
      manufacturerId: req.manufacturerId,
      email: req.validatedBody.email,
      portalUrl: process.env.PORTAL_URL || "http://localhost:8001",
    },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, expires_at: result.expires_at } })
}
