import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

/**
 * The repository's root: the nearest folder up from the working directory that holds
 * pnpm-workspace.yaml (every app runs from inside the repository), else three up from this file.
 * Not `new URL(…, import.meta.url)` alone: a bundler (the dashboard's) moves this file.
 */
function findRepoRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
}

export const repoRoot = findRepoRoot();

// Settings from the repository's `.env` (see `.env.example`), imported before any settings are
// read. The environment wins over the file; an empty value in the file means "not set" (so a
// copy of `.env.example` works as it is); tests never read it, so a developer's file cannot
// change what they check.
const file = path.join(repoRoot, ".env");
if (!process.env.VITEST && existsSync(file)) {
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
    if (value !== "" && process.env[key] === undefined) process.env[key] = value;
  }
}
