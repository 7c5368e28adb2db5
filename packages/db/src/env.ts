import path from "node:path";
import { z } from "zod";
import { repoRoot } from "./load-env";

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
