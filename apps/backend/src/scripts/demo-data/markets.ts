/**
 * Belt-and-Road destination markets for the demo (packages/trade-kit/reference/customs-and-markets.md, §2).
 * VAT rates are the standard rates from that fact sheet; `demoUsdRate` is a round demo exchange rate
 * used only to give every demo product a price in each market's own currency.
 *
 * Destination VAT is not charged at checkout: it is import VAT, which the trade kit quotes with the duty
 * and which the buyer pays on delivery (DAP) or in the one duties line at checkout (DDP, or EU IOSS).
 * The market's tax region keeps its standard rate's name with a 0% checkout rate.
 */
export type DemoMarket = {
  region: string
  countries: string[]
  currency: string
  vatPercent: number
  vatName: string
  demoUsdRate: number
  /** Round local prices to this step so they look like real shelf prices. */
  priceStep: number
}

export const DEMO_MARKETS: DemoMarket[] = [
  { region: "Russia", countries: ["ru"], currency: "rub", vatPercent: 22, vatName: "НДС", demoUsdRate: 80, priceStep: 10 },
  { region: "Kazakhstan", countries: ["kz"], currency: "kzt", vatPercent: 16, vatName: "ҚҚС", demoUsdRate: 510, priceStep: 100 },
  { region: "Indonesia", countries: ["id"], currency: "idr", vatPercent: 11, vatName: "PPN", demoUsdRate: 16500, priceStep: 1000 },
  { region: "Malaysia", countries: ["my"], currency: "myr", vatPercent: 10, vatName: "Sales tax", demoUsdRate: 4.3, priceStep: 1 },
  { region: "Thailand", countries: ["th"], currency: "thb", vatPercent: 7, vatName: "VAT", demoUsdRate: 33, priceStep: 10 },
  { region: "Vietnam", countries: ["vn"], currency: "vnd", vatPercent: 10, vatName: "VAT", demoUsdRate: 26000, priceStep: 1000 },
  { region: "Pakistan", countries: ["pk"], currency: "pkr", vatPercent: 18, vatName: "Sales tax", demoUsdRate: 280, priceStep: 10 },
  { region: "Saudi Arabia", countries: ["sa"], currency: "sar", vatPercent: 15, vatName: "VAT", demoUsdRate: 3.75, priceStep: 1 },
  { region: "United Arab Emirates", countries: ["ae"], currency: "aed", vatPercent: 5, vatName: "VAT", demoUsdRate: 3.6725, priceStep: 1 },
  { region: "Turkey", countries: ["tr"], currency: "try", vatPercent: 20, vatName: "KDV", demoUsdRate: 42, priceStep: 10 },
  { region: "Egypt", countries: ["eg"], currency: "egp", vatPercent: 14, vatName: "VAT", demoUsdRate: 48, priceStep: 10 },
  { region: "Serbia", countries: ["rs"], currency: "rsd", vatPercent: 20, vatName: "PDV", demoUsdRate: 100, priceStep: 10 },
  { region: "Poland", countries: ["pl"], currency: "pln", vatPercent: 23, vatName: "VAT", demoUsdRate: 3.7, priceStep: 1 },
  { region: "Hungary", countries: ["hu"], currency: "huf", vatPercent: 27, vatName: "ÁFA", demoUsdRate: 340, priceStep: 100 },
]

/** A demo USD price in a market's currency, rounded up to the market's price step. */
export function localPrice(usd: number, market: Pick<DemoMarket, "demoUsdRate" | "priceStep">): number {
  const raw = usd * market.demoUsdRate
  return Math.ceil(raw / market.priceStep) * market.priceStep
}

/** CNY per USD in the demo prices (the CNY price of a variant is its USD price times this). */
export const DEMO_CNY_PER_USD = 7.1

/**
 * Demo customs exchange rates for every demo currency (and USD) for this month and the last, so
 * demo orders in currencies without a confirmed customs code can be declared in CNY. They are
 * derived from the demo price rates, not published by customs: staff replace them with customs' own.
 */
export function demoCustomsExchangeRates(now: Date) {
  const month = (offset: number) => {
    // Customs months run in China Standard Time.
    const cst = new Date(now.getTime() + 8 * 3600_000)
    return new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() + offset, 1)).toISOString().slice(0, 7)
  }
  const currencies = [{ currency: "USD", usdRate: 1 }, ...DEMO_MARKETS.map((m) => ({ currency: m.currency.toUpperCase(), usdRate: m.demoUsdRate }))]
  return [month(-1), month(0)].flatMap((m) =>
    currencies.map(({ currency, usdRate }) => ({
      currency,
      month: m,
      rate: String(Number((DEMO_CNY_PER_USD / usdRate).toPrecision(6))),
      source: "DEMO FIGURE, not published by customs: derived from the demo price rates; replace with customs' notice for the month",
    }))
  )
}

/** The checkout tax rate of a market's tax region: 0%, as destination VAT is paid at import (see above). */
export function checkoutTaxRate(market: Pick<DemoMarket, "vatName" | "vatPercent">, countryCode: string) {
  return { name: `${market.vatName} ${market.vatPercent}% at import`, rate: 0, code: `VAT-${countryCode.toUpperCase()}` }
}
