import { model } from "@medusajs/framework/utils"
import { Declaration } from "./declaration"

export const DOCUMENT_KINDS = ["invoice", "packing_list", "origin_application"] as const

/** An export document of a declaration, stored with the file module. */
export const CustomsDocument = model
  .define("customs_document", {
    id: model.id({ prefix: "cdoc" }).primaryKey(),
    kind: model.enum([...DOCUMENT_KINDS]),
    filename: model.text(),
    file_id: model.text(),
    url: model.text(),
    /** The declaration version it was rendered for. */
    version: model.number().default(1),
    declaration: model.belongsTo(() => Declaration, { mappedBy: "documents" }),
  })
  .indexes([{ on: ["declaration_id", "kind", "version"], unique: true }])
