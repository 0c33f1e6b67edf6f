const path = require("path")

/** @type {import('next').NextConfig} */
module.exports = {
  // Pages render on the server; the storefront ships almost no JavaScript.
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    outputFileTracingRoot: path.join(__dirname, "../../"),
    // The trade kit reads its data, schemas and fonts from its own folder at run time: keep it a Node require.
    serverComponentsExternalPackages: ["@aem/trade-kit"],
  },
}
