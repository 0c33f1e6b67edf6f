import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "./demo-data/seed-demo-data"

/** `npm run seed`: the demo marketplace. Idempotent: a second run creates nothing. */
export default async function seed({ container }: ExecArgs) {
  await seedDemoData(container)
}
