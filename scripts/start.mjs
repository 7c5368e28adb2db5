// `npm start`: install, migrate the embedded SQLite database, seed demo data, build the
// dashboard, then run the product: the dashboard, the HTTP API and the bot (Teams endpoint
// always, Telegram when a token is set).
import { spawn } from "node:child_process";
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
run(pnpm, ["exec", "turbo", "run", "build", "--filter=@innolab/dashboard", "--output-logs=errors-only"]);

const [command, lead] = pnpm;
const services = [
  ["dashboard", ["--filter", "@innolab/dashboard", "start"]],
  ["api", ["innolab", "serve"]],
  ["bot", ["--filter", "@innolab/bot", "start"]],
].map(([name, args]) => {
  const child = spawn(command, [...lead, ...args], { stdio: "inherit" });
  child.on("exit", (code, signal) => {
    // One service gone: stop the others too, so the failure is seen.
    if (!stopping) {
      console.error(`\n✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of services) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 2000).unref();
}
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));
