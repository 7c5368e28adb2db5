// Push benchmark: alerts to N recipients through the real sender (in processes of its own, with
// the bot's settings) against a fake Bot API that enforces the configured rate with 429 +
// retry_after. Reports achieved ÷ configured rate (the baseline is the configured limit
// itself), lost and duplicate messages, and 429s. The crash run kills a sender with SIGKILL
// mid-way (with one process, another is started). With --processes N, N senders share one send
// budget in Redis (REDIS_URL, default redis://127.0.0.1:6379), as bot processes do.
//
//   pnpm bench:push [--databases sqlite,postgres] [--processes 3] [--runs 30,1000,kill]
//   (a run named by a number sends ten seconds' worth at that rate, at least 1,000 messages)
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Db } from "@innolab/db";
import { createTestDatabase, postgresReachable } from "@innolab/db/testing";
import { redisDueSignal } from "../apps/bot/src/push/due-signal";
import { benchArgs } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    databases: { type: "string", default: "sqlite,postgres" },
    processes: { type: "string", default: "1" },
    runs: { type: "string", default: "30,1000,kill" },
  },
});
// The senders run compiled, started with plain node, as the bot runs in production (under tsx
// each process spent seconds of CPU compiling TypeScript while the others were being measured).
execFileSync(
  process.execPath,
  [
    "../scripts/build-service.mjs",
    "push-sender.process.ts",
    "bot-api.process.ts",
    "../apps/bot/src/push/threaded-store.worker.ts",
  ],
  { cwd: import.meta.dirname, stdio: "inherit" },
);
const processes = Number(values.processes);
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** The audience: people with a Telegram chat each. */
async function prepareAudience(db: Db, recipients: number) {
  const people = Array.from({ length: recipients }, (_, i) => ({
    id: i + 1,
    displayName: `r${i}`,
    language: i % 2 ? "zh-HK" : "en",
  }));
  for (let i = 0; i < people.length; i += 2000) await db.person.createMany({ data: people.slice(i, i + 2000) });
  const identities = people.map((p) => ({
    id: p.id,
    personId: p.id,
    channel: "TELEGRAM" as const,
    externalId: `${p.id}`,
    chatId: `${p.id}`,
    language: p.language,
  }));
  for (let i = 0; i < identities.length; i += 2000)
    await db.chatIdentity.createMany({ data: identities.slice(i, i + 2000) });
  // Planner statistics, as autovacuum gathers them on a lab's database long before an alert (with
  // none, PostgreSQL joined deliveries to chats by a nested loop: a claim of 10,000 took 7.7 s).
  await db.$executeRawUnsafe("ANALYZE");
}

/** One alert to people `first`… (`recipients` of them), its deliveries appearing at once (one transaction). */
async function queueAlert(db: Db, first: number, recipients: number) {
  await db.$transaction(async (tx) => {
    const alert = await tx.alert.create({
      data: {
        kind: "BROADCAST",
        titleEn: "Bench",
        titleZh: "測試",
        bodyEn: "b",
        bodyZh: "b",
        audience: { topics: [] },
      },
    });
    const deliveries = Array.from({ length: recipients }, (_, i) => ({ alertId: alert.id, identityId: first + i }));
    for (let i = 0; i < deliveries.length; i += 2000)
      await tx.delivery.createMany({ data: deliveries.slice(i, i + 2000) });
  });
}

function startSender(url: string, telegram: BotApi, rate: number, account?: string): Promise<ChildProcess> {
  const child = fork(
    new URL("./dist/push-sender.process.mjs", import.meta.url),
    [url, telegram.apiRoot, telegram.token, String(rate), ...(account ? [redisUrl, account] : [])],
    // BENCH_CPU_PROF=DIR writes each sender's CPU profile there.
    { execArgv: process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [] },
  );
  return once(child, "message").then(() => child);
}

/** The Bot API stand-in, in its own process (see bot-api.process.ts). */
class BotApi {
  private constructor(
    private readonly child: ChildProcess,
    readonly apiRoot: string,
    readonly token: string,
  ) {}

  static async start(rate: number): Promise<BotApi> {
    // It stands for machines elsewhere: it reads requests as they arrive, before this host's own
    // processes get the CPU. Raised by `nice` as it starts, so that V8's garbage-collection threads
    // are raised too: with only its main thread raised, a collection waited for its helpers behind
    // the senders (stalls of 20–50 ms measured, each read as a burst no sender made). Where
    // raising is not allowed, nice says so and it runs as it is.
    const child = fork(new URL("./dist/bot-api.process.mjs", import.meta.url), [String(rate)], {
      execPath: "nice",
      execArgv: ["-n", "-15", process.execPath, "--expose-gc"],
    });
    const [{ apiRoot, token }] = (await once(child, "message")) as [{ apiRoot: string; token: string }];
    return new BotApi(child, apiRoot, token);
  }

