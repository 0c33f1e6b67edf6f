import { z } from "@medusajs/framework/zod"
import { ListUnitsParams } from "../../vendor/units/validators"

export const AdminListUnitsParams = ListUnitsParams.extend({ manufacturer_id: z.string().min(1).optional() })
