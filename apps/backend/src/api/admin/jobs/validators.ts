import { QUEUES } from "@aem/job-contracts"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { LEDGER_STATES } from "../../../modules/job-queue/ledger-state"

const QUEUE_NAMES = Object.values(QUEUES) as [string, ...string[]]

export const AdminListJobsParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    // Medusa words a bad value itself, naming the field and the values it takes.
    queue: z.enum(QUEUE_NAMES).optional(),
    state: z.enum(LEDGER_STATES).optional(),
    /** The job's name, e.g. export.prepare-declaration. */
    name: z.string().min(1).optional(),
    /** What the job is about: the child order id of a declaration job, the product ids of an index job. */
    business_key: z.string().min(1).optional(),
    job_id: z.string().min(1).optional(),
  })
)
