import { model } from "@medusajs/framework/utils"
import { PARTNER_SERVICES, SERVICE_JOB_STATUSES } from "../status"
import { ServicePartner } from "./service-partner"

/**
 * A buyer's booking of a partner's service for a device of an order (or one traced unit of it), and what the
 * partner did: accepted or declined, the time agreed, and the closing report (what was done, measurements,
 * photos as files of the file module).
 */
export const ServiceJob = model.define("service_job", {
  id: model.id({ prefix: "svjob" }).primaryKey(),
  /** The buyer's order (never a child order: the buyer books from the order they see). */
  order_id: model.text().index(),
  traced_unit_id: model.text().nullable(),
  product_id: model.text().nullable(),
  customer_id: model.text().nullable(),
  /** Where the buyer is told of each step, in their language. */
  email: model.text(),
  locale: model.text(),
  service: model.enum([...PARTNER_SERVICES]),
  note: model.text().nullable(),
  /** Times the buyer proposed (ISO 8601). */
  proposed_times: model.array(),
  status: model.enum([...SERVICE_JOB_STATUSES]).default("requested"),
  /** Why it was declined or cancelled, and by whom ("buyer" or "partner"). */
  status_reason: model.text().nullable(),
  cancelled_by: model.text().nullable(),
  scheduled_at: model.dateTime().nullable(),
  completed_at: model.dateTime().nullable(),
  report_summary: model.text().nullable(),
  /** Name → value with unit, e.g. { "seat_height": "48 cm" }. */
  report_measurements: model.json().nullable(),
  /** Private files: [{ file_id, filename }]. */
  report_photos: model.json().nullable(),
  handled_by: model.text().nullable(),
  partner: model.belongsTo(() => ServicePartner, { mappedBy: "jobs" }),
})
