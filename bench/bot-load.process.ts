// The load side of bench/bot.bench.ts, in its own process: the fake Bot API server the bot
// answers to, and the client posting webhook updates. The bot under test keeps its own core.
import { setTimeout as sleep } from "node:timers/promises";
import { FakeTelegram } from "../apps/bot/test/fake-telegram";
import { percentile } from "./stats";

export interface LoadRun {
  type: "run";
  urls: string[];
  secret: string;
  total: number;
  warmup: number;
  /** Closed loop: this many updates in flight at once, each sent when one is answered (throughput). */
  concurrency?: number;
  /** Open loop: updates arrive at this rate whatever the bot does, as Telegram sends them (latency). */
  rate?: number;
}

const send = (message: unknown) => process.send?.(message);
const telegram = new FakeTelegram();
await telegram.start();
send({ type: "ready", apiRoot: telegram.apiRoot, token: telegram.token });

// Replies awaited per chat, in order: an update's latency ends when its answer reaches Telegram
// (the webhook's HTTP response comes sooner for a button press, answered in the response itself).
const awaitingReply = new Map<string, Array<() => void>>();
telegram.events.on("sent", (message: { chatId: string }) => awaitingReply.get(message.chatId)?.shift()?.());
const replyTo = (chatId: number) =>
  new Promise<void>((resolve) => {
    const queue = awaitingReply.get(String(chatId)) ?? [];
    queue.push(resolve);
    awaitingReply.set(String(chatId), queue);
  });

const inputs = ["/start", "/help", "ls:n:1:*:0", "fo", "ls:s:2:*:0", "su"];
const make = (i: number) => {
  const chatId = 10_000 + (i % 300);
  const input = inputs[i % inputs.length]!;
  const update = input.startsWith("/") ? telegram.pushText(chatId, input) : telegram.pushButton(chatId, input);
  return { chatId, update };
};

async function run(message: LoadRun) {
  let turn = 0;
  // Spread over the bot processes, as a load balancer would.
  const post = (update: unknown) =>
    fetch(message.urls[turn++ % message.urls.length]!, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": message.secret },
      body: JSON.stringify(update),
    });
  const latencies: number[] = [];
  let failed = 0;
  let unanswered = 0;
  /**
   * Posts one update and waits for its answer; the latency counts from when it was due (an open
   * loop's late start is the bot's delay too). An update not answered within 10 s counts as
   * unanswered.
   */
  const deliver = async ({ chatId, update }: ReturnType<typeof make>, due: number) => {
    const replied = replyTo(chatId);
    const response = await post(update);
    if (response.status !== 200) failed++;
    await response.arrayBuffer();
    const answered = await Promise.race([replied.then(() => true), sleep(10_000).then(() => false)]);
    if (answered) latencies.push(performance.now() - due);
    else unanswered++;
  };
  for (let i = 0; i < message.warmup; i++) await deliver(make(i), performance.now());
  const updates = Array.from({ length: message.total }, (_, i) => make(message.warmup + i));
  latencies.length = 0;
  failed = 0;
  unanswered = 0;
  const started = performance.now();
  if (message.rate) {
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < updates.length; i++) {
      const due = started + (i * 1000) / message.rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      pending.push(deliver(updates[i]!, due));
    }
    await Promise.all(pending);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: message.concurrency ?? 16 }, async () => {
        while (next < updates.length) {
          const update = updates[next++]!;
          await deliver(update, performance.now());
        }
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    type: "result",
    rate: message.total / seconds,
    seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    failed,
    unanswered,
  };
}

process.on("message", async (message: LoadRun | { type: "stop" }) => {
  if (message.type === "stop") {
    await telegram.stop();
    process.exit(0);
  }
  send(await run(message));
});

// The bench that forked this process is gone (finished, crashed or killed): go too, or an
// orphan keeps polling and skews every later measurement on the machine.
process.on("disconnect", () => process.exit(0));
