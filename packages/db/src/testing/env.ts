import { z } from "zod";

const testEnvSchema = z.object({
  /** A PostgreSQL database the tests may connect to, to create and drop their own databases. */
  TEST_POSTGRES_URL: z.string().default("postgresql://postgres@127.0.0.1:5432/test"),
  /** Set in CI: an unreachable PostgreSQL fails the run instead of skipping its suites. */
  REQUIRE_POSTGRES: z
    .enum(["0", "1", "true", "false", ""])
    .default("")
    .transform((v) => v === "1" || v === "true"),
  /** "sqlite", "postgres" or "both" (default): which databases the integration suites run on. */
  TEST_DATABASES: z.enum(["sqlite", "postgres", "both"]).default("both"),
});

export const testEnv = testEnvSchema.parse(process.env);
