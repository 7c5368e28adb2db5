// One push sender process for bench/push.bench.ts (so that it can be killed mid-run).
import { RateLimiter } from "@innolab/bot/src/push/rate-limiter";
import { Sender } from "@innolab/bot/src/push/sender";
import { sendToTelegram } from "@innolab/bot/src/push/telegram-sender";
import { threadedStore } from "@innolab/bot/src/push/threaded-store";
import { Api } from "grammy";

const [url, apiRoot, token, rate] = process.argv.slice(2) as [string, string, string, string];
const api = new Api(token, { apiRoot });
const sender = new Sender({
  store: threadedStore(url),
  channel: "TELEGRAM",
  send: (d) => sendToTelegram(api, d),
  limiter: new RateLimiter(Number(rate), 1000),
  idleMs: 50,
  batch: 200,
  leaseMs: 5_000,
});
sender.start();
process.send?.("started");
process.on("message", () => {
  void sender.stop().then(() => process.exit(0));
});

// The bench that forked this process is gone (finished, crashed or killed): go too, or an
// orphan keeps polling and skews every later measurement on the machine.
process.on("disconnect", () => process.exit(0));
