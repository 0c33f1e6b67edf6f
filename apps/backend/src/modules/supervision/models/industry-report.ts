import { model } from "@medusajs/framework/utils"

/**
 * A generated industry statistics report (PDF and CSV, stored with the file module) and the figures
 * it was made from. A scheduled report is unique per period, so a re-run job makes it once.
 */
export const IndustryReport = model
  .define("industry_report", {
    id: model.id({ prefix: "irpt" }).primaryKey(),
    kind: model.enum(["scheduled", "on_demand"]),
    period_from: model.dateTime(),
    period_to: model.dateTime(),
    figures: model.json(),
    pdf_file_id: model.text(),
    pdf_url: model.text(),
    csv_file_id: model.text(),
    csv_url: model.text(),
    generated_by: model.text(),
  })
  .indexes([{ on: ["period_from", "period_to"], unique: true, where: "kind = 'scheduled'" }])
