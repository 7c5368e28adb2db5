// Finds pnpm, installing the pinned version with npm if the machine has none (corepack cannot
// fetch it offline). Used by the start and test commands, which only assume Node and npm.
import { execFileSync, spawnSync } from "node:child_process";

export const PNPM_VERSION = "10.34.9";

function works(command, args) {
  const result = spawnSync(command, [...args, "--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return result.status === 0 && result.stdout.trim().startsWith("10.");
}

/** [command, leading args] that run pnpm. */
export function findPnpm() {
  if (works("pnpm", [])) return ["pnpm", []];
  console.log(`pnpm not found: installing pnpm@${PNPM_VERSION} with npm …`);
  const global = spawnSync("npm", ["install", "-g", `pnpm@${PNPM_VERSION}`], { stdio: "inherit" });
  if (global.status === 0 && works("pnpm", [])) return ["pnpm", []];
  // No permission for a global install: run it through npx instead.
  return ["npx", ["-y", `pnpm@${PNPM_VERSION}`]];
}

export function run(pnpm, args, options = {}) {
  const [command, lead] = pnpm;
  const result = spawnSync(command, [...lead, ...args], { stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${[...lead, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Installs dependencies from the lockfile and generates the Prisma clients. */
export function prepare(pnpm) {
  run(pnpm, ["install", "--frozen-lockfile", "--reporter=append-only"]);
  run(pnpm, ["--filter", "@innolab/db", "generate"], { stdio: ["ignore", "ignore", "inherit"] });
}

/** Compiles the three services ahead of time (turbo skips what is unchanged). */
export function buildServices(pnpm) {
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
}

export { execFileSync };
