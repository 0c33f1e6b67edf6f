import { model } from "@medusajs/framework/utils"

/**
 * Customs' monthly conversion rate for a currency: what an amount in that currency is worth in CNY
 * on a declaration of that month. Declarations in currencies without a confirmed customs code are
 * made in CNY at this rate.
 */
export const CustomsExchangeRate = model
  .define("customs_exchange_rate", {
    id: model.id({ prefix: "cxr" }).primaryKey(),
    /** ISO 4217, upper case. */
    currency: model.text(),
    /** YYYY-MM, the month of the order's payment (China Standard Time). */
    month: model.text(),
    /** CNY for one unit of the currency, as a decimal string (exact, as published). */
    rate: model.text(),
    /** Where the figure comes from: customs' notice, or "demo figure" for seeded data. */
    source: model.text(),
  })
  .indexes([{ on: ["currency", "month"], unique: true }])
