// `npm start`: install, migrate the embedded SQLite database, seed demo data, build the
// dashboard, then run the product: the dashboard, the HTTP API and the bot (Teams endpoint
// always, Telegram when a token is set).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findPnpm, prepare, run } from "./pnpm.mjs";

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
run(pnpm, [
  "exec",
  "turbo",
  "run",
  "build",
  "--filter=@innolab/dashboard",
  "--filter=@innolab/core",
  "--filter=@innolab/bot",
  "--output-logs=errors-only",
]);

// Each service is started as the node process itself, not through pnpm: pnpm runs a script
// through a shell that does not pass SIGTERM on, so Ctrl-C would leave the service running
// (or kill it without its graceful stop).
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const next = createRequire(path.join(root, "apps/dashboard/package.json")).resolve("next/dist/bin/next");
const dashboardArgs = [
  "start",
  "--port",
  process.env.DASHBOARD_PORT ?? "3000",
  "--hostname",
  process.env.HOST ?? "127.0.0.1",
];
const services = [
  ["dashboard", "apps/dashboard", [next, ...dashboardArgs]],
  ["api", "packages/core", ["--enable-source-maps", "dist/serve.mjs"]],
  ["bot", "apps/bot", ["--enable-source-maps", "dist/main.mjs"]],
].map(([name, dir, args]) => {
  const child = spawn(process.execPath, args, { cwd: path.join(root, dir), stdio: "inherit" });
  child.on("exit", (code, signal) => {
    // One service gone: stop the others too, so the failure is seen.
    if (!stopping) {
      console.error(`\n✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(code ?? 1);
    }
    if (services.every((service) => service.exitCode !== null || service.signalCode !== null)) process.exit(exitCode);
  });
  return child;
});

let stopping = false;
let exitCode = 0;
/** Asks every service to stop and waits for them (each ends within 5 s of SIGTERM), 8 s at most. */
function stop(code = 0) {
  stopping = true;
  exitCode = code;
  for (const child of services) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 8000).unref();
}
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));
