import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "crypto"
import { copyTemplate } from "../database-templates"

type Options = Omit<Parameters<typeof medusaIntegrationTestRunner>[0], "dbName" | "hooks">

/**
 * Medusa's test runner on a database of the file's own, copied from a template made once per run (database-templates.js):
 * "migrated", or "demo data" (seeded as seededStorefront seeds, its events handled). The runner then finds the
 * database there (it keeps it), its migrations and links done, and boots the app on it as before.
 */
export function integrationTestRunner({ startFrom, ...options }: Options & { startFrom: "migrated" | "demo data" }) {
  const dbName = `aem-test-${randomUUID()}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: { beforeServerStart: () => copyTemplate(startFrom, dbName) },
  })
}
