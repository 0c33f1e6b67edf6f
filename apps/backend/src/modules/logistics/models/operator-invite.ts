import { model } from "@medusajs/framework/utils"
import { Park } from "./park"

/**
 * Platform staff's invitation for a person to work at a park: the token travels by email and works once,
 * for a login the person holds themselves (staff never hand out or attach one).
 */
export const OperatorInvite = model.define("operator_invite", {
  id: model.id({ prefix: "opinv" }).primaryKey(),
  email: model.text(),
  name: model.text(),
  role: model.enum(["operator", "supervisor"]).default("operator"),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  park: model.belongsTo(() => Park, { mappedBy: "invites" }),
})
