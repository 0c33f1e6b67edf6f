import { model } from "@medusajs/framework/utils"
import { Consignment } from "./consignment"
import { Operator } from "./operator"
import { OperatorInvite } from "./operator-invite"

/** A logistics park goods are consolidated in before they leave China (the Jiaxing park first). */
export const Park = model
  .define("park", {
    id: model.id({ prefix: "park" }).primaryKey(),
    /** Short code printed on labels, e.g. "JXP". */
    code: model.text().unique(),
    name_zh: model.text(),
    name_en: model.text(),
    address: model.text(),
    /** Where the park's system takes signed manifests; none means the park works from the console only. */
    manifest_endpoint: model.text().nullable(),
    timezone: model.text().default("Asia/Shanghai"),
    /** The Medusa stock location the park ships from: fulfillments of its consignments are made there. */
    stock_location_id: model.text().nullable(),
    operators: model.hasMany(() => Operator, { mappedBy: "park" }),
    invites: model.hasMany(() => OperatorInvite, { mappedBy: "park" }),
    consignments: model.hasMany(() => Consignment, { mappedBy: "park" }),
  })
