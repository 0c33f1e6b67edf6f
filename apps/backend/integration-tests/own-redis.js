const path = require("path")
const IORedis = require("ioredis")

/**
 * Each integration spec file starts on an empty Redis database: Medusa's event bus and workflow engine and
 * our queues keep jobs there, and what one file left behind (events about orders the next file's database
 * does not have) must not reach the next file's app. Each jest worker has its own, the JEST_WORKER_ID-th
 * after REDIS_URL's, so files running side by side never share one and a marketplace running on this
 * machine (on REDIS_URL) keeps its data.
 */
if (expect.getState().testPath.includes(`${path.sep}integration-tests${path.sep}`)) {
  const url = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = `/${(Number(url.pathname.slice(1) || 0) + Number(process.env.JEST_WORKER_ID || 1)) % 16}`
  process.env.REDIS_URL = url.toString()

  beforeAll(async () => {
    const redis = new IORedis(process.env.REDIS_URL)
    try {
      await redis.flushdb()
    } finally {
      await redis.quit()
    }
  })
}
