import { ContainerRegistrationKeys, defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { assertServingSecrets, INSTALLATION_SECRETS, secretOrDemo } from "@aem/job-contracts"
import path from "node:path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa start` (develop's server too) serves with this installation's own secrets or not at all: none
// missing, short or published (npm start generates them). Migrations, builds, seeding and the tests may
// fall back to the demo values, which sign nothing anyone can reach.
if (process.argv[2] === "start") assertServingSecrets(process.env, INSTALLATION_SECRETS, "The backend")

// Embedded defaults: `npm start` works with no configuration at all. Every one is overridable (README).
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
// Our own BullMQ queues (`aem.`) may live on another Redis than Medusa's modules; the same one by default.
const queuesRedisUrl = process.env.QUEUES_REDIS_URL || redisUrl
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const portalUrl = process.env.PORTAL_URL || "http://localhost:8001"
const useRedis = process.env.MEDUSA_DISABLE_REDIS !== "true"
// Medusa's Caching Module (a work-in-progress feature flag in 2.21), on Redis: core's cached query.graph
// calls (the publishable-key check on every store request, store products, carts' prices) answer from Redis
// and are invalidated by Medusa on the entities' events (our search-index subscriber clears it on translation
// events, which Medusa's own tags miss). `npm start` turns it on (scripts/lib/stack.cjs); a bare `medusa start`
// and the integration tests keep Medusa's default (off) but for caching-module.spec.
const useCaching = useRedis && process.env.MEDUSA_CACHING === "true"

// Redis event bus with retries: a failing subscriber is retried with backoff, not dropped.
const eventJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
}

const redisModules = useRedis
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        key: Modules.EVENT_BUS,
        // Several events at once: a burst (a catalogue import emits hundreds) must not hold a
        // manufacturer's suspension back from the search index for seconds. Subscribers are idempotent.
        options: { redisUrl, jobOptions: eventJobOptions, workerOptions: { concurrency: 10 } },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        key: Modules.WORKFLOW_ENGINE,
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        key: Modules.CACHE,
        options: { redisUrl, ttl: 30 },
      },
      {
        resolve: "@medusajs/medusa/locking",
        key: Modules.LOCKING,
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              // How long a lock taken without a timeout of its own waits its turn (Medusa's default: 5 s). Completing
              // a cart reserves stock under a lock per inventory item, so buyers of one product at the same moment
              // queue there: at 20 of them the last waited over 5 s and their order failed with a 409
              // (npm run bench:checkout); cart completion itself waits 30 s for the cart's lock.
              options: { redisUrl, waitLockingTimeout: 30 },
            },
          ],
        },
      },
    ]
  : []

const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  key: Modules.CACHING,
  options: {
    providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
  },
}

// Stripe (Payment Element) when STRIPE_API_KEY is set; the system provider serves the demo either way.
// Its webhooks arrive signed at /hooks/payment/stripe_stripe (STRIPE_WEBHOOK_SECRET).
const paymentModules = process.env.STRIPE_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        key: Modules.PAYMENT,
        options: {
          providers: [
            {
              resolve: "./src/modules/stripe-payment",
              id: "stripe",
              options: {
                apiKey: process.env.STRIPE_API_KEY,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                automaticPaymentMethods: true,
                // Only the tests' Stripe API double sets this: Stripe cannot be reached from here.
                apiHost: process.env.STRIPE_API_HOST,
              },
            },
          ],
        },
      },
    ]
  : []

// Files (product images, certificate scans, customs documents, reports) live as long as the records that name
// them: by default their bytes are in PostgreSQL (our file-postgres provider; public ones served at /static/:key),
// so they move, survive a new checkout and are backed up with the database, and every backend process sees them.
// Production may keep them in S3 or an S3-compatible store instead: Medusa's own provider, when S3_BUCKET is set.
const s3 = process.env.S3_BUCKET
  ? {
      bucket: process.env.S3_BUCKET,
      region: process.env.S3_REGION || "us-east-1",
      endpoint: process.env.S3_ENDPOINT,
      access_key_id: process.env.S3_ACCESS_KEY_ID,
      secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
      prefix: process.env.S3_PREFIX,
      file_url:
        process.env.S3_FILE_URL ||
        (process.env.S3_ENDPOINT
          ? `${process.env.S3_ENDPOINT.replace(/\/$/, "")}/${process.env.S3_BUCKET}`
          : `https://${process.env.S3_BUCKET}.s3.${process.env.S3_REGION || "us-east-1"}.amazonaws.com`),
      additional_client_config: {
        // Path-style URLs (bucket in the path) for S3-compatible servers; checksums only where S3 requires them,
        // as such servers do not all take the SDK's newer default checksum headers.
        forcePathStyle: process.env.S3_FORCE_PATH_STYLE === "true" || Boolean(process.env.S3_ENDPOINT),
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      },
    }
  : undefined
