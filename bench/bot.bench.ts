// Bot throughput: updates per second handled in Telegram webhook mode on SQLite, with p50/p95
// latency of each webhook call (which returns once the update is handled and answered).
// Baseline, measured in the same run: a bot that answers "ok" to everything, through the same
// server and fake Bot API — the ceiling set by HTTP, grammY and the fake.
//
//   pnpm bench:bot [--updates 3000] [--concurrency 32]
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createBotServer, createTeamsBot, createTelegramBot, FlowEngine } from "@innolab/bot";
import { seed } from "@innolab/db";
import { createTestDatabase } from "@innolab/db/testing";
import { Bot } from "grammy";
import { FakeTelegram } from "../apps/bot/test/fake-telegram";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { updates: { type: "string", default: "3000" }, concurrency: { type: "string", default: "32" } },
});
const total = Number(values.updates);
const concurrency = Number(values.concurrency);
const SECRET = "bench-secret";

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function drive(bot: Bot, telegram: FakeTelegram, label: string) {
  const server = createBotServer({
    teams: createTeamsBot({ handle: async () => [] } as never, { appType: "MultiTenant" }),
    telegram: { bot, secretToken: SECRET },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`;
  const inputs = ["/start", "/help", "ls:n:1:*:0", "fo", "ls:s:2:*:0", "su"];
  const updates = Array.from({ length: total }, (_, i) => {
    const chatId = 10_000 + (i % 300);
    const input = inputs[i % inputs.length]!;
    return input.startsWith("/") ? telegram.pushText(chatId, input) : telegram.pushButton(chatId, input);
  });
  const post = (update: unknown) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
  for (const update of updates.slice(0, 50))
    await post({ ...update, update_id: Number((update as { update_id: number }).update_id) + 10_000_000 });
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
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
  await new Promise((resolve) => server.close(resolve));
  const rate = total / seconds;
  console.log(
    `${label}: ${total} updates in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} updates/s; p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms; failed ${failed}`,
  );
  return { rate, p95: percentile(latencies, 95) };
}

const database = await createTestDatabase("sqlite");
try {
  await seed.seedDemo(database.db, { today: new Date() });
  const telegram = new FakeTelegram();
  await telegram.start();
  const baselineBot = new Bot(telegram.token, { client: { apiRoot: telegram.apiRoot } });
  baselineBot.on("message", (ctx) => ctx.reply("ok"));
  baselineBot.on("callback_query", (ctx) => ctx.reply("ok"));
  await baselineBot.init();
  const baseline = await drive(baselineBot, telegram, "baseline (answers ok)");
  const bot = createTelegramBot(database.db, new FlowEngine(database.db), {
    token: telegram.token,
    apiRoot: telegram.apiRoot,
  });
  await bot.init();
  const ours = await drive(bot, telegram, "InnoLab bot (flows, SQLite)");
  console.log(
    `InnoLab ÷ baseline throughput: ${(ours.rate / baseline.rate).toFixed(2)}; target ≥ 500 updates/s with p95 < 50 ms: ${ours.rate >= 500 && ours.p95 < 50 ? "met" : "NOT met"}`,
  );
  await telegram.stop();
} finally {
  await database.drop();
}
