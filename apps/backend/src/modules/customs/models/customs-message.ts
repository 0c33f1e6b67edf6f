import { model } from "@medusajs/framework/utils"
import { Declaration } from "./declaration"

/**
 * A CEB message sent for a declaration (out: CEB303, 403, 505, 603) or a receipt customs sent back
 * (in: CEB304, 404, 506, 604). The guid is unique, so a message is stored once however often it is
 * built or read.
 */
export const CustomsMessage = model
  .define("customs_message", {
    id: model.id({ prefix: "cmsg" }).primaryKey(),
    type: model.text(),
    direction: model.enum(["out", "in"]),
    /** The declaration version it belongs to (a receipt: the version of the message it answers). */
    version: model.number().default(1),
    /** The root element's guid. */
    guid: model.text().unique(),
    /** The business entity's guid (OrderHead, Receipts…): the id customs quotes in its receipts. */
    head_guid: model.text().nullable(),
    xml: model.text(),
    /** out: generated → submitted → the last receipt's meaning (accepted, rejected…); in: received. */
    status: model.text(),
    /** The last receipt (for out) or this receipt (for in): CEB status code, customs' text and time. */
    return_status: model.text().nullable(),
    return_info: model.text().nullable(),
    return_time: model.text().nullable(),
    declaration: model.belongsTo(() => Declaration, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["head_guid"] }])
