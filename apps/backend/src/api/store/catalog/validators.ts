import { z } from "@medusajs/framework/zod"

const regionId = z.string().trim().min(1, "region_id is required: the buyer's region (GET /store/regions lists them)")

export const StoreCatalogListParams = z
  .object({
    region_id: regionId,
    category_id: z.string().trim().min(1).optional(),
    // One id or several (`id=a&id=b`, as the store's own routes take them).
    id: z.union([z.string().min(1), z.array(z.string().min(1)).max(100, "at most 100 ids at once")]).optional(),
    handle: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1, "limit is at least 1").max(100, "limit is at most 100").default(12),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").max(100_000).default(0),
  })
  .strict()

export type StoreCatalogListParamsType = z.infer<typeof StoreCatalogListParams>

export const StoreCatalogProductParams = z.object({ region_id: regionId }).strict()

export type StoreCatalogProductParamsType = z.infer<typeof StoreCatalogProductParams>
