const path = require("path")

/** @type {import('next').NextConfig} */
module.exports = {
  // Pages render on the server; forms work without JavaScript and are only enhanced by it.
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    outputFileTracingRoot: path.join(__dirname, "../../"),
    // The trade kit reads its data from its own folder at run time: keep it a Node require.
    serverComponentsExternalPackages: ["@aem/trade-kit"],
    // Certificate scans up to 10 MB pass through a server action on their way to the backend.
    serverActions: { bodySizeLimit: "11mb" },
  },
}
