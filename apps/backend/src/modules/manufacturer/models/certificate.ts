import { model } from "@medusajs/framework/utils"
import { Manufacturer } from "./manufacturer"

export const CERTIFICATE_TYPES = [
  "iso_13485",
  "ce",
  "fda",
  "nmpa_filing",
  "nmpa_registration",
  "export_sales_certificate",
  "other",
] as const

/** A quality or market certificate of a manufacturer; products it covers are linked in src/links. */
export const ManufacturerCertificate = model.define("manufacturer_certificate", {
  id: model.id({ prefix: "mfrcert" }).primaryKey(),
  type: model.enum([...CERTIFICATE_TYPES]),
  number: model.text(),
  issuer: model.text(),
  valid_from: model.dateTime(),
  valid_until: model.dateTime(),
  /** The uploaded scan, stored with the file module. */
  file_id: model.text(),
  file_url: model.text(),
  manufacturer: model.belongsTo(() => Manufacturer, { mappedBy: "certificates" }),
})
