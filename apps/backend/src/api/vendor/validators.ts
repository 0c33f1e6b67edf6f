import { validateUnifiedSocialCreditCode } from "@aem/trade-kit"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

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
    contact_email: z.string().trim().email(),
    contact_phone: text(40),
    founded_year: z.number().int().min(1900).max(2100).optional(),
    description_en: z.string().trim().max(2000).optional(),
    owner: z.object({ first_name: text(100), last_name: text(100) }).strict(),
  })
  .strict()

export type VendorRegisterManufacturerType = z.infer<typeof VendorRegisterManufacturer>

export const VendorListProductsParams = createFindParams({ limit: 20, offset: 0 })
