import { advanceOrderTo } from "../../advance"

/** POST /vendor/orders/:id/ready-for-handoff — the goods are packed and can go to the Jiaxing park. */
export const POST = advanceOrderTo("ready_for_handoff")
