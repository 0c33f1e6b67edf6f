import { model } from "@medusajs/framework/utils"
import { Park } from "./park"

/** A person working at one park, logging in as actor type `operator`. */
export const Operator = model.define("operator", {
  id: model.id({ prefix: "oper" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum(["operator", "supervisor"]).default("operator"),
  park: model.belongsTo(() => Park, { mappedBy: "operators" }),
})