  private ask<T>(question: string): Promise<T> {
    const answer = once(this.child, "message") as Promise<[T]>;
    this.child.send(question);
    return answer.then(([value]) => value);
  }

  async sentCount(): Promise<number> {
    return (await this.ask<{ count: number }>("count")).count;
  }

  report() {
    return this.ask<Received>("report");
  }

  async stop() {
    this.child.disconnect();
    if (this.child.exitCode === null) await once(this.child, "exit");
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** What the stand-in received: each message and 429 (ms since the epoch), and its own stalls ([when, ms]). */
interface Received {
  sent: Array<{ chatId: string; at: number }>;
  tooManyRequestsAt: number[];
  stalls: Array<[number, number]>;
}

/**
 * One alert's figures from what the stand-in received: its chats are people `first`…; its 429s
 * are those answered from its first message until the next alert's. `queuedAt`: when its
 * deliveries were committed. `restarted`: when a killed sender's replacement started (its first
 * second, like the alert's, may draw 429s).
 */
function figures(
  received: Received,
  first: number,
  recipients: number,
  rate: number,
  queuedAt: number,
  restarted?: number,
) {
  const mine = received.sent.filter(({ chatId }) => Number(chatId) >= first && Number(chatId) < first + recipients);
  const perChat = new Map<string, number>();
  for (const message of mine) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
  const duplicates = [...perChat.values()].reduce((sum, n) => sum + (n - 1), 0);
  // The pace while sending: first to last message (process start-up is not sending).
  const times = mine.map((m) => m.at).sort((a, b) => a - b);
  const firstSend = times[0]!;
  const lastSend = times.at(-1)!;
  const achieved = (times.length - 1) / ((lastSend - firstSend) / 1000);
  const nextAlert = Math.min(...received.sent.filter((m) => Number(m.chatId) >= first + recipients).map((m) => m.at));
  const tooMany = received.tooManyRequestsAt.filter((at) => at >= firstSend && at < nextAlert);
  // The first burst: a (re)started sender's first second, when it cannot know what went before.
  const resumed = restarted === undefined ? firstSend : times.find((at) => at >= restarted)!;
  const burst = (at: number) => at < firstSend + 1000 || (at >= resumed && at < resumed + 1000);
  // The margin left: the most messages that arrived within any one second, and the stand-in's
  // longest stall meanwhile (over 15 ms is listed; a stall makes a burst of what came during it).
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  const stalled = received.stalls.filter(([at]) => at >= firstSend && at <= lastSend).map(([, ms]) => ms);
  return (
    `first message ${firstSend - queuedAt} ms after the alert was queued, ` +
    `achieved ${achieved.toFixed(1)}/s = ${(achieved / rate).toFixed(2)} of the configured rate; ` +
    `lost ${recipients - perChat.size}, duplicates ${duplicates}, 429s ${tooMany.length} (after the first burst: ${tooMany.filter((at) => !burst(at)).length}), ` +
    `busiest second ${busiest}, stand-in's longest stall ${stalled.length ? `${Math.max(...stalled)} ms` : "under 15 ms"}`
  );
}

async function run(kind: "sqlite" | "postgres", recipients: number, rate: number, crash: boolean) {
  const database = await createTestDatabase(kind);
  const telegram = await BotApi.start(rate);
  // A rate run sends two alerts: the first as soon as the senders are up (their code still cold,
  // compiled as it goes), the next once the first is done (a bot that has sent before, as a
  // long-running one has). A crash run sends one.
  const alerts = crash ? 1 : 2;
  try {
    await prepareAudience(database.db, recipients * alerts);
    const finishedUpTo = (total: number) => async () =>
      (await database.db.delivery.count({ where: { status: { in: ["SENT", "FAILED", "BLOCKED"] } } })) === total;
    // Several processes draw from one budget in Redis, under an account of this run's own.
    const account = processes > 1 ? `bench:${randomUUID()}` : undefined;
    const senders = await Promise.all(
      Array.from({ length: processes }, () => startSender(database.url, telegram, rate, account)),
    );
    // Queued as the fan-out queues, and announced as it announces: through Redis to every
    // process, or to a lone process as a bot's own fan-out tells its senders.
    const due = account ? redisDueSignal(redisUrl, `${account}:due`) : undefined;
    const queue = async (first: number) => {
      await queueAlert(database.db, first, recipients);
      const committedAt = Date.now();
      if (due) due.notify();
      else for (const sender of senders) sender.send("due");
      return committedAt;
    };
    // The senders are up (each one's database answered a claim) before the alert comes, as a bot's are.
    const started = Date.now();
    const queuedAt = [await queue(1)];
    let inFlightAtKill = 0;
    let restarted: number | undefined;
    let killedAt: number | undefined;
    if (crash) {
      await waitUntil(async () => (await telegram.sentCount()) >= recipients * 0.4, 120_000);
      const victim = senders.shift()!;
      victim.kill("SIGKILL");
      await once(victim, "exit");
      killedAt = Date.now();
      inFlightAtKill = await database.db.delivery.count({ where: { status: "SENDING" } });
      // Alone, a sender is replaced; among several, the others carry on (and take over its leases).
      if (senders.length === 0) {
        restarted = Date.now();
        senders.push(await startSender(database.url, telegram, rate, account));
      }
    }
    // Counted every half second: each count is a query on the database the senders are using.
    await waitUntil(finishedUpTo(recipients), 600_000, 500);
    const seconds = (Date.now() - started) / 1000;
    const afterKill = killedAt === undefined ? undefined : (Date.now() - killedAt) / 1000;
    if (alerts === 2) {
      // A second apart: the first alert's last second of sends is out of the channel's window.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      queuedAt.push(await queue(recipients + 1));
      await waitUntil(finishedUpTo(2 * recipients), 600_000, 500);
    }
    const costs = senders.map(
      (sender) => once(sender, "message") as Promise<[{ cpuSeconds: number; maxRssMb: number }]>,
    );
    for (const sender of senders) sender.send("stop");
    await due?.close();
    const spent = (await Promise.all(costs)).map(([cost]) => cost);
    await Promise.all(senders.map((sender) => sender.exitCode !== null || once(sender, "exit")));
    const cpuSeconds = spent.reduce((sum, cost) => sum + cost.cpuSeconds, 0);
    const maxRssMb = Math.max(...spent.map((cost) => cost.maxRssMb));
    const received = await telegram.report();
    const firstAlert = figures(received, 1, recipients, rate, queuedAt[0]!, restarted);
    // BENCH_SEND_TIMES=PREFIX writes each run's send and 429 times (ms) to PREFIX-<rate>-<time>.json.
    if (process.env.BENCH_SEND_TIMES)
      writeFileSync(
        `${process.env.BENCH_SEND_TIMES}-${rate}-${Date.now()}.json`,
        JSON.stringify({
          sent: received.sent.map((m) => m.at),
          chats: received.sent.map((m) => m.chatId),
          tooManyRequests: received.tooManyRequestsAt,
          standInStalls: received.stalls,
        }),
      );
    const who = processes > 1 ? `${processes} sender processes sharing one budget` : "1 sender process";
    const killed =
      processes > 1
        ? `, one SIGKILLed at 40% (the rest finished ${afterKill?.toFixed(1)} s after; in flight at the kill: ${inFlightAtKill})`
        : `, SIGKILLed at 40% and restarted (in flight at the kill: ${inFlightAtKill})`;
    const nextAlert =
      alerts === 2 ? `; next alert: ${figures(received, recipients + 1, recipients, rate, queuedAt[1]!)}` : "";
    console.log(
      `${kind}, ${who}: ${recipients.toLocaleString("en")} recipients at ${rate}/s${crash ? killed : ""}: ` +
        `${seconds.toFixed(1)} s, ${firstAlert}${nextAlert}; ` +
        `senders' CPU while sending ${cpuSeconds.toFixed(1)} s${crash ? " (survivors)" : ""} = ${((cpuSeconds * 1000) / (recipients * alerts)).toFixed(2)} ms a message, peak RSS ${maxRssMb.toFixed(0)} MB`,
    );
  } finally {
    await telegram.stop();
    await database.drop();
  }
}

for (const kind of values.databases.split(",").map((d) => d.trim()) as Array<"sqlite" | "postgres">) {
  if (kind === "postgres" && !(await postgresReachable())) {
    console.log("postgres: not reachable, skipped");
    continue;
  }
  // A number is a rate: ten seconds of it (at least 1,000 recipients); "kill" is 1,000 at 100/s with a kill.
  for (const name of values.runs.split(",").map((r) => r.trim())) {
    if (name === "kill") await run(kind, 1_000, 100, true);
    else await run(kind, Math.max(1_000, 10 * Number(name)), Number(name), false);
  }
}
