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
  typedRoutes: false,
};

export default config;
