import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../modules/commission"
import { commissionScope } from "../../modules/commission/scope"
import type CommissionModuleService from "../../modules/commission/service"

type SetRateInput = { manufacturer_id: string | null; iso_class: string | null; rate_bps: number | null }
type Previous = { created?: string; updated?: { id: string; rate_bps: number }; deleted?: { scope: string; manufacturer_id: string | null; iso_class: string | null; rate_bps: number } }

/** Sets, changes or (rate_bps null) removes the rule for one scope; undone by putting the old rule back. */
const setCommissionRateStep = createStep(
  "set-commission-rate",
  async (input: SetRateInput, { container }) => {
    const service = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const scope = commissionScope(input.manufacturer_id, input.iso_class)
    const [existing] = await service.listCommissionRates({ scope })
    if (input.rate_bps === null) {
      if (existing) await service.deleteCommissionRates(existing.id)
      return new StepResponse(null, { deleted: existing } as Previous)
    }
    if (existing) {
      const rate = await service.updateCommissionRates({ id: existing.id, rate_bps: input.rate_bps })
      return new StepResponse(rate, { updated: { id: existing.id, rate_bps: existing.rate_bps } } as Previous)
    }
    const rate = await service.createCommissionRates({ ...input, rate_bps: input.rate_bps, scope })
    return new StepResponse(rate, { created: rate.id } as Previous)
  },
  async (previous, { container }) => {
    const service = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    if (previous?.created) await service.deleteCommissionRates(previous.created)
    if (previous?.updated) await service.updateCommissionRates(previous.updated)
    if (previous?.deleted) await service.createCommissionRates(previous.deleted)
  }
)

export const setCommissionRateWorkflow = createWorkflow("set-commission-rate", (input: SetRateInput) => {
  return new WorkflowResponse(setCommissionRateStep(input))
})
