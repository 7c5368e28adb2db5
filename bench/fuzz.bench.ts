// Hostile load on the running product, measured as an operator would: the HTTP API
// (`innolab serve`), the bot (Telegram webhook mode and Teams, shipped settings) and the
// dashboard (`next start`), each its own process on one seeded SQLite file, with a Bot API
// stand-in. After a warm-up of the same traffic, each process's memory (RSS of the process and
// its children) is read, then the fuzz runs, then memory is read again.
// Target: no answer >= 500 (but the Bot Framework's 501 for an unimplemented invoke), no
// secret in any log, and each process's memory after the fuzz within 1.5x of before.
//
//   pnpm bench:fuzz [--api 5000] [--bot 4000] [--dashboard 2000] [--concurrency 8] [--rounds 3]
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { auth } from "@innolab/core";
import { seed } from "@innolab/db";
import { createTestDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import { BUTTON_DATA, CHAT_TEXTS } from "../apps/bot/test/chat-fuzz-input";
import { FakeConnector } from "../apps/bot/test/fake-connector";
import { FakeTelegram } from "../apps/bot/test/fake-telegram";
import { input, random, SECRETS, STACK, wire } from "../packages/core/test/fuzz-input";
import { allProcedures } from "../packages/core/test/procedures";
import { benchArgs } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    api: { type: "string", default: "5000" },
    bot: { type: "string", default: "4000" },
    dashboard: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "8" },
    // The fuzz in rounds, memory read after each: a leak keeps climbing, a heap settling flattens.
    rounds: { type: "string", default: "3" },
  },
});
const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = path.join(root, "node_modules/tsx/dist/loader.mjs");
const SECRET = "bench-fuzz-webhook-secret-0123";
const PASSWORD = "bench fuzz demo password";

/** Resident memory of a process and its descendants, in MiB (from /proc). */
function rssMiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0);
    } catch {}
    queue.push(...(children.get(current) ?? []));
  }
  return total / 1024;
}

interface Service {
  name: string;
  child: ChildProcess;
  log: string[];
  base: string;
}

async function startService(name: string, command: string[], env: Record<string, string>, base: string, cwd = root) {
  const child = spawn(process.execPath, command, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "pipe",
  });
  const log: string[] = [];
  child.stdout?.on("data", (chunk) => log.push(String(chunk)));
  child.stderr?.on("data", (chunk) => log.push(String(chunk)));
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${base}/health`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) break;
    if (tries > 300 || child.exitCode !== null) throw new Error(`${name} did not start:\n${log.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { name, child, log, base } satisfies Service;
}

