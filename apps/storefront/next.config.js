const path = require("path")
const createNextIntlPlugin = require("next-intl/plugin")
const { assertServingSecrets } = require("@aem/job-contracts")

// `next start` serves with this installation's own revalidation secret, never a published one (npm start
// generates it); builds and `next dev` may use the demo value.
if (process.argv[2] === "start") assertServingSecrets(process.env, ["STOREFRONT_HOOKS_SECRET"], "The storefront")

const withNextIntl = createNextIntlPlugin("./i18n/request.ts")

/** @type {import('next').NextConfig} */
module.exports = withNextIntl({
  // Pages render on the server; the storefront ships almost no JavaScript.
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    outputFileTracingRoot: path.join(__dirname, "../../"),
    // The trade kit reads its data, schemas and fonts from its own folder at run time: keep it a Node require.
    serverComponentsExternalPackages: ["@aem/trade-kit"],
  },
})
