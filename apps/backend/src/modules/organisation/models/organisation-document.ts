import { model } from "@medusajs/framework/utils"
import { Organisation } from "./organisation"

/** A registration document (extract, licence, statutes), a private file of the file module. */
export const OrganisationDocument = model.define("organisation_document", {
  id: model.id({ prefix: "orgdoc" }).primaryKey(),
  title: model.text(),
  file_id: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  organisation: model.belongsTo(() => Organisation, { mappedBy: "documents" }),
})
