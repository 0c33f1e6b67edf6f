import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CUSTOMS_MODULE } from "../../modules/customs"
import type CustomsModuleService from "../../modules/customs/service"

/** A customs rate was added or changed: drafts waiting for it are prepared again. */
export const CUSTOMS_EXCHANGE_RATE_SET = "customs.exchange_rate_set"

type RateFields = { currency: string; month: string; rate: string; source: string }

const createRateStep = createStep(
  "create-customs-exchange-rate",
  async (input: RateFields, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [existing] = await customs.listCustomsExchangeRates({ currency: input.currency, month: input.month })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A customs rate for ${input.currency} in ${input.month} already exists (${existing.id}): change that one instead.`
      )
    }
    const rate = await customs.createCustomsExchangeRates(input)
    return new StepResponse(rate, rate.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).deleteCustomsExchangeRates(id)
  }
)

const updateRateStep = createStep(
  "update-customs-exchange-rate",
  async (input: { id: string; rate?: string; source?: string }, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const [current] = await customs.listCustomsExchangeRates({ id: input.id })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customs exchange rate ${input.id} was not found`)
    const rate = await customs.updateCustomsExchangeRates(input)
    return new StepResponse(rate, { id: current.id, rate: current.rate, source: current.source })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).updateCustomsExchangeRates(previous)
  }
)

const announce = (rate: { currency: string; month: string }) =>
  emitEventStep({ eventName: CUSTOMS_EXCHANGE_RATE_SET, data: transform({ rate }, ({ rate }) => ({ currency: rate.currency, month: rate.month })) })

/** Platform staff enter customs' published rate for a currency and month. */
export const createCustomsExchangeRateWorkflow = createWorkflow("create-customs-exchange-rate", (input: RateFields) => {
  const rate = createRateStep(input)
  announce(rate)
  return new WorkflowResponse(rate)
})

/** Platform staff correct a rate (a typo, or customs' corrected notice); declarations already built keep theirs. */
export const updateCustomsExchangeRateWorkflow = createWorkflow(
  "update-customs-exchange-rate",
  (input: { id: string; rate?: string; source?: string }) => {
    const rate = updateRateStep(input)
    announce(rate)
    return new WorkflowResponse(rate)
  }
)
