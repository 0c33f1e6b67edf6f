import { z } from "@medusajs/framework/zod"
import { RegisterBeneficiary } from "../../admin/funding-programmes/validators"
import { LIMIT_PERIODS, MEMBER_ROLES, ORGANISATION_KINDS } from "../../../modules/organisation/rules"

const text = (field: string, max = 200) => z.string({ message: `${field} is required` }).trim().min(1, `${field} is required`).max(max, `${field} may be at most ${max} characters`)
const countryCode = z
  .string({ message: "country_code is required" })
  .trim()
  .regex(/^[a-zA-Z]{2}$/, "country_code must be a 2-letter country code")
  .transform((c) => c.toLowerCase())

export const StoreRegisterOrganisation = z
  .object({
    name: text("name"),
    kind: z.enum(ORGANISATION_KINDS, { message: `kind must be one of ${ORGANISATION_KINDS.join(", ")}` }),
    country_code: countryCode,
    registration_number: text("registration_number", 60),
  })
  .strict()
export type StoreRegisterOrganisationType = z.infer<typeof StoreRegisterOrganisation>

const role = z.enum(MEMBER_ROLES, { message: `role must be one of ${MEMBER_ROLES.join(", ")}` })

export const StoreInviteMember = z
  .object({ email: z.string({ message: "email is required" }).trim().email("email must be an email address"), role: role.default("buyer") })
  .strict()
export type StoreInviteMemberType = z.infer<typeof StoreInviteMember>

export const StoreUpdateMember = z
  .object({
    role: role.optional(),
    /** null: no limit; the member's carts need no approval. */
    spending_limit: z
      .object({
        amount: z.number({ message: "spending_limit.amount must be a number" }).positive("spending_limit.amount must be more than 0"),
        currency_code: z
          .string()
          .trim()
          .regex(/^[a-zA-Z]{3}$/, "spending_limit.currency_code must be a 3-letter currency code")
          .transform((c) => c.toLowerCase()),
        period: z.enum(LIMIT_PERIODS, { message: `spending_limit.period must be one of ${LIMIT_PERIODS.join(", ")}` }),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .refine((b) => b.role !== undefined || b.spending_limit !== undefined, { message: "give role, spending_limit or both" })
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>

const optionalText = (field: string) => text(field).nullable().optional()
const addressFields = {
  label: text("label", 100),
  first_name: optionalText("first_name"),
  last_name: optionalText("last_name"),
  company: optionalText("company"),
  address_1: text("address_1"),
  address_2: optionalText("address_2"),
  city: text("city", 100),
  postal_code: text("postal_code", 20).nullable().optional(),
  province: optionalText("province"),
  country_code: countryCode,
  phone: text("phone", 40).nullable().optional(),
}

export const StoreCreateOrganisationAddress = z.object(addressFields).strict()
export type StoreCreateOrganisationAddressType = z.infer<typeof StoreCreateOrganisationAddress>

export const StoreUpdateOrganisationAddress = z
  .object(addressFields)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "give at least one field of the address to change" })
export type StoreUpdateOrganisationAddressType = z.infer<typeof StoreUpdateOrganisationAddress>

export const StoreAddOrganisationDocument = z.object({ title: text("title", 200) }).strict()
export type StoreAddOrganisationDocumentType = z.infer<typeof StoreAddOrganisationDocument>

export const StoreDecideApproval = z
  .object({
    status: z.enum(["approved", "rejected"], { message: "status must be approved or rejected" }),
    note: z.string().trim().max(2000, "note may be at most 2000 characters").optional(),
  })
  .strict()
  .refine((b) => b.status !== "rejected" || (b.note?.length ?? 0) >= 3, {
    message: "note is required (at least 3 characters) when rejecting: the buyer is told why",
    path: ["note"],
  })
export type StoreDecideApprovalType = z.infer<typeof StoreDecideApproval>

export const StoreRegisterBeneficiary = RegisterBeneficiary.extend({
  programme_id: z.string().trim().min(1, "programme_id is required: the funding programme the beneficiary is registered for").max(100),
})
export type StoreRegisterBeneficiaryType = z.infer<typeof StoreRegisterBeneficiary>
