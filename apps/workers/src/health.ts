import { createServer, Server } from "http"
import type { WorkerPool } from "./pool"

/** GET /health: 200 when Redis is connected and every queue's worker runs, 503 otherwise. */
export function startHealthServer(pool: WorkerPool, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || (req.url !== "/health" && req.url !== "/")) {
      res.writeHead(404, { "content-type": "application/json" })
      res.end(JSON.stringify({ message: "Not found: the workers answer GET /health only" }))
      return
    }
    const health = await pool.health()
    res.writeHead(health.status === "ok" ? 200 : 503, { "content-type": "application/json" })
    res.end(JSON.stringify(health))
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "0.0.0.0", () => resolve(server))
  })
}
