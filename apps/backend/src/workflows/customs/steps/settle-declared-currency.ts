import { customsRateMonth, declaredCurrencyFor, type CustomsExchangeRate } from "@aem/trade-kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import type CustomsModuleService from "../../../modules/customs/service"
import type { DeclarationSource } from "../declaration-source"

export const EXCHANGE_RATES_PAGE = "/admin/customs/exchange-rates"

type Input = { declaration: { id: string; status: string; exchange_rate?: string | null; exchange_rate_month?: string | null }; source: DeclarationSource }
export type DeclaredCurrency = { conversion: CustomsExchangeRate | null; waiting: boolean }

export function missingRateProblem(currency: string, month: string) {
  return (
    `No customs exchange rate for ${currency} in ${month}: platform staff add it at ${EXCHANGE_RATES_PAGE} ` +
    `(portal: Customs exchange rates), and the declaration is prepared again in CNY.`
  )
}

/**
 * Which currency a draft declaration is made in, and at what rate: the order's own when customs has
 * a confirmed code for it, else CNY at customs' rate for the month of payment. With no rate for that
 * month yet, the draft keeps a problem saying who adds it; the job waits until they do.
 */
export const settleDeclaredCurrencyStep = createStep(
  "settle-declared-currency",
  async ({ declaration, source }: Input, { container }) => {
    const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
    const currency = source.order.currency_code.toUpperCase()
    // Past the draft, the declaration was built at the rate it records: a redelivered event re-enqueues the same.
    if (declaration.status !== "draft") {
      const conversion = declaration.exchange_rate
        ? { currency, month: declaration.exchange_rate_month!, rate: declaration.exchange_rate }
        : null
      return new StepResponse<DeclaredCurrency, null>({ conversion, waiting: false }, null)
    }
    const declared = declaredCurrencyFor(currency)
    const month = customsRateMonth(new Date(source.order.created_at))
    const [rate] = declared === currency ? [] : await customs.listCustomsExchangeRates({ currency, month })
    const waiting = declared !== currency && !rate
    const [current] = await customs.listDeclarations({ id: declaration.id })
    const previous = {
      id: current.id, currency: current.currency, declared_currency: current.declared_currency,
      exchange_rate: current.exchange_rate, exchange_rate_month: current.exchange_rate_month, problem: current.problem,
    }
    await customs.updateDeclarations({
      id: declaration.id,
      currency,
      declared_currency: declared,
      exchange_rate: rate?.rate ?? null,
      exchange_rate_month: declared === currency ? null : month,
      ...(waiting ? { problem: missingRateProblem(currency, month) } : {}),
    })
    const conversion = rate ? { currency, month, rate: rate.rate } : null
    return new StepResponse<DeclaredCurrency, typeof previous>({ conversion, waiting }, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CustomsModuleService>(CUSTOMS_MODULE).updateDeclarations(previous)
  }
)