/** Runs `count` requests made by `make`, `concurrency` at a time; counts statuses. */
async function drive(count: number, make: (i: number) => Promise<Response>, statuses: Map<number, number>) {
  let next = 0;
  const problems: string[] = [];
  const worker = async () => {
    while (next < count) {
      const i = next++;
      try {
        const response = await make(i);
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 && response.status !== 501)
          problems.push(`#${i}: ${response.status} ${text.slice(0, 120)}`);
        if (STACK.test(text) || SECRETS.test(text)) problems.push(`#${i}: stack or secret in the answer`);
      } catch (error) {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        problems.push(`#${i}: ${String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
  return problems;
}

const database = await createTestDatabase("sqlite");
await seed.seedDemo(database.db);
for (const email of [seed.DEMO_ADMIN_EMAIL, seed.DEMO_MANAGER_EMAIL])
  await auth.setPassword(database.db, email, PASSWORD);
const telegram = new FakeTelegram();
const connector = new FakeConnector();
await Promise.all([telegram.start(), connector.start()]);
const dashboardDir = path.join(root, "apps/dashboard");
if (!existsSync(path.join(dashboardDir, ".next/BUILD_ID"))) throw new Error("Build the dashboard first: pnpm build");
const [apiPort, botPort, dashboardPort] = await Promise.all([freePort(), freePort(), freePort()]);
const env = { DATABASE_URL: database.url, HOST: "127.0.0.1" };
const services = await Promise.all([
  startService(
    "api",
    ["--import", tsx, "packages/core/src/cli/innolab.ts", "serve", "--port", String(apiPort)],
    env,
    `http://127.0.0.1:${apiPort}`,
  ),
  startService(
    "bot",
    ["--import", tsx, "apps/bot/src/main.ts"],
    {
      ...env,
      BOT_PORT: String(botPort),
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_MODE: "webhook",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TEAMS_LOCAL_MODE: "1",
    },
    `http://127.0.0.1:${botPort}`,
  ),
  startService(
    "dashboard",
    [
      path.join(dashboardDir, "node_modules/next/dist/bin/next"),
      "start",
      "--port",
      String(dashboardPort),
      "--hostname",
      "127.0.0.1",
    ],
    env,
    `http://127.0.0.1:${dashboardPort}`,
    dashboardDir,
  ),
]);
const [api, bot, dashboard] = services as [Service, Service, Service];

const procedures = allProcedures();
function apiRequest(r: ReturnType<typeof random>, base: string, prefix: string, headers: Record<string, string> = {}) {
  const procedure = r.pick(procedures);
  if (procedure.type === "query" && r.next() < 0.6) {
    return fetch(`${base}${prefix}/${procedure.path}?input=${encodeURIComponent(wire(input(r)).slice(0, 6_000))}`, {
      headers,
    });
  }
  const body = r.next() < 0.2 ? r.pick(["", "{", "null", "[]", "\u0000"]) : wire(input(r));
  return fetch(`${base}${prefix}/${procedure.path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

const texts = CHAT_TEXTS;
const buttons = BUTTON_DATA;
function botRequest(r: ReturnType<typeof random>, i: number) {
  const chat = 50_000 + Math.floor(r.next() * 200);
  if (r.next() < 0.25) {
    const activity = {
      type: r.pick(["message", "message", "conversationUpdate", "invoke"]),
      id: `f-${i}`,
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      from: { id: `29:f${chat}`, name: `Fuzz Person ${chat}`, aadObjectId: `aad-f${chat}` },
      recipient: { id: "28:bot" },
      conversation: { id: `conv-f${chat}` },
      ...(r.next() < 0.5 ? { text: r.pick(texts) } : { value: { a: r.pick(buttons) } }),
    };
    return fetch(`${bot.base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
  }
  const roll = r.next();
  const update =
    roll < 0.45
      ? telegram.pushText(chat, r.pick(texts), r.pick(["en", "zh-HK"]))
      : roll < 0.9
        ? telegram.pushButton(chat, r.pick(buttons))
        : { update_id: 9_000_000 + i, message: r.pick([null, {}, { text: 5 }]) };
  return fetch(`${bot.base}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
}

const pages = [
  "/",
  "/needs",
  "/solutions",
  "/forums",
  "/showroom",
  "/sign-in",
  "/needs?page=99999999999",
  "/needs?page=1e309",
  "/needs?area=%27%20OR%201%3D1",
  "/needs?text=%ED%A0%80",
  "/needs/99999999999999999999",
  "/forums/abc",
  "/sign-in?error=__proto__",
  "/showroom?status=__proto__",
  "/needs?text=signboard",
  "/kpi",
  "/admin",
];
function dashboardRequest(r: ReturnType<typeof random>) {
  if (r.next() < 0.5) return fetch(`${dashboard.base}${r.pick(pages)}`, { redirect: "manual" });
  return apiRequest(r, dashboard.base, "/api/trpc", { origin: dashboard.base });
}

async function run(seedValue: number, scale: number) {
  const statuses = {
    api: new Map<number, number>(),
    bot: new Map<number, number>(),
    dashboard: new Map<number, number>(),
  };
  const r = random(seedValue);
  const problems = await Promise.all([
    drive(Math.round(Number(values.api) * scale), () => apiRequest(r, api.base, "/trpc"), statuses.api),
    drive(Math.round(Number(values.bot) * scale), (i) => botRequest(r, i), statuses.bot),
    drive(Math.round(Number(values.dashboard) * scale), () => dashboardRequest(r), statuses.dashboard),
  ]);
  return { statuses, problems };
}

const started = Date.now();
await run(1, 0.1); // warm-up: JIT, caches, connection pools, Next's route compilation
await new Promise((resolve) => setTimeout(resolve, 2_000));
const before = services.map((s) => rssMiB(s.child.pid!));
const rounds = Number(values.rounds);
const statuses = {
  api: new Map<number, number>(),
  bot: new Map<number, number>(),
  dashboard: new Map<number, number>(),
};
const problems: string[][] = [];
const memory: number[][] = [];
for (let round = 0; round < rounds; round++) {
  const result = await run(20261130 + round, 1 / rounds);
  for (const [name, map] of Object.entries(result.statuses)) {
    const total = statuses[name as keyof typeof statuses];
    for (const [status, n] of map) total.set(status, (total.get(status) ?? 0) + n);
  }
  problems.push(...result.problems);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  memory.push(services.map((s) => rssMiB(s.child.pid!)));
}
const after = memory.at(-1)!;

console.log(
  `\nfuzz of the running product (${((Date.now() - started) / 1000).toFixed(0)} s, SQLite, shipped settings)`,
);
console.log(
  "process     requests  statuses                                       RSS before → after (ratio)   target ≤ 1.5×",
);
services.forEach((service, i) => {
  const map = statuses[service.name as keyof typeof statuses];
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  const ratio = after[i]! / before[i]!;
  console.log(
    `${service.name.padEnd(11)} ${String(total).padStart(8)}  ${JSON.stringify(Object.fromEntries(map)).padEnd(46)} ${before[i]!.toFixed(0).padStart(5)} → ${memory.map((m) => m[i]!.toFixed(0)).join(" → ")} MiB (${ratio.toFixed(2)}×)   ${ratio <= 1.5 ? "met" : "NOT met"}`,
  );
});
const logs = services.map((s) => s.log.join("")).join("\n");
const leaks = [
  ["bot token", logs.includes(telegram.token) || logs.includes(telegram.token.split(":")[1]!)],
  ["demo password", logs.includes(PASSWORD)],
  ["password hash", /scrypt\$/.test(logs)],
  ["a Telegram user's name", /User5\d{4}/.test(logs)],
  ["a Teams user's name", /Fuzz Person/.test(logs)],
] as const;
console.log(
  `log lines written: ${logs.split("\n").length}; secrets or names in them: ${
    leaks
      .filter(([, found]) => found)
      .map(([what]) => what)
      .join(", ") || "none"
  }`,
);
const failures = problems.flat();
console.log(
  `answers >= 500 (but 501) or with a stack/secret: ${failures.length}${failures.length ? `\n  ${failures.slice(0, 10).join("\n  ")}` : ""}`,
);
const alive = await Promise.all(
  services.map((s) =>
    fetch(`${s.base}/health`).then(
      (r) => r.status < 500,
      () => false,
    ),
  ),
);
console.log(`still answering: ${services.map((s, i) => `${s.name} ${alive[i] ? "yes" : "NO"}`).join(", ")}`);

for (const service of services) service.child.kill("SIGTERM");
await Promise.all([telegram.stop(), connector.stop()]);
await database.drop();
process.exit(failures.length || leaks.some(([, found]) => found) || alive.includes(false) ? 1 : 0);
