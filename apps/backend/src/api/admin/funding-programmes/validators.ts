import { z } from "@medusajs/framework/zod"
import { getIsoClass } from "@aem/trade-kit"

const isoClass = z
  .string()
  .trim()
  .refine((c) => !!getIsoClass(c), { message: "iso_classes: each must be an ISO 9999 class we know (e.g. \"12 22\" manual wheelchairs)" })
const money = (what: string) => z.number({ message: `${what} must be a number` }).positive(`${what} must be more than 0`).max(1e12)

export const AdminCreateFundingProgramme = z
  .object({
    name: z.string().trim().min(3, "name is required (at least 3 characters)").max(200),
    funder_name: z.string().trim().min(2, "funder_name is required: the NGO, insurer or government programme paying").max(200),
    iso_classes: z.array(isoClass).max(100).optional(),
    product_ids: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
    country_codes: z
      .array(z.string().trim().length(2, "country_codes: two-letter ISO codes (e.g. KZ)").transform((c) => c.toLowerCase()))
      .min(1, "country_codes: at least one country whose deliveries the programme funds"),
    share_percent: z.number().int("share_percent is a whole percent").min(1, "share_percent: between 1 and 100, the part of a device the funder pays").max(100, "share_percent: between 1 and 100, the part of a device the funder pays"),
    cap_per_person: money("cap_per_person").optional(),
    currency_code: z.string().trim().length(3, "currency_code: a three-letter code (e.g. kzt)").transform((c) => c.toLowerCase()),
    budget: money("budget"),
    starts_at: z.coerce.date({ message: "starts_at must be a date" }),
    ends_at: z.coerce.date({ message: "ends_at must be a date" }),
  })
  .strict()
  .refine((b) => b.ends_at > b.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminCreateFundingProgrammeType = z.infer<typeof AdminCreateFundingProgramme>

export const RegisterBeneficiary = z
  .object({
    beneficiary_name: z.string().trim().min(2, "beneficiary_name is required: the person the device is for").max(200),
    country_code: z.string().trim().length(2, "country_code: the beneficiary's country, two letters (e.g. KZ)").transform((c) => c.toLowerCase()),
    evidence_note: z.string().trim().min(3, "evidence_note is required: what shows the person is eligible (e.g. disability certificate no.)").max(2000),
  })
  .strict()
export type RegisterBeneficiaryType = z.infer<typeof RegisterBeneficiary>
