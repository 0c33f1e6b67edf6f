import { sizingRuleForOption, type FittingMeasurement } from "@aem/trade-kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FITTING_MODULE } from "../../../modules/fitting"
import type FittingModuleService from "../../../modules/fitting/service"

export type FittingRequestInput = {
  product_id: string
  /** The publishable key's sales channels: a product the buyer cannot buy cannot be asked about. */
  sales_channel_ids: string[]
  customer_id: string | null
  email: string
  locale: string
  country_code: string
  measurement: FittingMeasurement
  measured_cm: number
  note?: string
}

/**
 * The product the buyer asks about, checked as the store shows it: published, sold in the buyer's
 * sales channel, needing the measurement sent, and its manufacturer, who is the one asked.
 */
export const resolveFittingProductStep = createStep("resolve-fitting-product", async (input: FittingRequestInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "options.title", "sales_channels.id", "manufacturer.id", "manufacturer.contact_email"],
    filters: { id: input.product_id },
  })
  const product = data[0]
  const onSale = product?.status === "published" && product.sales_channels?.some((c) => c && input.sales_channel_ids.includes(c.id))
  if (!product || !onSale || !product.manufacturer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
  }
  const rule = sizingRuleForOption(product.options?.[0]?.title)
  if (!rule) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product needs no fitting: choose its variant directly.")
  if (rule.measurement !== input.measurement) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `measurement must be ${rule.measurement} for this product`)
  }
  if (input.measured_cm < rule.min || input.measured_cm > rule.max) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `measured_cm must be between ${rule.min} and ${rule.max} cm`)
  }
  return new StepResponse({ manufacturer_id: product.manufacturer.id, manufacturer_email: product.manufacturer.contact_email as string })
})

export const createFittingRequestStep = createStep(
  "create-fitting-request",
  async ({ input, manufacturer_id }: { input: FittingRequestInput; manufacturer_id: string }, { container }) => {
    const service = container.resolve<FittingModuleService>(FITTING_MODULE)
    const { sales_channel_ids: _channels, ...fields } = input
    const request = await service.createFittingRequests({ ...fields, note: fields.note ?? null, manufacturer_id })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FittingModuleService>(FITTING_MODULE).deleteFittingRequests(id)
  }
)

export type FittingAnswerInput = {
  id: string
  manufacturer_id: string
  member_id: string
  answer: string
  recommended_variant_id?: string | null
}

/** Records the manufacturer's answer on its own request (another's is a 404); an answer may be corrected. */
export const answerFittingRequestStep = createStep(
  "answer-fitting-request",
  async (input: FittingAnswerInput, { container }) => {
    const service = container.resolve<FittingModuleService>(FITTING_MODULE)
    const [request] = await service.listFittingRequests({ id: input.id, manufacturer_id: input.manufacturer_id })
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fitting request ${input.id} was not found`)
    if (input.recommended_variant_id) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { id: input.recommended_variant_id, product_id: request.product_id },
      })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "recommended_variant_id must be one of this product's variants")
      }
    }
    const previous = {
      id: request.id,
      status: request.status,
      answer: request.answer,
      recommended_variant_id: request.recommended_variant_id,
      answered_at: request.answered_at,
      answered_by: request.answered_by,
    }
    const answered = await service.updateFittingRequests({
      id: request.id,
      status: "answered",
      answer: input.answer,
      recommended_variant_id: input.recommended_variant_id ?? null,
      answered_at: new Date(),
      answered_by: input.member_id,
    })
    return new StepResponse(answered, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<FittingModuleService>(FITTING_MODULE).updateFittingRequests(previous)
  }
)
