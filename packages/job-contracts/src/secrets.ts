import { DEMO_HOOKS_SECRET, DEMO_PARK_HOOKS_SECRET, DEMO_STOREFRONT_HOOKS_SECRET } from "./hooks"

/**
 * The secrets of an installation. `npm start` generates each one at random on first start and keeps them in
 * `.data/secrets.json` (scripts/lib/stack.cjs); the environment wins over the file. A process that serves
 * (the backend's `medusa start`, the workers, the storefront's `next start`) refuses to start with a secret
 * that is missing, shorter than MIN_SECRET_LENGTH or one of the published values below; tests and one-off
 * commands (migrations, builds, seeding) fall back to the demo values.
 */
export const INSTALLATION_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "HOOKS_SECRET", "PARK_HOOKS_SECRET", "STOREFRONT_HOOKS_SECRET"] as const
export type InstallationSecret = (typeof INSTALLATION_SECRETS)[number]

export const MIN_SECRET_LENGTH = 32

/** The values tests and one-off commands use: published, so never good enough for a start. */
export const DEMO_SECRETS: Record<InstallationSecret, string> = {
  JWT_SECRET: "demo-jwt-secret-change-me",
  COOKIE_SECRET: "demo-cookie-secret-change-me",
  HOOKS_SECRET: DEMO_HOOKS_SECRET,
  PARK_HOOKS_SECRET: DEMO_PARK_HOOKS_SECRET,
  STOREFRONT_HOOKS_SECRET: DEMO_STOREFRONT_HOOKS_SECRET,
}

// Ours and Medusa's documented defaults.
const PUBLISHED = new Set([...Object.values(DEMO_SECRETS), "supersecret"])

type Env = Record<string, string | undefined>

function problem(name: string, value: string | undefined): string | undefined {
  if (!value) return `${name} is not set`
  if (PUBLISHED.has(value)) return `${name} is a published demo value`
  if (value.length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters`
  return undefined
}

/**
 * Throws, naming each variable at fault (never its value), unless every one of `names` is set to a secret fit
 * to serve with; PARK_HOOKS_SECRETS, when set, is held to the same rule for each park's secret.
 */
export function assertServingSecrets(env: Env, names: readonly InstallationSecret[], who: string): void {
  const problems = names.map((name) => problem(name, env[name]))
  if (names.includes("PARK_HOOKS_SECRET") && env.PARK_HOOKS_SECRETS) {
    let parks: Record<string, unknown> = {}
    try {
      parks = JSON.parse(env.PARK_HOOKS_SECRETS)
    } catch {
      problems.push("PARK_HOOKS_SECRETS is not a JSON object of park code to secret")
    }
    for (const [code, secret] of Object.entries(parks)) problems.push(problem(`PARK_HOOKS_SECRETS.${code}`, typeof secret === "string" ? secret : undefined))
  }
  const found = problems.filter(Boolean)
  if (found.length) {
    throw new Error(
      `${who} refuses to start: ${found.join("; ")}. Use at least ${MIN_SECRET_LENGTH} random characters for each ` +
        "(npm start generates them in .data/secrets.json; e.g. `openssl rand -base64 48`)."
    )
  }
}

/** A secret from the environment, else its demo value (tests and one-off commands; a start has checked it first). */
export const secretOrDemo = (env: Env, name: InstallationSecret): string => env[name] || DEMO_SECRETS[name]
