import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export type CommissionLineInput = {
  order_id: string
  line_item_id: string
  manufacturer_id: string
  iso_class: string | null
  currency_code: string
  base_amount: number
  rate_bps: number
  rate_source: string
  amount: number
}

export const createCommissionLinesStep = createStep(
  "create-commission-lines",
  async (lines: CommissionLineInput[], { container }) => {
    const created = await container.resolve<CommissionModuleService>(COMMISSION_MODULE).createCommissionLines(lines)
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CommissionModuleService>(COMMISSION_MODULE).deleteCommissionLines(ids)
  }
)
