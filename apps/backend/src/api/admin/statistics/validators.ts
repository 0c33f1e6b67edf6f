import { z } from "@medusajs/framework/zod"

/** A period [from, to): ISO dates or instants; `to` after `from`. */
export const StatisticsPeriod = z
  .object({
    from: z.string().datetime({ offset: true, message: "from must be an ISO date-time, e.g. 2026-09-25T00:00:00+08:00" }).or(z.string().date()),
    to: z.string().datetime({ offset: true, message: "to must be an ISO date-time, e.g. 2026-11-25T00:00:00+08:00" }).or(z.string().date()),
  })
  .refine((p) => new Date(p.to) > new Date(p.from), { message: "to must be after from", path: ["to"] })
export type StatisticsPeriodType = z.infer<typeof StatisticsPeriod>
