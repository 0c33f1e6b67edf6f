import { z } from "@medusajs/framework/zod"

const unit = z
  .object({
    line_item_id: z.string().trim().min(1, "line_item_id is required: the order line the unit was shipped on"),
    serial: z.string().trim().min(1).max(60).optional(),
    /** A GS1 UDI, bracketed "(01)…(21)…" or as the scanner sends it. */
    udi: z.string().trim().min(1).max(200).optional(),
  })
  .refine((u) => u.serial || u.udi, { message: "give serial or udi for each unit" })

export const RecordUnits = z.object({ units: z.array(unit).min(1, "units must list at least one unit").max(500) })
export type RecordUnitsType = z.infer<typeof RecordUnits>

export const ListUnitsParams = z.object({
  order_id: z.string().min(1).optional(),
  serial: z.string().min(1).optional(),
  product_id: z.string().min(1).optional(),
})
