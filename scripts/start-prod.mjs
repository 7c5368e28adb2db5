// `pnpm start:prod`: the product for a whole government, on PostgreSQL and Redis. Installs,
// builds, migrates (no demo data), then runs API_PROCESSES × the HTTP API, BOT_PROCESSES × the
// bot and DASHBOARD_PROCESSES × the dashboard (2 of each by default), each kind sharing its port
// (scripts/cluster.mjs restarts a process that dies). Put a TLS-terminating proxy in front.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildServices, findPnpm, prepare } from "./pnpm.mjs";
import { dashboardCommand, root, runServices } from "./services.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
// The same .env the services read (they read it again themselves; the environment wins).
const envFile = path.join(root, ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

const count = (name) => {
  const value = Number(process.env[name] || 2);
  if (!Number.isInteger(value) || value < 1 || value > 64) refuse(`${name} must be a whole number from 1 to 64.`);
  return value;
};
function refuse(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const processes = { api: count("API_PROCESSES"), bot: count("BOT_PROCESSES"), dashboard: count("DASHBOARD_PROCESSES") };
const url = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(url))
  refuse(
    "DATABASE_URL must be a PostgreSQL URL (postgresql://…): production runs on PostgreSQL. `npm start` runs the embedded SQLite default.",
  );
if (processes.bot > 1 && !process.env.REDIS_URL)
  refuse("REDIS_URL must be set with more than one bot process: their alerts share one send budget in Redis.");
if (Math.max(processes.api, processes.dashboard) > 1 && !process.env.REDIS_URL)
  refuse(
    "REDIS_URL must be set with more than one API or dashboard process: failed sign-ins and API tokens' requests are counted once, in Redis (per process, each would allow its own).",
  );
if (processes.bot > 1 && process.env.TELEGRAM_BOT_TOKEN && process.env.TELEGRAM_MODE !== "webhook")
  refuse("TELEGRAM_MODE must be webhook with more than one bot process: Telegram lets one process at a time poll.");

const pnpm = findPnpm();
prepare(pnpm);
buildServices(pnpm);
// The compiled operator commands, as an operator runs them in production.
const migrated = spawnSync(process.execPath, [path.join(root, "packages/core/dist/innolab.mjs"), "migrate"], {
  stdio: "inherit",
});
if (migrated.status !== 0) refuse(`migrate failed (exit ${migrated.status ?? migrated.signal})`);

const cluster = path.join(root, "scripts/cluster.mjs");
runServices([
  ["dashboard", "apps/dashboard", [cluster, "dashboard", String(processes.dashboard), ...dashboardCommand()]],
  ["api", "packages/core", [cluster, "api", String(processes.api), path.join(root, "packages/core/dist/serve.mjs")]],
  ["bot", "apps/bot", [cluster, "bot", String(processes.bot), path.join(root, "apps/bot/dist/main.mjs")]],
]);
