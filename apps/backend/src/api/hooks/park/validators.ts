import { z } from "@medusajs/framework/zod"
import { CARRIER_EVENT_CODES } from "../../../modules/logistics/status"

/** One event from the park's or a carrier's system, naming the consignment by waybill or by label barcode. */
export const HookParkEvent = z
  .object({
    event_id: z.string().min(1, "event_id is required: it makes a repeated event harmless").max(200),
    waybill_number: z.string().min(1).optional(),
    barcode: z.string().min(1).optional(),
    code: z.enum(CARRIER_EVENT_CODES, { message: `code must be one of ${CARRIER_EVENT_CODES.join(", ")}` }),
    occurred_at: z.string().datetime({ offset: true, message: "occurred_at must be an ISO 8601 time" }),
    location: z.string().max(200).optional(),
    note: z.string().max(2000).optional(),
    source: z.enum(["park", "carrier"]).default("carrier"),
  })
  .strict()
  .refine((e) => !!e.waybill_number || !!e.barcode, { message: "name the consignment with waybill_number or barcode", path: ["waybill_number"] })

export type HookParkEventBody = z.infer<typeof HookParkEvent>
