// The Bot API stand-in for bench/push.bench.ts, in a process of its own: in the bench's process,
// the bench's own work (queueing the alert, counting what is done) stalled the stand-in's event
// loop by up to 280 ms, and requests it then read together counted as a burst that no sender
// made. Telegram is on other machines; this is as near as one host gets.
//
// Argument: the rate it enforces. Messages: "count" → { count }, "report" → what it received.
import { FakeTelegram } from "../apps/bot/test/fake-telegram";

// Its own stalls, as [when, ms]: requests that arrive while it is stalled are read together and
// counted as a burst, so a run's figures stand only while these stay short.
const stalls: Array<[number, number]> = [];
let tickedAt = Date.now();
setInterval(() => {
  const now = Date.now();
  if (now - tickedAt > 20) stalls.push([now, now - tickedAt - 5]);
  tickedAt = now;
}, 5).unref();
const rate = Number(process.argv[2]);
const telegram = new FakeTelegram();
await telegram.start();
// Telegram's servers are never cold: the stand-in's own code is run a few thousand times (and
// compiled) before it is used, not while the first alert is being measured.
const warmUp = Array.from({ length: 50 }, async (_, worker) => {
  for (let i = 0; i < 60; i++)
    await fetch(`${telegram.apiRoot}/bot${telegram.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: -(worker * 100 + i + 1), text: "warm-up" }),
    }).then((response) => response.json());
});
await Promise.all(warmUp);
telegram.forget();
// The warm-up's garbage collected now (node --expose-gc), not in a pause while an alert is measured.
(globalThis as { gc?: () => void }).gc?.();
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
      stalls,
    });
});
process.on("disconnect", () => void telegram.stop().then(() => process.exit(0)));
