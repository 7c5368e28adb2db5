import type { NextConfig } from "next";

const config: NextConfig = {
  // The core and db packages are TypeScript sources in the workspace.
  transpilePackages: ["@innolab/core", "@innolab/db"],
  // Native and driver modules stay plain Node requires on the server.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@libsql/client",
    "@node-rs/jieba",
  ],
  poweredByHeader: false,
  // No site may frame any response (clickjacking); the browser is told the types are as sent.
  // Pages also get the full policy, with a nonce per response, from src/proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Content-Security-Policy",
            value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
          },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default config;