const publicFilesUrl = s3 ? s3.file_url : `${backendUrl}/static`
const fileProvider = s3
  ? { resolve: "@medusajs/medusa/file-s3", id: "s3", options: s3 }
  : { resolve: "./src/modules/file-postgres", id: "postgres", options: { backend_url: publicFilesUrl } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/aem_marketplace",
    databaseLogging: false,
    redisUrl: useRedis ? redisUrl : undefined,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // Secure cookies only where the backend is served over HTTPS: the demo on http://localhost
    // must still be able to log in to the admin.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || `${backendUrl},${portalUrl}`,
      authCors: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl},${portalUrl}`,
      jwtSecret: secretOrDemo(process.env, "JWT_SECRET"),
      cookieSecret: secretOrDemo(process.env, "COOKIE_SECRET"),
    },
  },
  // Product content in the buyer's language: Medusa's translation module (a feature flag in 2.21). The
  // store API applies translations for the `x-medusa-locale` header; untranslated fields stay English.
  featureFlags: { translation: true, caching: useCaching },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // Same origin by default, so one admin build works on whatever host and port serves it.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  modules: [
    ...redisModules,
    ...(useCaching ? [cachingModule] : []),
    ...paymentModules,
    {
      resolve: "@medusajs/medusa/file",
      key: Modules.FILE,
      options: { providers: [fileProvider] },
    },
    {
      // Checks at start-up that every file the records name can be read (README: where files live).
      resolve: "./src/modules/file-store",
      dependencies: [ContainerRegistrationKeys.QUERY, Modules.FILE],
      options: {
        public_url: publicFilesUrl,
        in_database: !s3,
        import_dirs: (process.env.FILE_IMPORT_DIRS ?? "").split(path.delimiter).filter(Boolean),
      },
    },
    {
      // Messages to manufacturers, buyers and park operators. The folder provider writes each one to
      // NOTIFICATIONS_DIR (and the notification module keeps every one in the database); a mail or SMS
      // provider replaces it in production.
      resolve: "@medusajs/medusa/notification",
      key: Modules.NOTIFICATION,
      options: {
        providers: [
          {
            resolve: "./src/modules/notification-folder",
            id: "folder",
            options: { channels: ["email"], dir: process.env.NOTIFICATIONS_DIR || ".data/notifications" },
          },
        ],
      },
    },
    {
      resolve: "./src/modules/job-queue",
      options: { redisUrl: queuesRedisUrl, prefix: process.env.WORKERS_QUEUE_PREFIX || "bull" },
    },
    { resolve: "./src/modules/manufacturer" },
    { resolve: "./src/modules/order-group" },
    { resolve: "./src/modules/commission" },
    {
      resolve: "./src/modules/product-search",
      // The indexer reads products, prices, stock and manufacturers through the query graph, and
      // works out each region's prices for the catalogue read model with the pricing module.
      dependencies: [ContainerRegistrationKeys.QUERY, Modules.PRICING, Modules.REGION],
      options: {
        redisUrl: queuesRedisUrl,
        prefix: process.env.WORKERS_QUEUE_PREFIX || "bull",
        meilisearch: process.env.MEILISEARCH_HOST
          ? { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY, index: process.env.MEILISEARCH_INDEX }
          : undefined,
        storefront: { url: process.env.STOREFRONT_URL, secret: secretOrDemo(process.env, "STOREFRONT_HOOKS_SECRET") },
      },
    },
    { resolve: "./src/modules/customs" },
    { resolve: "./src/modules/logistics" },
    { resolve: "./src/modules/traceability" },
    { resolve: "./src/modules/supervision" },
    { resolve: "./src/modules/fitting" },
    { resolve: "./src/modules/organisation" },
    { resolve: "./src/modules/funding" },
    { resolve: "./src/modules/service-partner" },
    { resolve: "@medusajs/medusa/translation", key: Modules.TRANSLATION },
  ],
})
