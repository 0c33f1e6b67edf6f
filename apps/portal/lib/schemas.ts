import { z } from "zod"
import type { Messages } from "./messages/zh"

/**
 * What the portal's forms send, checked before they go to the backend so that a missing or malformed
 * field is reported next to it in the person's language; the backend checks the rest (check digits,
 * HS 2022, currencies) and its reasons are tied to the fields they name.
 */
type V = Messages["validation"]

const required = (v: V) => z.string({ required_error: v.required }).trim().min(1, v.required)
const optional = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? s : undefined))
const wholeNumber = (v: V) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined
      const n = Number(s)
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: v.wholeNumber })
        return z.NEVER
      }
      return n
    })

export const loginSchema = (v: V) => z.object({ email: required(v).email(v.email), password: required(v) })

export const accountSchema = (v: V) => z.object({ email: required(v).email(v.email), password: z.string().min(8, v.password) })

export const COMPANY_FIELDS = [
  "legal_name_zh",
  "legal_name_en",
  "handle",
  "unified_social_credit_code",
  "customs_code",
  "province",
  "city",
  "address",
  "contact_name",
  "contact_email",
  "contact_phone",
  "founded_year",
  "description_en",
  "owner.last_name",
  "owner.first_name",
] as const

/** The sign-up form's fields as POST /vendor/manufacturers expects them. */
export const companySchema = (v: V) =>
  z
    .object({
      legal_name_zh: required(v),
      legal_name_en: required(v),
      handle: required(v).transform((s) => s.toLowerCase()),
      unified_social_credit_code: required(v).transform((s) => s.toUpperCase().replace(/\s/g, "")),
      customs_code: required(v).transform((s) => s.toUpperCase().replace(/\s/g, "")),
      province: required(v),
      city: required(v),
      address: required(v),
      contact_name: required(v),
      contact_email: required(v).email(v.email),
      contact_phone: required(v),
      founded_year: wholeNumber(v),
      description_en: optional,
      "owner.last_name": required(v),
      "owner.first_name": required(v),
    })
    .transform(({ "owner.last_name": last_name, "owner.first_name": first_name, ...company }) => ({
      ...company,
      owner: { first_name, last_name },
    }))

/** Currencies a price can be given in: the platform's own two first, then the markets it sells to. */
export function priceCurrencies(marketCurrencies: string[]): string[] {
  return [...new Set(["usd", "cny", ...marketCurrencies.map((c) => c.toLowerCase())])]
}

export const VARIANT_ROWS = 3
export const OPTION_TITLE = "Model"

export const PRODUCT_FIELDS = [
  "title",
  "handle",
  "description",
  "status",
  "hs_code",
  "iso_9999",
  "origin_country",
  "device_class",
  "net_weight_g",
  "gross_weight_g",
  "length_mm",
  "width_mm",
  "height_mm",
] as const

const productFields = (v: V) => ({
  title: required(v),
  description: optional,
  status: z.enum(["draft", "published"]),
  hs_code: optional,
  iso_9999: optional,
  device_class: optional,
  net_weight_g: wholeNumber(v),
  gross_weight_g: wholeNumber(v),
  length_mm: wholeNumber(v),
  width_mm: wholeNumber(v),
  height_mm: wholeNumber(v),
})

/** The product editor's fields for an edit (POST /vendor/products/:id takes a partial product). */
export const productEditSchema = (v: V) => z.object(productFields(v))

/** A new product with up to three models ("variants.N.title/sku/prices.<currency>") in the shape POST /vendor/products expects. */
export function productCreateSchema(v: V, currencies: string[]) {
  return z
    .object({ ...productFields(v), handle: optional, origin_country: optional })
    .passthrough()
    .transform((p, ctx) => {
      const values = p as Record<string, unknown>
      const variants = []
      for (let i = 0; i < VARIANT_ROWS; i++) {
        const title = String(values[`variants.${i}.title`] ?? "").trim()
        if (!title) continue
        const prices = []
        for (const currency_code of currencies) {
          const raw = String(values[`variants.${i}.prices.${currency_code}`] ?? "").trim()
          if (!raw) continue
          const amount = Number(raw.replace(",", "."))
          if (!(amount > 0)) ctx.addIssue({ code: "custom", path: [`variants.${i}.prices.${currency_code}`], message: v.amount })
          prices.push({ currency_code, amount })
        }
        if (!prices.length) ctx.addIssue({ code: "custom", path: [`variants.${i}.prices.${currencies[0]}`], message: v.price })
        const sku = String(values[`variants.${i}.sku`] ?? "").trim()
        variants.push({ title, ...(sku ? { sku } : {}), options: { [OPTION_TITLE]: title }, prices })
      }
      if (!variants.length) ctx.addIssue({ code: "custom", path: ["variants.0.title"], message: v.variant })
      const product: Record<string, unknown> = {}
      for (const key of PRODUCT_FIELDS) if (p[key as keyof typeof p] !== undefined) product[key] = p[key as keyof typeof p]
      return { ...product, options: [{ title: OPTION_TITLE, values: variants.map((x) => x.title) }], variants }
    })
}

