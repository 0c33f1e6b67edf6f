import { z } from "@medusajs/framework/zod"

const endpoint = z.string().url("manifest_endpoint must be a URL (https:// in production)").nullable()

export const AdminCreatePark = z
  .object({
    code: z.string().regex(/^[A-Z]{2,6}$/, "code must be 2 to 6 capital letters, e.g. JXP"),
    name_zh: z.string().trim().min(1, "name_zh is required"),
    name_en: z.string().trim().min(1, "name_en is required"),
    address: z.string().trim().min(1, "address is required"),
    manifest_endpoint: endpoint.optional(),
    timezone: z.string().min(1).default("Asia/Shanghai"),
    stock_location_id: z.string().min(1).nullable().optional(),
  })
  .strict()

export const AdminUpdatePark = AdminCreatePark.omit({ code: true }).partial().strict()

// No password: the person joins with their own login (staff never choose or attach one).
export const AdminInviteOperator = z
  .object({
    email: z.string().email("email must be an email address").transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, "name is required"),
    role: z.enum(["operator", "supervisor"]).default("operator"),
  })
  .strict()
