import { model } from "@medusajs/framework/utils"
import { LEDGER_STATES } from "../ledger-state"

/**
 * The ledger's line for one job of our `aem.` queues: where it is now, how many times it ran and why it
 * last failed. Kept up to date from BullMQ's queue events, so platform staff can find failed or stuck
 * work by order, declaration or product without reading Redis.
 */
export const JobRecord = model
  .define("job_record", {
    id: model.id({ prefix: "jobrec" }).primaryKey(),
    queue: model.text().index(),
    name: model.text().index(),
    job_id: model.text(),
    /** The contract's business key (the child order id, the product ids…), to find a job from what it is about. */
    business_key: model.text().index().nullable(),
    state: model.enum([...LEDGER_STATES]).index(),
    /** Runs started so far, and how many the job may have. */
    attempts: model.number().default(0),
    max_attempts: model.number().default(1),
    last_error: model.text().nullable(),
    added_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    /** The queue-event stream id this line was last written from: an older event never overwrites a newer one. */
    event_id: model.text(),
  })
  .indexes([{ on: ["queue", "job_id"], unique: true }])
