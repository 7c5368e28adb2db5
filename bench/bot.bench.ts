// Bot throughput: Telegram updates per second handled in webhook mode on SQLite, with p50/p95
// latency of each webhook call (it returns once the update is handled and answered). The bot
// runs as --processes processes on one SQLite file (it is built for several instances); the
// fake Bot API and the load run in another process. Baseline, measured in the same run with
// the same processes: a bot that answers "ok" to everything — the ceiling set by HTTP, grammY
// and the fake.
//
//   pnpm bench:bot [--updates 3000] [--concurrency 16] [--processes 2]
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { seed } from "@innolab/db";
import { createTestDatabase } from "@innolab/db/testing";
import { benchArgs } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    updates: { type: "string", default: "3000" },
    concurrency: { type: "string", default: "16" },
    processes: { type: "string", default: "2" },
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
}

const load = start("./bot-load.process.ts");
const [ready] = (await once(load, "message")) as [{ apiRoot: string; token: string }];

async function drive(mode: "baseline" | "innolab", url: string, label: string): Promise<Result> {
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < Number(values.processes); i++) {
    const server = start("./bot-server.process.ts", [mode, url, ready.apiRoot, ready.token, SECRET]);
    const [{ port }] = (await once(server, "message")) as [{ port: number }];
    servers.push(server);
    urls.push(`http://127.0.0.1:${port}/telegram/webhook`);
  }
  load.send({
    type: "run",
    urls,
    secret: SECRET,
    total: Number(values.updates),
    concurrency: Number(values.concurrency),
    warmup: 100,
  });
  const [result] = (await once(load, "message")) as [Result];
  for (const server of servers) {
    server.send("stop");
    await once(server, "exit");
  }
  console.log(
    `${label}: ${values.updates} updates in ${result.seconds.toFixed(1)} s = ${result.rate.toFixed(0)} updates/s; p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms; failed ${result.failed}`,
  );
  return result;
}

const database = await createTestDatabase("sqlite");
try {
  await seed.seedDemo(database.db, { today: new Date() });
  await database.db.$disconnect();
  const processes = `${values.processes} process${values.processes === "1" ? "" : "es"}`;
  const baseline = await drive("baseline", database.url, `baseline, answers "ok" (${processes})`);
  const ours = await drive("innolab", database.url, `InnoLab bot, flows on SQLite (${processes})`);
  const met = ours.rate >= TARGET.rate && ours.p95 < TARGET.p95;
  console.log(
    `InnoLab ÷ baseline throughput: ${(ours.rate / baseline.rate).toFixed(2)}; target ≥ ${TARGET.rate} updates/s with p95 < ${TARGET.p95} ms: ${met ? "met" : "NOT met"}`,
  );
} finally {
  load.send({ type: "stop" });
  await database.drop();
}
