import { FITTING_MEASUREMENTS } from "@aem/trade-kit"
import { model } from "@medusajs/framework/utils"

export const FITTING_REQUEST_STATUSES = ["open", "answered"] as const

/**
 * "Ask the manufacturer": a buyer's measurements for a product that needs fitting, sent to the
 * product's manufacturer, and the manufacturer's answer. The manufacturer is fixed when the request
 * is made (from the product's link), so a request never moves to another manufacturer's portal.
 */
export const FittingRequest = model
  .define("fitting_request", {
    id: model.id({ prefix: "fitreq" }).primaryKey(),
    manufacturer_id: model.text().index(),
    product_id: model.text(),
    /** The buyer's account when logged in; a guest is answered by email only. */
    customer_id: model.text().index().nullable(),
    email: model.text(),
    /** The buyer's language and country, so the answer can be written for them. */
    locale: model.text(),
    country_code: model.text(),
    /** What the buyer measured: the measurement the product's size chart asks for. */
    measurement: model.enum([...FITTING_MEASUREMENTS]),
    measured_cm: model.float(),
    note: model.text().nullable(),
    status: model.enum([...FITTING_REQUEST_STATUSES]).default("open"),
    answer: model.text().nullable(),
    /** The variant the manufacturer recommends, when one of the listed ones fits. */
    recommended_variant_id: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    answered_by: model.text().nullable(),
  })
