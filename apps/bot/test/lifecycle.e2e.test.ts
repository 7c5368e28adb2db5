import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@innolab/db/testing";
import { freePort } from "@innolab/db/testing/free-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtBot } from "./built-bot";

describe("the bot process stops on SIGTERM within 5 s, whatever the Bot API does", () => {
  let database: TestDatabase;
  // A Bot API that accepts connections and never answers (unreachable from far away).
  let silent: Server;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
    await database.drop();
  });

  it("polling Telegram, Teams on, alerts on: ready, then SIGTERM ends it in under 5 s", async () => {
    const port = await freePort();
    const started = Date.now();
    const bot = spawn(process.execPath, builtBot, {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BOT_PORT: String(port),
        TELEGRAM_BOT_TOKEN: "123456789:AAtesttoken-for-the-lifecycle-test",
        TELEGRAM_API_ROOT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        TELEGRAM_MODE: "polling",
        TEAMS_LOCAL_MODE: "1",
        PUSH_ENABLED: "1",
      },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => bot.on("exit", (code) => resolve(code)));
    let ready = false;
    for (let tries = 0; tries < 300 && !ready; tries++) {
      ready = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(ready).toBe(true);
    // Live, and ready: its database answers.
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    const readiness = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ ok: true, ready: true, checks: { database: "ok" } });
    console.log(`bot ready in ${Date.now() - started} ms (compiled ahead of time, plain node)`);
    // Let polling and the senders get stuck on the silent Bot API.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stopping = Date.now();
    bot.kill("SIGTERM");
    const code = await exited;
    const took = Date.now() - stopping;
    console.log(`bot stopped ${took} ms after SIGTERM`);
    expect(took).toBeLessThan(5000);
    expect(code).toBe(0);
  }, 60_000);
});
