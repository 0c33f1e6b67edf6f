import { model } from "@medusajs/framework/utils"

/**
 * A market-supervision spot check: a product sampled and tested by a laboratory, its result and the
 * lab's report (a file stored with the file module). A failed check takes the product off sale.
 */
export const SpotCheck = model.define("spot_check", {
  id: model.id({ prefix: "spck" }).primaryKey(),
  manufacturer_id: model.text().index(),
  product_id: model.text().index(),
  lab: model.text(),
  sampled_at: model.dateTime(),
  result: model.enum(["passed", "failed"]),
  findings: model.text().nullable(),
  report_file_id: model.text(),
  report_url: model.text(),
  recorded_by: model.text(),
})
