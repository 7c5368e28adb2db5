// One sender process for send-budget.integration.test.ts: draws SENDS slots from the budget
// (shared in Redis, or its own), and prints when each was granted, as JSON.
import { RateLimiter } from "../src/push/rate-limiter";
import { SharedRateLimiter } from "../src/push/shared-rate-limiter";

const { REDIS_URL, ACCOUNT, SHARED, SENDS, PER_SECOND, START_AT, NAME, PAUSE_AFTER } = process.env;
const perSecond = Number(PER_SECOND);
const budget =
  SHARED === "1" ? new SharedRateLimiter(REDIS_URL!, ACCOUNT!, perSecond, 1000) : new RateLimiter(perSecond, 1000);
await new Promise((resolve) => setTimeout(resolve, Number(START_AT) - Date.now()));
const granted: Array<{ chat: string; at: number }> = [];
// All in flight at once, as a sender's batch is; every twentieth to one chat all processes
// write to, the rest to chats of their own.
await Promise.all(
  Array.from({ length: Number(SENDS) }, async (_, i) => {
    const chat = i % 20 === 0 ? "common" : `${NAME}-${i}`;
    await budget.acquire(chat);
    granted.push({ chat, at: Date.now() });
    if (PAUSE_AFTER && granted.length === Number(PAUSE_AFTER) + 1) await budget.pause(1000);
  }),
);
process.stdout.write(JSON.stringify(granted));
if (budget instanceof SharedRateLimiter) await budget.close();
