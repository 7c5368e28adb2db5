import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { localDueSignal, redisDueSignal } from "../src/push/due-signal";
import { REDIS_URL, redisAnswers } from "./redis-answers";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const available = await redisAnswers();

describe("deliveries due: an idle sender wakes when the fan-out queues a batch", () => {
  it("in one process: a notice ends the wait at once; without one, the wait lasts its time", async () => {
    const due = localDueSignal();
    const started = Date.now();
    const waited = due.wait(5_000).then(() => Date.now() - started);
    setTimeout(() => due.notify(), 20);
    expect(await waited).toBeLessThan(500);
    const quiet = Date.now();
    await due.wait(150);
    expect(Date.now() - quiet).toBeGreaterThanOrEqual(140);
  });

  it("with Redis unreachable, a notice is not an error and senders poll as before", async () => {
    const due = redisDueSignal("redis://127.0.0.1:1");
    expect(() => due.notify()).not.toThrow();
    const started = Date.now();
    await due.wait(150);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await due.close();
  });
});

describe.skipIf(!available)("deliveries due across processes, through Redis", () => {
  const channel = `test:due:${randomUUID()}`;
  const waiter = spawn(path.join(appDir, "node_modules/.bin/tsx"), ["test/due-signal.worker.ts"], {
    cwd: appDir,
    env: { ...process.env, REDIS_URL, CHANNEL: channel },
    stdio: ["ignore", "pipe", "inherit"],
  });
  /** When each of the other process's waits ended (ms since the epoch). */
  const wakes: number[] = [];
  waiter.stdout.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line) wakes.push(Number(line));
  });
  afterAll(async () => {
    waiter.kill("SIGKILL");
    if (waiter.exitCode === null) await once(waiter, "exit");
  });

  it("a notice in one process wakes a sender waiting (10 s) in another within 200 ms", async () => {
    const due = redisDueSignal(REDIS_URL, channel);
    try {
      // Until the other process has subscribed, notices are missed (its poll covers that).
      await expect
        .poll(
          () => {
            due.notify();
            return wakes.length;
          },
          { timeout: 15_000, interval: 200 },
        )
        .toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = wakes.length;
      const notifiedAt = Date.now();
      due.notify();
      await expect.poll(() => wakes.length, { timeout: 5_000, interval: 10 }).toBe(before + 1);
      expect(wakes.at(-1)! - notifiedAt).toBeLessThan(200);
    } finally {
      await due.close();
    }
  });
});
