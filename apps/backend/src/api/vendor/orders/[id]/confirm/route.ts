import { advanceOrderTo } from "../../advance"

/** POST /vendor/orders/:id/confirm — the manufacturer accepts the order and will make or pick it. */
export const POST = advanceOrderTo("confirmed")
