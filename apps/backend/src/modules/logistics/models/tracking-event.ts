import { model } from "@medusajs/framework/utils"
import { TRACKING_SOURCES } from "../status"
import { Consignment } from "./consignment"

/** One step of a consignment's journey, from customs, the park or the carrier; the buyer's timeline. */
export const TrackingEvent = model.define("tracking_event", {
  id: model.id({ prefix: "trev" }).primaryKey(),
  code: model.text(),
  occurred_at: model.dateTime(),
  /** The order events were recorded in: what puts two events of the same instant in order (never the database's whim). */
  sequence: model.autoincrement(),
  location: model.text().nullable(),
  source: model.enum([...TRACKING_SOURCES]),
  note: model.text().nullable(),
  /** What makes a repeat the same event (a webhook's event id, an operator action, a customs status). */
  dedupe_key: model.text().unique(),
  consignment: model.belongsTo(() => Consignment, { mappedBy: "tracking_events" }),
})