const newPassword = (v: V) => z.string().min(8, v.password).max(200, v.password)

export const resetRequestSchema = (v: V) => z.object({ email: required(v).email(v.email) })
export const newPasswordSchema = (v: V) => z.object({ password: newPassword(v) })

/** Joining by invitation: an operator's name (the one staff gave, changeable), a manufacturer's staff's two names. */
export const invitationSchema = (v: V, kind: "operator" | "manufacturer" | "partner") =>
  kind !== "manufacturer"
    ? z.object({ name: required(v), password: newPassword(v) })
    : z.object({ last_name: required(v), first_name: required(v), password: newPassword(v) })

export const inviteSchema = (v: V) => z.object({ email: required(v).email(v.email) })

export const statusDecisionSchema = (v: V) =>
  z.object({ status: z.enum(["approved", "rejected", "suspended"], { required_error: v.required, invalid_type_error: v.required }), reason: optional })

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export const CERTIFICATE_FIELDS = ["type", "number", "issuer", "valid_from", "valid_until", "file"] as const

export const certificateSchema = (v: V) =>
  z.object({ type: required(v), number: required(v), issuer: required(v), valid_from: required(v), valid_until: required(v) })

// The park operators' forms.

export const receiveSchema = (v: V) => z.object({ barcode: required(v) })

export const PACKAGE_DIMENSIONS = ["weight_g", "length_mm", "width_mm", "height_mm"] as const

/**
 * Packages come as rows of fields named `packages.N.weight_g` …; blank rows after the first are
 * skipped (the form offers a spare row). Each error names its field, so it shows beside it.
 */
export const packagesSchema = (v: V) =>
  z.record(z.string()).transform((values, ctx) => {
    const packages: Record<(typeof PACKAGE_DIMENSIONS)[number], number>[] = []
    for (let i = 0; PACKAGE_DIMENSIONS.some((k) => `packages.${i}.${k}` in values); i++) {
      const raw = PACKAGE_DIMENSIONS.map((k) => (values[`packages.${i}.${k}`] ?? "").trim())
      if (i > 0 && raw.every((r) => !r)) continue
      const row = {} as Record<(typeof PACKAGE_DIMENSIONS)[number], number>
      PACKAGE_DIMENSIONS.forEach((k, j) => {
        const message = !raw[j] ? v.required : !/^\d+$/.test(raw[j]) || Number(raw[j]) <= 0 ? v.wholeNumber : undefined
        if (message) ctx.addIssue({ code: "custom", path: ["packages", i, k], message })
        row[k] = Number(raw[j])
      })
      packages.push(row)
    }
    return { packages }
  })

export const handOverSchema = (v: V) => z.object({ carrier: required(v), waybill_number: required(v) })
export const waybillCorrectionSchema = (v: V) => z.object({ waybill_number: required(v), carrier: required(v), reason: required(v) })

export const EXCEPTION_KINDS = ["damaged", "missing", "customs_hold"] as const

export const resolveExceptionSchema = (v: V) => z.object({ note: required(v) })
export const exceptionSchema = (v: V) =>
  // The select's empty choice sends "": any value outside the list means nothing was chosen.
  z.object({ kind: z.enum(EXCEPTION_KINDS, { errorMap: () => ({ message: v.required }) }), note: required(v) })

export const cancelDeclarationSchema = (v: V) => z.object({ reason: required(v) })
export const FITTING_ANSWER_FIELDS = ["answer", "recommended_variant_id"] as const

export const fittingAnswerSchema = (v: V) => z.object({ answer: required(v), recommended_variant_id: optional })

export const EXCHANGE_RATE_FIELDS = ["currency", "month", "rate", "source"] as const
/** Customs' monthly rate: the backend checks the currency code, the month and the decimal; here, that each is given. */
export const exchangeRateSchema = (v: V) => z.object({ currency: required(v), month: required(v), rate: required(v), source: required(v) })
export const exchangeRateChangeSchema = (v: V) => z.object({ rate: required(v), source: required(v) })

export const COMPLAINT_ANSWER_FIELDS = ["answer"] as const

export const complaintAnswerSchema = (v: V) => z.object({ answer: required(v) })
