import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { createDb } from "@innolab/db";
import { createTestDatabase, postgresReachable, type TestDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtBot } from "./built-bot";
import { REDIS_URL } from "./redis-answers";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const cluster = `${repo}scripts/cluster.mjs`;
const startProd = `${repo}scripts/start-prod.mjs`;
const migrations = `${repo}packages/db/prisma/postgres/migrations`;

/** The operator's command compiled as production runs it (built by test/build.global-setup.ts), from /tmp. */
const operator = (args: string[], databaseUrl: string) =>
  execFileSync(process.execPath, [`${repo}packages/core/dist/innolab.mjs`, ...args], {
    cwd: tmpdir(),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
const reachable = await postgresReachable();

/** The processes that answered /metrics over fresh connections (handed out in turn). */
async function processesAnswering(base: string, tries = 12): Promise<Set<string>> {
  const started = new Set<string>();
  for (let i = 0; i < tries; i++) {
    const text = await fetch(`${base}/metrics`, {
      headers: { connection: "close" },
      signal: AbortSignal.timeout(5_000),
    }).then((r) => r.text());
    const pid = /^innolab_process_info\{pid="(\d+)"\} 1$/m.exec(text)?.[1];
    if (pid) started.add(pid);
  }
  return started;
}

/** An API token for `email`, issued as an operator does in production: the compiled command, plain node. */
function issueToken(email: string, databaseUrl: string): string {
  const issued = operator(["token", "--email", email, "--name", "cluster test", "--days", "1"], databaseUrl);
  const token = /^ilab_\S+$/m.exec(issued)?.[0];
  expect(token).toBeDefined();
  return token!;
}

/** Two HTTP API processes on one port, compiled as deployed, with Redis; ready and both answering. */
async function startApi(databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const apiBase = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [cluster, "api", "2", `${repo}packages/core/dist/serve.mjs`], {
    env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), REDIS_URL, ...env },
    stdio: "ignore",
  });
  const ready = () =>
    fetch(`${apiBase}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
  await expect.poll(ready, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await processesAnswering(apiBase)).size, { timeout: 10_000 }).toBe(2);
  return { api, apiBase };
}

async function stopApi(api: ChildProcess) {
  api.kill("SIGTERM");
  await once(api, "exit");
}

const childrenOf = (pid: number) =>
  execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
    .split("\n")
    .map((s) => Number(s.trim()))
    .filter(Boolean);

describe.skipIf(!reachable)("production start: two bot processes on PostgreSQL and Redis, one port", () => {
  let database: TestDatabase;
  let primary: ChildProcess;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, [cluster, "bot", "2", ...builtBot], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL,
        BOT_PORT: String(port),
        TEAMS_LOCAL_MODE: "1",
        PUSH_ENABLED: "1",
        // Work no notice announced waits 10 s: what goes at once went by a notice.
        PUSH_POLL_MS: "10000",
        TELEGRAM_BOT_TOKEN: "",
      },
      stdio: "ignore",
    });
    for (let tries = 0; tries < 200; tries++) {
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    if (primary.exitCode === null) primary.kill("SIGKILL");
    await database.drop();
  });

  it("a forum created through the API is fanned out by the bot processes at once: the API's notice reaches them through Redis", async () => {
    const { api, apiBase } = await startApi(database.url);
    try {
      const admin = await database.db.person.create({
        data: { displayName: "Forum desk", role: "ADMIN", email: "forums@lab.gov.hk" },
      });
      const token = issueToken(admin.email!, database.url);
      // The bots have looked once since they started and wait their 10 s poll.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const title of ["Forum one", "Forum two"]) {
        const startsAt = new Date(Date.now() + 30 * 86_400_000);
        const forum = {
          title,
          titleZh: title,
          theme: "AI",
          themeZh: "人工智能",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          venue: "Cyberport",
          capacity: 50,
          registrationOpensAt: new Date(),
          registrationClosesAt: startsAt,
        };
        const created = await fetch(`${apiBase}/trpc/forum.create`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          // As a client in any language sends it: dates as ISO strings (see /openapi.json).
          body: JSON.stringify({ json: forum }),
        });
        expect(created.status).toBe(200);
        const answered = Date.now();
        // Fanned out (the event planned into its alert) long before a bot's next poll.
        await expect
          .poll(
            () => database.db.domainEvent.count({ where: { type: "forum.announced", processedAt: { not: null } } }),
            { timeout: 15_000, interval: 20 },
          )
          .toBe(title === "Forum one" ? 1 : 2);
        expect(Date.now() - answered).toBeLessThan(1_500);
      }
    } finally {
      await stopApi(api);
    }
  });

  it("both answer on the one port, ready (database and Redis); one killed is replaced; SIGTERM stops them all", async () => {
    const readiness = await fetch(`${base}/health/ready`);
    expect(await readiness.json()).toEqual({ ok: true, ready: true, checks: { database: "ok", redis: "ok" } });
    await expect.poll(async () => (await processesAnswering(base)).size, { timeout: 10_000 }).toBe(2);
    const workers = childrenOf(primary.pid!);
    expect(workers).toHaveLength(2);
    // One process dies (kill -9): the other goes on answering; a new one takes its place.
    process.kill(workers[0]!, "SIGKILL");
    // Once the primary has seen it go, every request is answered by the one left.
    await expect.poll(() => childrenOf(primary.pid!).includes(workers[0]!), { timeout: 5_000 }).toBe(false);
    for (let i = 0; i < 10; i++) {
      const live = await fetch(`${base}/health/live`, { signal: AbortSignal.timeout(5_000) });
      expect(live.status).toBe(200);
    }
    await expect.poll(() => childrenOf(primary.pid!).length, { timeout: 10_000 }).toBe(2);
    await expect.poll(async () => (await processesAnswering(base)).size, { timeout: 10_000 }).toBe(2);
    // A stop is passed on: every process ends gracefully, the primary too, well within 10 s.
    const stopping = Date.now();
    primary.kill("SIGTERM");
    const [code] = await once(primary, "exit");
    expect(code).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
  });

  it("two API processes on the one port: both answer; a token issued once works on either; its limit, and an account's failed sign-ins, counted once across both", async () => {
    const { api, apiBase } = await startApi(database.url, { API_TOKEN_REQUESTS_PER_MINUTE: "10" });
    try {
      const admin = await database.db.person.create({
        data: { displayName: "Ops", role: "ADMIN", email: "ops@lab.gov.hk" },
      });
      const token = issueToken(admin.email!, database.url);
      // Fresh connections go to each process in turn: both know the token (it lives in the database),
      // and its 10 requests a minute are counted once, in Redis, not 10 per process.
      const call = () =>
        fetch(`${apiBase}/trpc/apiToken.list`, { headers: { authorization: `Bearer ${token}`, connection: "close" } });
      for (let i = 0; i < 10; i++) expect((await call()).status).toBe(200);
      expect([(await call()).status, (await call()).status]).toEqual([429, 429]);
      // So are an account's failed sign-ins: ten wrong passwords, half to each process, lock it on
      // both (counted per process, each would have allowed ten).
      const signIn = (password: string) =>
        fetch(`${apiBase}/trpc/auth.signIn`, {
          method: "POST",
          headers: { "content-type": "application/json", connection: "close" },
          body: JSON.stringify({ json: { email: admin.email, password } }),
        });
      for (let i = 0; i < 10; i++) expect((await signIn(`wrong-${i}`)).status).toBe(401);
      const refused = await signIn("wrong-again");
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain("Too many failed sign-ins");
    } finally {
      // The counts live in Redis for 15 minutes: this run's go with it (the address is every run's).
      const redis = new Redis(REDIS_URL);
      const counts = await redis.keys("innolab:sign-in:*");
      if (counts.length) await redis.del(...counts);
      redis.disconnect();
      await stopApi(api);
    }
  });

  it("the compiled operator commands, run with plain node from outside the repository, migrate a new database", async () => {
    const name = `innolab_operator_${process.pid}`;
    await database.db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await database.db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    const fresh = createDb({ url: url.toString() });
    try {
      expect(operator(["migrate"], url.toString())).toContain("Database schema is up to date.");
      // Every migration applied, and a second run changes nothing.
      operator(["migrate"], url.toString());
      const applied = await fresh.$queryRaw<Array<{ count: bigint }>>`
        SELECT count(*) AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(Number(applied[0]?.count)).toBe(readdirSync(migrations).filter((entry) => /^\d/.test(entry)).length);
      expect(await fresh.serviceNeed.count()).toBe(0);
      // The lab's quarters since launch, read from the new database.
      const kpi = JSON.parse(operator(["kpi", "--json"], url.toString())) as { periods: Array<{ key: string }> };
      expect(kpi.periods[0]?.key).toBe("2019-Q2");
    } finally {
      await fresh.$disconnect();
      await database.db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it("pnpm start:prod refuses settings it cannot run on, before doing anything, and says which", () => {
    const attempt = (env: Record<string, string>) => {
      try {
        execFileSync(process.execPath, [startProd], {
          env: { ...process.env, DATABASE_URL: database.url, REDIS_URL, ...env },
          encoding: "utf8",
          stdio: "pipe",
        });
        return "";
      } catch (error) {
        return String((error as { stderr: string }).stderr);
      }
    };
    expect(attempt({ DATABASE_URL: "file:./innolab.db" })).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(attempt({ REDIS_URL: "", BOT_PROCESSES: "3" })).toContain("REDIS_URL must be set");
    expect(attempt({ REDIS_URL: "", BOT_PROCESSES: "1", API_PROCESSES: "1", DASHBOARD_PROCESSES: "2" })).toContain(
      "REDIS_URL must be set with more than one API or dashboard process",
    );
    expect(attempt({ TELEGRAM_BOT_TOKEN: "123456789:AAtest", TELEGRAM_MODE: "polling", BOT_PROCESSES: "2" })).toContain(
      "TELEGRAM_MODE must be webhook",
    );
    expect(attempt({ API_PROCESSES: "0" })).toContain("API_PROCESSES must be a whole number");
  });
});
