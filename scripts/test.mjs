// `npm test`: install, then run every test of every package on SQLite and PostgreSQL (when
// reachable) in one vitest run, and print one summary.

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findPnpm, prepare, run } from "./pnpm.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
const pnpm = findPnpm();
prepare(pnpm);
// The dashboard's browser tests run against its production build (turbo skips it when unchanged).
run(pnpm, ["exec", "turbo", "run", "build", "--filter=@innolab/dashboard", "--output-logs=errors-only"]);
const report = path.join(tmpdir(), `innolab-vitest-${process.pid}.json`);
const [command, lead] = pnpm;
const result = spawnSync(
  command,
  [
    ...lead,
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
try {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  // A plain closing line that any CI can read.
  console.log(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
  rmSync(report, { force: true });
} catch {
  console.log("\ntests: no report was written (vitest did not finish)");
}
process.exit(result.status ?? 1);
