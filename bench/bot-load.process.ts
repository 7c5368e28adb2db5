// The load side of bench/bot.bench.ts, in its own process: the fake Bot API server the bot
// answers to, and the client posting webhook updates. The bot under test keeps its own core.
import { FakeTelegram } from "../apps/bot/test/fake-telegram";
import { percentile } from "./stats";

const send = (message: unknown) => process.send?.(message);
const telegram = new FakeTelegram();
await telegram.start();
send({ type: "ready", apiRoot: telegram.apiRoot, token: telegram.token });

process.on(
  "message",
  async (message: {
    type: string;
    urls: string[];
    secret: string;
    total: number;
    concurrency: number;
    warmup: number;
  }) => {
    if (message.type === "stop") {
      await telegram.stop();
      process.exit(0);
    }
    const inputs = ["/start", "/help", "ls:n:1:*:0", "fo", "ls:s:2:*:0", "su"];
    const make = (i: number) => {
      const chatId = 10_000 + (i % 300);
      const input = inputs[i % inputs.length]!;
      return input.startsWith("/") ? telegram.pushText(chatId, input) : telegram.pushButton(chatId, input);
    };
    let turn = 0;
    // Spread over the bot processes, as a load balancer would.
    const post = (update: unknown) =>
      fetch(message.urls[turn++ % message.urls.length]!, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": message.secret },
        body: JSON.stringify(update),
      });
    for (let i = 0; i < message.warmup; i++) await (await post(make(i))).arrayBuffer();
    const updates = Array.from({ length: message.total }, (_, i) => make(i));
    const latencies: number[] = [];
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: message.concurrency }, async () => {
        while (next < updates.length) {
          const update = updates[next++];
          const start = performance.now();
          const response = await post(update);
          if (response.status !== 200) failed++;
          await response.arrayBuffer();
          latencies.push(performance.now() - start);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    send({
      type: "result",
      rate: message.total / seconds,
      seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      failed,
      answers: telegram.sent.length,
    });
  },
);

// The bench that forked this process is gone (finished, crashed or killed): go too, or an
// orphan keeps polling and skews every later measurement on the machine.
process.on("disconnect", () => process.exit(0));
