import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "crypto"
import { copyTemplate } from "../database-templates"

type Options = Omit<Parameters<typeof medusaIntegrationTestRunner>[0], "dbName" | "hooks" | "migrated">

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
    // The demo-data files run the configuration the template was migrated with: nothing to migrate (patches/:
    // skipping the check saves 7-35 s a file). The others may add modules of their own (the caching module): checked.
    migrated: startFrom === "demo data",
  })
}
