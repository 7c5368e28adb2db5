import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

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

const repoRoot = findRepoRoot();

/** The embedded default: a SQLite file in the repository's `.data/` folder. */
export const defaultDatabaseUrl = `file:${path.join(repoRoot, ".data", "innolab.db")}`;

const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default(defaultDatabaseUrl)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
});

/** The database settings, validated once. */
export const dbEnv = dbEnvSchema.parse(process.env);
