import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { NEEDS_REASON, ORGANISATION_STATUSES } from "../../../modules/organisation/rules"

export const AdminListOrganisationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z.enum(ORGANISATION_STATUSES).optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
)

export const AdminChangeOrganisationStatus = z
  .object({
    status: z.enum(["verified", "rejected", "suspended"], { message: "status must be verified, rejected or suspended" }),
    reason: z.string().trim().max(2000, "reason may be at most 2000 characters").optional(),
  })
  .strict()
  .refine((b) => !NEEDS_REASON.includes(b.status) || (b.reason?.length ?? 0) >= 3, {
    message: "reason is required (at least 3 characters) when rejecting or suspending: the organisation's admins are told why",
    path: ["reason"],
  })
export type AdminChangeOrganisationStatusType = z.infer<typeof AdminChangeOrganisationStatus>
