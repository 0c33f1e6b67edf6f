import { bimonthlyReportPeriod } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { generateIndustryReportWorkflow } from "../workflows/supervision/generate-industry-report"

/**
 * Every second month on the 25th (10:00 Beijing), the industry statistics report for the pilot
 * zone's working group. A second run for the same period finds the report made and does nothing.
 */
export default async function bimonthlyIndustryReport(container: MedusaContainer) {
  const { from, to } = bimonthlyReportPeriod(new Date())
  try {
    await generateIndustryReportWorkflow(container).run({
      input: { from: from.toISOString(), to: to.toISOString(), kind: "scheduled", generatedBy: "schedule" },
    })
  } catch (e) {
    if ((e as MedusaError).type !== MedusaError.Types.DUPLICATE_ERROR) throw e
  }
}

export const config = { name: "bimonthly-industry-report", schedule: "0 2 25 */2 *" }
