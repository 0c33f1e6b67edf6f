import { LANGUAGES } from "@aem/search-kit"
import { z } from "@medusajs/framework/zod"

const regionId = z.string().trim().min(1, "region_id is required: the buyer's region (GET /store/regions lists them)")
// Medusa words these messages itself ("Value for field 'min_price' too small…", "Expected: 'true, false'…").
const price = z.coerce.number().min(0).max(1e12).optional()
// The buyer's language: photos' alt text is given in it where the manufacturer wrote one (else English).
const lang = z.enum(LANGUAGES, { message: `lang is one of ${LANGUAGES.join(", ")}` }).default("en")
const yes = z.enum(["true", "false"]).transform((v) => v === "true").optional()

export const StoreCatalogListParams = z
  .object({
    region_id: regionId,
    lang,
    category_id: z.string().trim().min(1).optional(),
    // One id or several (`id=a&id=b`, as the store's own routes take them).
    id: z.union([z.string().min(1), z.array(z.string().min(1)).max(100, "at most 100 ids at once")]).optional(),
    handle: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1, "limit is at least 1").max(100, "limit is at most 100").default(12),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").max(100_000).default(0),
    // The category page's filters, in the region's currency (major units, as calculated_amount).
    min_price: price,
    max_price: price,
    manufacturer: z.string().trim().min(1).max(100).optional(),
    certificate: z.string().trim().min(1).max(50).optional(),
    ships_to: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "ships_to must be an ISO 3166 alpha-2 country code such as kz, ru or sa")
      .optional(),
    in_stock: yes,
    /** Also answer facet counts (manufacturers, certificates) under the other filters. */
    facets: yes,
  })
  .strict()

export type StoreCatalogListParamsType = z.infer<typeof StoreCatalogListParams>

export const StoreCatalogProductParams = z.object({ region_id: regionId, lang }).strict()

export type StoreCatalogProductParamsType = z.infer<typeof StoreCatalogProductParams>
