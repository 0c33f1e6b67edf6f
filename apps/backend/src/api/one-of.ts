import { z } from "@medusajs/framework/zod"

/**
 * A string that must be one of `values`, refused with `message`. (Medusa rewrites zod's enum errors
 * into "Field 'x' is required", which misleads someone who sent a value that is merely wrong.)
 */
export function oneOf<T extends string>(values: readonly T[], message: string) {
  return z
    .string()
    .refine((v): v is T => (values as readonly string[]).includes(v), { message })
    .transform((v) => v as T)
}
