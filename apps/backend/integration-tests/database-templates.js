const { Client } = require("pg")

/**
 * The databases spec files start from, made once per jest run (global-setup.js) instead of once per file: migrating
 * took each file about 45 s and seeding the demo data several minutes more, on two cores, 24 times.
 * "migrated": migrated and links synced by Medusa's test runner, as it left a file's database before;
 * "demo data": that, and the demo data seeded with its events handled (seededStorefront), as most files did first.
 */
const TEMPLATES = {
  migrated: "AEM_TEST_DB_MIGRATED",
  "demo data": "AEM_TEST_DB_DEMO",
}

/** The server the test runner makes its databases on (jest.config.js and npm test set these). */
function maintenanceClient() {
  return new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
}

async function onServer(sql) {
  const client = maintenanceClient()
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const quoted = (name) => `"${name.replace(/"/g, '""')}"`

function templateName(startFrom) {
  const name = process.env[TEMPLATES[startFrom]]
  if (!name) throw new Error(`no "${startFrom}" database template: jest.config.js's globalSetup makes it (${TEMPLATES[startFrom]})`)
  return name
}

/** A new database, a copy of a template's (PostgreSQL copies the files: about a second). */
const copyTemplate = (startFrom, databaseName) =>
  onServer(`CREATE DATABASE ${quoted(databaseName)} TEMPLATE ${quoted(templateName(startFrom))}`)

const dropDatabase = (databaseName) => onServer(`DROP DATABASE IF EXISTS ${quoted(databaseName)} WITH (FORCE)`)

module.exports = { TEMPLATES, copyTemplate, dropDatabase }
