// Starts the product's services as node processes and stops them together: one ending stops the
// rest (so a failure is seen), and SIGINT/SIGTERM are passed on for each one's graceful stop.
// Each is the node process itself, not pnpm: pnpm runs a script through a shell that does not
// pass SIGTERM on, so Ctrl-C would leave the service running (or kill it without its stop).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The dashboard's `next start` arguments (its port and host from the environment). */
export function dashboardCommand() {
  const next = createRequire(path.join(root, "apps/dashboard/package.json")).resolve("next/dist/bin/next");
  return [next, "start", "--port", process.env.DASHBOARD_PORT ?? "3000", "--hostname", process.env.HOST ?? "127.0.0.1"];
}

/** [name, directory, node arguments] for each service. */
export function runServices(list) {
  let stopping = false;
  let exitCode = 0;
  const services = list.map(([name, dir, args]) => {
    const child = spawn(process.execPath, args, { cwd: path.join(root, dir), stdio: "inherit" });
    child.on("exit", (code, signal) => {
      if (!stopping) {
        console.error(`\n✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
        stop(code ?? 1);
      }
      if (services.every((service) => service.exitCode !== null || service.signalCode !== null)) process.exit(exitCode);
    });
    return child;
  });
  /** Asks every service to stop and waits for them (each ends within 8 s of SIGTERM), 10 s at most. */
  function stop(code = 0) {
    stopping = true;
    exitCode = code;
    for (const child of services) if (child.exitCode === null) child.kill("SIGTERM");
    setTimeout(() => process.exit(code), 10_000).unref();
  }
  process.once("SIGINT", () => stop(0));
  process.once("SIGTERM", () => stop(0));
}
