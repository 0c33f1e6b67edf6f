import { z } from "@medusajs/framework/zod"

export const StoreLookupUnitParams = z.object({
  code: z.string().trim().min(1, "code is required: the serial number or UDI on the device's label").max(200),
})
