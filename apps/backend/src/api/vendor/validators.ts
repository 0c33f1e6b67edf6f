import { getIsoClass, normaliseHsCode, validateUnifiedSocialCreditCode } from "@aem/trade-kit"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "../../modules/manufacturer/models/certificate"

const text = (max: number) => z.string().trim().min(1).max(max)

export const VendorRegisterManufacturer = z
  .object({
    handle: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may use lower-case letters, digits and single hyphens"),
    legal_name_zh: text(200).regex(/[\u4e00-\u9fff]/, "legal_name_zh must be the legal name in Chinese"),
    legal_name_en: text(200),
    unified_social_credit_code: z.string().transform((code, ctx) => {
      const r = validateUnifiedSocialCreditCode(code)
      if (r.ok) return r.code
      ctx.addIssue({ code: "custom", message: `unified_social_credit_code ${r.reason}` })
      return z.NEVER
    }),
    customs_code: z.string().trim().regex(/^[0-9A-Z]{10}$/, "customs_code must be the 10-character customs registration code"),
    province: text(100),
    city: text(100),
    address: text(500),
    contact_name: text(100),
    contact_email: z.string().trim().email("contact_email must be an email address"),
    contact_phone: text(40),
    founded_year: z.number().int().min(1900).max(2100).optional(),
    description_en: z.string().trim().max(2000).optional(),
    owner: z.object({ first_name: text(100), last_name: text(100) }).strict(),
  })
  .strict()

export type VendorRegisterManufacturerType = z.infer<typeof VendorRegisterManufacturer>

export const VendorListProductsParams = createFindParams({ limit: 20, offset: 0 })
export const VendorListOrdersParams = createFindParams({ limit: 20, offset: 0 })

const Price = z
  .object({
    currency_code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
      .transform((c) => c.toLowerCase()),
    amount: z.number().positive("amount must be more than 0"),
  })
  .strict()

const Variant = z
  .object({
    title: text(200),
    sku: text(100).optional(),
    options: z.record(z.string(), z.string()),
    prices: z.array(Price).min(1, "every variant needs at least one price"),
  })
  .strict()

const handle = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may use lower-case letters, digits and single hyphens")

/** Trade data customs and buyers need; a product cannot be published without HS code, ISO class and weight. */
const ProductFields = z.object({
  title: text(200),
  handle,
  description: z.string().trim().max(5000),
  status: z.enum(["draft", "published"]),
  hs_code: z.string().transform((code, ctx) => {
    const r = normaliseHsCode(code)
    if (r.ok) return r.code
    ctx.addIssue({ code: "custom", message: `hs_code: ${r.reason}` })
    return z.NEVER
  }),
  iso_9999: z
    .string()
    .trim()
    .refine((c) => !!getIsoClass(c), { message: "iso_9999 is not an ISO 9999 class we know (e.g. \"12 22\" manual wheelchairs)" }),
  origin_country: z.string().trim().regex(/^[a-zA-Z]{2}$/, "origin_country must be a 2-letter ISO 3166 code").transform((c) => c.toLowerCase()),
  device_class: z.enum(["I", "IIa", "IIb", "II", "III"]),
  net_weight_g: z.number().int().positive(),
  gross_weight_g: z.number().int().positive(),
  length_mm: z.number().int().positive(),
  width_mm: z.number().int().positive(),
  height_mm: z.number().int().positive(),
})
export type VendorProductFields = Partial<z.infer<typeof ProductFields>>

export const PUBLISH_REQUIRES = ["hs_code", "iso_9999", "gross_weight_g"] as const

export const VendorCreateProduct = ProductFields.partial()
  .extend({
    title: ProductFields.shape.title,
    status: ProductFields.shape.status.default("draft"),
    origin_country: ProductFields.shape.origin_country.default("cn"),
    options: z.array(z.object({ title: text(100), values: z.array(text(100)).min(1) }).strict()).min(1),
    variants: z.array(Variant).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.status !== "published") return
    for (const field of PUBLISH_REQUIRES) {
      if (p[field] === undefined) {
        ctx.addIssue({ code: "custom", path: [field], message: `${field} is required to publish a product` })
      }
    }
  })

/** An edit sends only what changes; publishing is checked against the product as it will be. */
export const VendorUpdateProduct = ProductFields.omit({ handle: true })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" })
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorCreateVariant = Variant
export type VendorCreateVariantType = z.infer<typeof VendorCreateVariant>

export const VendorUpdateVariant = z
  .object({ title: text(200), sku: text(100), prices: z.array(Price).min(1, "a variant needs at least one price") })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "send at least one field to change" })
export type VendorUpdateVariantType = z.infer<typeof VendorUpdateVariant>

export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

/** Multipart text fields of a certificate upload; `product_ids` is a comma-separated list. */
export const VendorAddCertificate = z
  .object({
    type: z.enum(CERTIFICATE_TYPES),
    number: text(100),
    issuer: text(200),
    valid_from: z.coerce.date(),
    valid_until: z.coerce.date(),
    product_ids: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean)),
  })
  .strict()
  .refine((c) => c.valid_until > c.valid_from, { message: "valid_until must be after valid_from", path: ["valid_until"] })

export type VendorAddCertificateType = z.infer<typeof VendorAddCertificate>

export const VendorInviteStaff = z.object({ email: z.string().trim().email("email must be an email address") }).strict()
export type VendorInviteStaffType = z.infer<typeof VendorInviteStaff>

export const VendorAcceptInvite = z
  .object({ token: z.string().trim().min(10, "token is the code from the invitation email"), first_name: text(100), last_name: text(100) })
  .strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>

export const VendorSetStock = z
  .object({
    levels: z
      .array(z.object({ variant_id: text(100), stocked_quantity: z.number().int().min(0, "stocked_quantity cannot be negative") }).strict())
      .min(1),
  })
  .strict()
export type VendorSetStockType = z.infer<typeof VendorSetStock>

/** The parts of its profile a manufacturer keeps up to date itself; legal names and codes change only through review. */
export const VendorUpdateProfile = z
  .object({
    province: text(100),
    city: text(100),
    address: text(500),
    contact_name: text(100),
    contact_email: z.string().trim().email("contact_email must be an email address"),
    contact_phone: text(40),
    founded_year: z.number().int().min(1900).max(2100),
    description_en: z.string().trim().max(2000),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" })
export type VendorUpdateProfileType = z.infer<typeof VendorUpdateProfile>

/** The declaration version the manufacturer saw rejected: resubmitting it twice makes one new version. */
export const VendorResubmitDeclaration = z
  .object({ version: z.coerce.number({ message: "version must be the number of the rejected declaration version" }).int().min(1, "version starts at 1") })
  .strict()
export type VendorResubmitDeclarationType = z.infer<typeof VendorResubmitDeclaration>
export const VendorListFittingRequestsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  status: z.enum(["open", "answered"], { message: "status must be open or answered" }).optional(),
})
export type VendorListFittingRequestsParamsType = z.infer<typeof VendorListFittingRequestsParams>

export const VendorAnswerFittingRequest = z
  .object({
    answer: z.string().trim().min(1, "answer is required").max(2000, "answer may be at most 2000 characters"),
    recommended_variant_id: z.string().trim().min(1).nullish(),
  })
  .strict()
export type VendorAnswerFittingRequestType = z.infer<typeof VendorAnswerFittingRequest>
