// One push sender process for bench/push.bench.ts (so that it can be killed mid-run), with the
// settings the bot ships (batch, lease, idle poll: the Sender's defaults). With a Redis URL it
// draws from the send budget shared by every sender process, and hears that deliveries are due
// through Redis, as the bot does with REDIS_URL; alone, it is told by the bench ("due"), as a
// bot's own fan-out tells its senders.
import { senderStore } from "@innolab/bot/src/push/delivery-store";
import { type DueSignal, localDueSignal, redisDueSignal } from "@innolab/bot/src/push/due-signal";
import { RateLimiter } from "@innolab/bot/src/push/rate-limiter";
import type { SendBudget } from "@innolab/bot/src/push/send-budget";
import { Sender } from "@innolab/bot/src/push/sender";
import { SharedRateLimiter } from "@innolab/bot/src/push/shared-rate-limiter";
import { alertApi, sendToTelegram } from "@innolab/bot/src/push/telegram-sender";
import { createDb } from "@innolab/db";

const [url, apiRoot, token, rate, redisUrl, account] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
  string | undefined,
];
const { api } = alertApi(token, apiRoot);
const limiter: SendBudget =
  redisUrl && account
    ? new SharedRateLimiter(redisUrl, account, Number(rate), 1000)
    : new RateLimiter(Number(rate), 1000);
const due: DueSignal = redisUrl && account ? redisDueSignal(redisUrl, `${account}:due`) : localDueSignal();
const store = senderStore(createDb({ url }), url);
const sender = new Sender({
  store,
  channel: "TELEGRAM",
  send: (d) => sendToTelegram(api, d),
  limiter,
  due,
});
// Started once its database answers (an empty claim), as a bot's sender is long before an
// alert comes: a process's start-up is not part of sending.
await store.claim({ channel: "TELEGRAM", owner: "warm-up", limit: 0, leaseMs: 1 });
sender.start();
// What sending costs, apart from starting: loading the code, connecting to the database.
const startedAt = process.resourceUsage();
process.send?.("started");
// "due": deliveries were queued. "stop": reports what the process cost (CPU seconds since it
// started, peak memory) and exits.
process.on("message", (message) => {
  if (message === "due") return due.notify();
  void Promise.all([sender.stop(), due.close()]).then(() => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    const cpuMicros = userCPUTime + systemCPUTime - startedAt.userCPUTime - startedAt.systemCPUTime;
    process.send?.({ cpuSeconds: cpuMicros / 1e6, maxRssMb: maxRSS / 1024 }, () => process.exit(0));
  });
});

// The bench that forked this process is gone (finished, crashed or killed): go too, or an
// orphan keeps polling and skews every later measurement on the machine.
process.on("disconnect", () => process.exit(0));
