// Bot throughput and latency: Telegram updates handled in webhook mode on SQLite. The bot runs
// as --processes processes on one SQLite file (it is built for several instances); the fake
// Bot API and the load run in another process. Each webhook call returns once its update is
// handled and answered. Two measurements, after --warmup updates (a long-running bot is
// measured warm: JIT and Prisma's query compiler take a few thousand updates to settle):
//   - throughput: --concurrency updates in flight, each sent when one is answered;
//   - latency at the target rate: updates arrive at 500/s whatever the bot does (as Telegram
//     sends them), each timed from when it was due.
// Baseline, measured in the same run with the same processes: a bot that answers "ok" to
// everything — the ceiling set by HTTP, grammY and the fake.
//
//   pnpm bench:bot [--updates 3000] [--concurrency 16] [--processes 2] [--warmup 2000]
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { seed } from "@innolab/db";
import { createTestDatabase } from "@innolab/db/testing";
import type { LoadRun } from "./bot-load.process";
import { benchArgs } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    updates: { type: "string", default: "3000" },
    concurrency: { type: "string", default: "16" },
    processes: { type: "string", default: "2" },
    warmup: { type: "string", default: "2000" },
  },
});
const SECRET = "bench-secret";
const TARGET = { rate: 500, p95: 50 };
const tsx = createRequire(import.meta.url).resolve("tsx");
const start = (file: string, args: string[] = []) =>
  fork(new URL(file, import.meta.url), args, { execArgv: ["--import", tsx] });

interface Result {
  rate: number;
  seconds: number;
  p50: number;
  p95: number;
  failed: number;
  unanswered: number;
}

const load = start("./bot-load.process.ts");
const [ready] = (await once(load, "message")) as [{ apiRoot: string; token: string }];

async function measure(run: Omit<LoadRun, "type" | "secret">): Promise<Result> {
  load.send({ type: "run", secret: SECRET, ...run } satisfies LoadRun);
  const [result] = (await once(load, "message")) as [Result];
  return result;
}

const describe = (result: Result) =>
  `${result.rate.toFixed(0)} updates/s; p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms; failed ${result.failed}, unanswered ${result.unanswered}`;

async function drive(mode: "baseline" | "innolab", url: string, label: string) {
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < Number(values.processes); i++) {
    const server = start("./bot-server.process.ts", [mode, url, ready.apiRoot, ready.token, SECRET]);
    const [{ port }] = (await once(server, "message")) as [{ port: number }];
    servers.push(server);
    urls.push(`http://127.0.0.1:${port}/telegram/webhook`);
  }
  const total = Number(values.updates);
  const throughput = await measure({
    urls,
    total,
    warmup: Number(values.warmup),
    concurrency: Number(values.concurrency),
  });
  const latency = await measure({ urls, total, warmup: 0, rate: TARGET.rate });
  for (const server of servers) {
    server.send("stop");
    await once(server, "exit");
  }
  console.log(`${label}, throughput (${values.concurrency} in flight): ${describe(throughput)}`);
  console.log(`${label}, at ${TARGET.rate} updates/s offered: ${describe(latency)}`);
  return { throughput, latency };
}

const database = await createTestDatabase("sqlite");
try {
  await seed.seedDemo(database.db, { today: new Date() });
  await database.db.$disconnect();
  const processes = `${values.processes} process${values.processes === "1" ? "" : "es"}`;
  console.log(`${values.updates} updates per measurement, after ${values.warmup} warm-up updates`);
  const baseline = await drive("baseline", database.url, `baseline, answers "ok" (${processes})`);
  const ours = await drive("innolab", database.url, `InnoLab bot, flows on SQLite (${processes})`);
  const complete =
    ours.throughput.failed + ours.throughput.unanswered + ours.latency.failed + ours.latency.unanswered === 0;
  const met = ours.throughput.rate >= TARGET.rate && ours.latency.p95 < TARGET.p95 && complete;
  console.log(
    `InnoLab ÷ baseline throughput: ${(ours.throughput.rate / baseline.throughput.rate).toFixed(2)}; ` +
      `target ≥ ${TARGET.rate} updates/s with p95 < ${TARGET.p95} ms at that rate, every update answered: ${met ? "met" : "NOT met"}`,
  );
} finally {
  load.send({ type: "stop" });
  await database.drop();
}
