const path = require("path")
const createNextIntlPlugin = require("next-intl/plugin")

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
