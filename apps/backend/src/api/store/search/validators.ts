import { LANGUAGES, MAX_LIMIT, MAX_QUERY_LENGTH } from "@aem/search-kit"
import { z } from "@medusajs/framework/zod"

const countryCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "country_code must be an ISO 3166 alpha-2 code such as kz, ru or sa")
const booleanFlag = z.enum(["true", "false"], { message: "in_stock must be true or false" }).transform((v) => v === "true")
const price = (name: string) => z.coerce.number({ message: `${name} must be a number` }).nonnegative(`${name} cannot be negative`)

export const StoreSearchParams = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `q is at most ${MAX_QUERY_LENGTH} characters`).default(""),
    country_code: countryCode,
    lang: z.enum(LANGUAGES).optional(),
    iso_class: z
      .string()
      .trim()
      .regex(/^\d{2}( \d{2}){0,2}$/, 'iso_class is an ISO 9999 code such as "12 22"')
      .optional(),
    manufacturer: z.string().trim().min(1).max(100).optional(),
    certification: z.string().trim().min(1).max(50).optional(),
    price_min: price("price_min").optional(),
    price_max: price("price_max").optional(),
    in_stock: booleanFlag.optional(),
    limit: z.coerce.number().int().min(0).max(MAX_LIMIT).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>

export const StoreSuggestParams = z
  .object({
    q: z.string().trim().min(1, "q is required: the text typed so far").max(MAX_QUERY_LENGTH),
    lang: z.enum(LANGUAGES).optional(),
    limit: z.coerce.number().int().min(1).max(10).default(6),
  })
  .strict()

export type StoreSuggestParamsType = z.infer<typeof StoreSuggestParams>
