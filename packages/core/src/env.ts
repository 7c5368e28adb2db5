import "@innolab/db/load-env";
import { z } from "zod";

const coreEnvSchema = z.object({
  /** Port of the HTTP API (tRPC over HTTP). */
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Interface the HTTP servers listen on. */
  HOST: z.string().default("127.0.0.1"),
  /** Forum check-in opens this many hours before a forum starts and closes this many after it ends. */
  CHECKIN_OPENS_HOURS_BEFORE: z.coerce.number().min(0).max(72).default(3),
  CHECKIN_CLOSES_HOURS_AFTER: z.coerce.number().min(0).max(72).default(2),
  /** Several API and dashboard processes: API tokens' requests and failed sign-ins are counted once, in this Redis. Unset: per process. */
  REDIS_URL: z.preprocess((value) => value || undefined, z.string().url().optional()),
  /** Least severe log lines written (JSON on stdout): trace, debug, info, warn, error, fatal or silent. */
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Requests an API token may make per minute; beyond, 429 until the minute is up. */
  API_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
});

/** Core settings, validated once. Database settings live in @innolab/db. */
export const coreEnv = coreEnvSchema.parse(process.env);
