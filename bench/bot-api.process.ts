// The Bot API stand-in for bench/push.bench.ts, in a process of its own: in the bench's process,
// the bench's own work (queueing the alert, counting what is done) stalled the stand-in's event
// loop by up to 280 ms, and requests it then read together counted as a burst that no sender
// made. Telegram is on other machines; this is as near as one host gets.
//
// Argument: the rate it enforces. Messages: "count" → { count }, "report" → what it received.
import { setPriority } from "node:os";
import { FakeTelegram } from "../apps/bot/test/fake-telegram";

// It stands for machines elsewhere: it reads requests as they arrive, before this host's own
// processes get the CPU (where allowed: root may raise a priority, others keep theirs).
try {
  setPriority(-10);
} catch {}

const rate = Number(process.argv[2]);
const telegram = new FakeTelegram();
await telegram.start();
telegram.limits = { perSecond: rate, perChatPerSecond: 1 };
// A Bot API far away, as Telegram is from Hong Kong's data centres.
telegram.latencyMs = { min: 100, max: 250 };
process.send?.({ apiRoot: telegram.apiRoot, token: telegram.token });
process.on("message", (message) => {
  if (message === "count") process.send?.({ count: telegram.sent.length });
  if (message === "report")
    process.send?.({
      sent: telegram.sent.map(({ chatId, at }) => ({ chatId, at })),
      tooManyRequestsAt: telegram.tooManyRequestsAt,
    });
});
process.on("disconnect", () => void telegram.stop().then(() => process.exit(0)));
