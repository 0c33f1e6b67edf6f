import { z } from "zod"
import { JobContract, QUEUES, defineJob } from "./contract"

/**
 * A child order enters the export pipeline: the workers prepare its customs declaration (CEB303,
 * 403, 505, 603 and the export PDFs) from what the backend assembled, and hand it back. One job per
 * child order: the order id is the business key.
 */
export const prepareDeclarationJob = defineJob({
  queue: QUEUES.exportPipeline,
  name: "export.prepare-declaration",
  schema: z
    .object({
      declarationId: z.string().min(1, "declarationId is required"),
      orderId: z.string().min(1, "orderId is required"),
      // The trade kit's ExportOrderInput and DocumentDetailsInput: the worker checks them with the trade
      // kit's own schemas (zod 4), which this package (zod 3) cannot embed.
      order: z.record(z.unknown()).refine((o) => typeof o.orderNo === "string", "order must be a trade-kit ExportOrder with an orderNo"),
      documents: z.record(z.unknown()).refine((d) => typeof d.invoiceNo === "string", "documents must be trade-kit document details with an invoiceNo"),
    })
    .strict(),
  businessKey: (p) => p.orderId,
})

export const ALL_JOBS = [prepareDeclarationJob] as const

/**
 * A contract by its job name. Workflow step inputs are serialised (zod schemas do not survive
 * that), so steps carry the job name and look the contract up here.
 */
export function jobContractByName(name: string): JobContract {
  const contract = ALL_JOBS.find((job) => job.name === name)
  if (!contract) throw new Error(`Unknown job "${name}": add its contract to ALL_JOBS`)
  return contract
}
