import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const loadEnv = fileURLToPath(new URL("../src/load-env.ts", import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx");

/** What a process started in `repo` sees of two settings after loading the repository's `.env`. */
function settingsSeen(repo: string, env: Record<string, string>) {
  // A process started outside the test runner (which never reads the file).
  const { VITEST: _vitest, ...outside } = { ...process.env, ...env };
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      tsx,
      "--input-type=module",
      "-e",
      `await import(${JSON.stringify(loadEnv)}); console.log(JSON.stringify([process.env.BOT_PORT ?? null, process.env.HOST ?? null]));`,
    ],
    { cwd: repo, env: outside, encoding: "utf8" },
  );
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
}

it("every process reads the repository's .env at start; the environment wins over the file", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "innolab-env-"));
  try {
    writeFileSync(path.join(repo, "pnpm-workspace.yaml"), "packages: []\n");
    writeFileSync(path.join(repo, ".env"), "# settings\nBOT_PORT=4999\nHOST=0.0.0.0\n");
    const { BOT_PORT: _port, HOST: _host, ...rest } = process.env;
    expect(settingsSeen(repo, rest as Record<string, string>)).toEqual(["4999", "0.0.0.0"]);
    expect(settingsSeen(repo, { ...(rest as Record<string, string>), HOST: "127.0.0.1" })).toEqual([
      "4999",
      "127.0.0.1",
    ]);
    // An empty value in the file is "not set": a copy of .env.example works as it is.
    writeFileSync(path.join(repo, ".env"), "BOT_PORT=\nHOST=\n");
    expect(settingsSeen(repo, rest as Record<string, string>)).toEqual([null, null]);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
