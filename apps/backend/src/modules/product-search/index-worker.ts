import { Batcher } from "@aem/search-kit"
import { parsePayload, searchIndexJob } from "@aem/job-contracts"
import { UnrecoverableError, Worker } from "bullmq"
import IORedis from "ioredis"

/**
 * Consumes the search-index queue inside the backend (indexing reads the catalogue through the
 * query graph). Up to `concurrency` jobs are taken at once and their products gathered into one
 * read-and-write batch, so a burst of events costs a few queries, not one per product.
 */
export function startIndexWorker(options: {
  redisUrl: string
  prefix: string
  concurrency?: number
  index: (productIds: string[]) => Promise<void>
  log: (message: string) => void
}) {
  const connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null })
  const batcher = new Batcher<string>(options.index, { windowMs: 25, maxSize: 500 })
  const worker = new Worker(
    searchIndexJob.queue,
    async (job) => {
      let payload
      try {
        payload = parsePayload(searchIndexJob, job.data)
      } catch (e) {
        throw new UnrecoverableError((e as Error).message)
      }
      await batcher.add(payload.productIds)
      return { indexed: payload.productIds.length }
    },
    { connection, prefix: options.prefix, concurrency: options.concurrency ?? 50 }
  )
  worker.on("failed", (job, err) => options.log(`search index job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`))
  worker.on("error", (err) => options.log(`search index worker: ${err.message}`))
  return {
    close: async () => {
      await worker.close()
      await connection.quit().catch(() => connection.disconnect())
    },
  }
}
