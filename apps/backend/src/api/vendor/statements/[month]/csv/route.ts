import { statementCsv } from "@aem/trade-kit"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../../tenant"
import { loadStatement } from "../../load-statement"

/** GET /vendor/statements/:month/csv — the same statement as a spreadsheet download. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { lines, statement } = await loadStatement(req.scope, req.manufacturerId, req.params.month)
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "manufacturer", fields: ["handle", "legal_name_en"], filters: { id: req.manufacturerId } })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${data[0].handle}-${statement.month}.csv"`)
  res.send(statementCsv(statement.month, data[0].legal_name_en, lines))
}
