import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DECLARATION_CLEARED } from "../workflows/customs/record-customs-receipts"
import { recordCustomsReleaseWorkflow, requestConsignmentHandOffWorkflow, type Clearance } from "../workflows/logistics/customs-clearance"

/**
 * Customs accepted or released a declaration: the goods may go to the park, so the workers' hand-off
 * job is enqueued (deterministic: a second clearance of the same order is the same job). A release
 * also goes on the consignment's timeline.
 */
export default async function declarationClearedHandler({ event, container }: SubscriberArgs<Clearance>) {
  await requestConsignmentHandOffWorkflow(container).run({ input: event.data })
  if (event.data.status === "released") await recordCustomsReleaseWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: DECLARATION_CLEARED }
