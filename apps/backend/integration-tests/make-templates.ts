import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seededStorefront } from "./http/helpers"

jest.setTimeout(1_200_000)

/**
 * Not a test: global-setup.js runs this once per jest run to make the databases the spec files start from
 * (database-templates.js), with Medusa's test runner booting the app exactly as a spec file's does.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer, dbUtils }) => {
    it("makes the database templates", async () => {
      await dbUtils.snapshot({ templateName: process.env.AEM_TEST_DB_MIGRATED })
      await seededStorefront(getContainer())
      await dbUtils.snapshot({ templateName: process.env.AEM_TEST_DB_DEMO })
    })
  },
})
