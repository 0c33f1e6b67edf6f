import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { verifyParkHook } from "../signature"
import { HookParkEvent } from "./validators"

export const hooksParkMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/park/events",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyParkHook, validateAndTransformBody(HookParkEvent)],
  },
]
