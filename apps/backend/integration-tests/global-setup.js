const { spawnSync } = require("child_process")
const path = require("path")
const { TEMPLATES, dropDatabase } = require("./database-templates")

/**
 * Makes the database templates the spec files start from (database-templates.js): a jest run of its own, with
 * Medusa's test runner as every spec file uses it, of make-templates.ts. Its databases are dropped in global-teardown.js.
 */
module.exports = async (globalConfig) => {
  // The run of make-templates.ts loads this config too: its parent is making the templates.
  if (process.env[TEMPLATES.migrated]) return
  // A run given only unit specs (`jest src/…`, as the fresh-clone test does before anything is built) needs none.
  if (globalConfig.testPathPattern && !/integration-tests/.test(globalConfig.testPathPattern)) return
  const run = `aem-template-${process.pid}-${Date.now()}`
  process.env[TEMPLATES.migrated] = `${run}-migrated`
  process.env[TEMPLATES["demo data"]] = `${run}-demo`
  process.env.AEM_TEST_DB_TEMPLATES_OWNER = String(process.pid)
  const started = Date.now()
  const jest = spawnSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), "--runInBand", "--forceExit", "--testMatch", "**/integration-tests/make-templates.ts"],
    { cwd: path.resolve(__dirname, ".."), env: process.env, encoding: "utf8" }
  )
  if (jest.status !== 0) {
    await module.exports.teardown()
    throw new Error(`the database templates could not be made:\n${jest.stdout}${jest.stderr}`)
  }
  console.log(`\ndatabase templates made in ${Math.round((Date.now() - started) / 1000)} s`)
}

module.exports.teardown = async () => {
  if (process.env.AEM_TEST_DB_TEMPLATES_OWNER !== String(process.pid)) return
  for (const variable of Object.values(TEMPLATES)) if (process.env[variable]) await dropDatabase(process.env[variable])
}
