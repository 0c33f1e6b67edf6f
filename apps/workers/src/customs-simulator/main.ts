import path from "path"
import { answerOutbox, type SimulatedOutcome } from "./simulator"

/**
 * DEV AND TEST TOOL: `node dist/customs-simulator/main.js` answers the customs outbox as configured.
 * CUSTOMS_SIMULATOR_OUTCOME accept (default) | reject | hold; CUSTOMS_SIMULATOR_REASON for rejections;
 * CUSTOMS_EXCHANGE_DIR as for the workers.
 */
const dir = process.env.CUSTOMS_EXCHANGE_DIR || path.resolve(".data/customs-exchange")
const kind = process.env.CUSTOMS_SIMULATOR_OUTCOME || "accept"
const reason = process.env.CUSTOMS_SIMULATOR_REASON || "商品编码与申报品名不符 (simulated): the HS code does not match the declared goods name"
if (!["accept", "reject", "hold"].includes(kind)) {
  console.error(`customs simulator: CUSTOMS_SIMULATOR_OUTCOME must be accept, reject or hold (got "${kind}")`)
  process.exit(2)
}
const outcome = (kind === "reject" ? { outcome: "reject", reason } : { outcome: kind }) as SimulatedOutcome

console.log(`customs simulator (NOT customs): answering ${dir}/outbox with "${kind}"`)
const timer = setInterval(() => {
  answerOutbox(dir, () => outcome)
    .then((n) => n && console.log(`customs simulator: answered ${n} message(s)`))
    .catch((e) => console.error(`customs simulator: ${e instanceof Error ? e.message : String(e)}`))
}, 1000)
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => (clearInterval(timer), process.exit(0)))
