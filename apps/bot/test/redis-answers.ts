import { Redis } from "ioredis";

/** The Redis the tests share (TEST_REDIS_URL, default the local one). */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Whether that Redis answers. Tests that need it are skipped where it does not, except in CI
 * (REQUIRE_REDIS=1), where a Redis that does not answer is an error, not a skip.
 */
export async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {});
  const answers = await probe.connect().then(
    () => probe.ping().then((pong) => pong === "PONG"),
    () => false,
  );
  probe.disconnect();
  if (!answers && process.env.REQUIRE_REDIS === "1") throw new Error(`Redis does not answer at ${REDIS_URL}`);
  return answers;
}
