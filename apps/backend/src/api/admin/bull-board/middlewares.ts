import { createBullBoard } from "@bull-board/api"
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter"
import { ExpressAdapter } from "@bull-board/express"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { JOB_QUEUE_MODULE } from "../../../modules/job-queue"
import type JobQueueService from "../../../modules/job-queue/service"

export const BULL_BOARD_PATH = "/admin/bull-board"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void
let board: Handler | undefined

/**
 * Bull Board over our `aem.` queues (the producer's own Queue objects, so the same prefix), built on
 * the first request because the module container exists only then. No route file: the board is an
 * Express router answering everything under its path. Medusa authenticates all of /admin as a `user`
 * (session cookie from the admin login, or a bearer token) before this runs: staff only.
 */
function bullBoard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!board) {
    const serverAdapter = new ExpressAdapter().setBasePath(BULL_BOARD_PATH)
    const queues = req.scope.resolve<JobQueueService>(JOB_QUEUE_MODULE).allQueues()
    createBullBoard({
      queues: queues.map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: "AEM jobs" } },
    })
    board = serverAdapter.getRouter() as Handler
  }
  board(req, res, next)
}

export const adminBullBoardMiddlewares: MiddlewareRoute[] = [{ matcher: BULL_BOARD_PATH, middlewares: [bullBoard] }]
