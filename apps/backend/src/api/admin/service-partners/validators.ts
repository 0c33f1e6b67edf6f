import { z } from "@medusajs/framework/zod"
import { PARTNER_NEEDS_REASON, PARTNER_STATUSES } from "../../../modules/service-partner/status"
import { countryCode } from "../../partner/validators"

export const AdminListServicePartnersParams = z
  .object({
    status: z.enum(PARTNER_STATUSES, { message: `status must be one of ${PARTNER_STATUSES.join(", ")}` }).optional(),
    country_code: countryCode.optional(),
  })
  .strict()
export type AdminListServicePartnersParamsType = z.infer<typeof AdminListServicePartnersParams>

export const AdminChangeServicePartnerStatus = z
  .object({
    status: z.enum(["verified", "rejected", "suspended"], { message: "status must be verified, rejected or suspended" }),
    reason: z.string().trim().max(2000, "reason may be at most 2000 characters").optional(),
  })
  .strict()
  .refine((b) => !PARTNER_NEEDS_REASON.includes(b.status) || (b.reason?.length ?? 0) >= 3, {
    message: "reason is required (at least 3 characters) when rejecting or suspending: the partner is told why",
    path: ["reason"],
  })
export type AdminChangeServicePartnerStatusType = z.infer<typeof AdminChangeServicePartnerStatus>

// No password: the person joins with their own login.
export const AdminInvitePartnerStaff = z
  .object({
    email: z.string().trim().email("email must be an email address").transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, "name is required").max(200, "name may be at most 200 characters"),
  })
  .strict()
export type AdminInvitePartnerStaffType = z.infer<typeof AdminInvitePartnerStaff>
