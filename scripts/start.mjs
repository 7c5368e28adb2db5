// `npm start`: install, migrate the embedded SQLite database, seed demo data, build the
// dashboard, then run the product: the dashboard, the HTTP API and the bot (Teams endpoint
// always, Telegram when a token is set).
import { buildServices, findPnpm, prepare, run } from "./pnpm.mjs";
import { dashboardCommand, runServices } from "./services.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
// On one's own machine Teams is tried with a local client (Agents Playground), which has no
// Bot Framework token; a deployment sets MICROSOFT_APP_ID instead.
if (!process.env.MICROSOFT_APP_ID) process.env.TEAMS_LOCAL_MODE ??= "1";
const pnpm = findPnpm();
prepare(pnpm);
run(pnpm, ["innolab", "setup"]);
if (process.argv.includes("--setup-only")) process.exit(0);
// Every service compiled ahead of time and started with plain node (the dashboard by Next.js).
buildServices(pnpm);

runServices([
  ["dashboard", "apps/dashboard", dashboardCommand()],
  ["api", "packages/core", ["--enable-source-maps", "dist/serve.mjs"]],
  ["bot", "apps/bot", ["--enable-source-maps", "dist/main.mjs"]],
]);
