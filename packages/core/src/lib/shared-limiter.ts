import { Redis } from "ioredis";
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
} from "rate-limiter-flexible";
import { coreEnv } from "../env";

/** One connection for every limiter of the process, opened when the first is made. */
let client: Redis | undefined;

/**
 * A limiter counted once across every process in Redis when REDIS_URL is set (each process on
 * its own while Redis does not answer: the insurance counts), else in this process. Its
 * `keyPrefix` names it in Redis.
 */
export function sharedLimiter(options: IRateLimiterOptions & { keyPrefix: string }): RateLimiterAbstract {
  if (!coreEnv.REDIS_URL) return new RateLimiterMemory(options);
  // The first requests wait for the connection; if Redis does not answer, the insurance counts.
  client ??= new Redis(coreEnv.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000 }).on("error", () => {});
  return new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) });
}
