import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { REDIS_URL, redisAnswers } from "./redis-answers";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PER_SECOND = 40;
const SENDS = 40;

const available = await redisAnswers();

interface Grant {
  chat: string;
  at: number;
  process: number;
}

/** Three sender processes drawing SENDS slots each, from one shared budget or each its own. */
async function threeSenders(shared: boolean, pauseInFirst = false): Promise<Grant[]> {
  const account = `test:${randomUUID()}`;
  const startAt = Date.now() + 2500;
  const one = (index: number) =>
    new Promise<Grant[]>((resolve, reject) => {
      const child = spawn(path.join(appDir, "node_modules/.bin/tsx"), ["test/send-budget.worker.ts"], {
        cwd: appDir,
        env: {
          ...process.env,
          REDIS_URL,
          ACCOUNT: account,
          SHARED: shared ? "1" : "0",
          SENDS: String(SENDS),
          PER_SECOND: String(PER_SECOND),
          START_AT: String(startAt),
          NAME: `p${index}`,
          ...(pauseInFirst && index === 0 ? { PAUSE_AFTER: "10" } : {}),
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0
          ? resolve((JSON.parse(out) as Grant[]).map((grant) => ({ ...grant, process: index })))
          : reject(new Error(`sender ${index} exited ${code}`)),
      );
    });
  const all = await Promise.all([one(0), one(1), one(2)]);
  return all.flat().sort((a, b) => a.at - b.at);
}

/** The most sends granted within any one second. */
function busiestSecond(grants: Grant[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < grants.length; i++) {
    while (grants[i]!.at - grants[j]!.at >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe.skipIf(!available)("one send budget shared by three sender processes, in Redis", () => {
  beforeAll(() => {
    expect(available).toBe(true);
  });

  it("each process on its own budget sends three times the channel's rate (the hazard is real)", async () => {
    const grants = await threeSenders(false);
    expect(busiestSecond(grants)).toBeGreaterThan(2 * PER_SECOND);
  }, 60_000);

  it("sharing one budget, the three together keep to the rate and space each chat by more than its interval", async () => {
    const grants = await threeSenders(true);
    expect(grants).toHaveLength(3 * SENDS);
    // At most the rate in any second (a timer may fire a millisecond late, never early).
    expect(busiestSecond(grants)).toBeLessThanOrEqual(PER_SECOND);
    // And not much under it: the 114 messages to chats of their own, at 40/s, take about 3 s.
    const own = grants.filter((grant) => grant.chat !== "common");
    const took = own.at(-1)!.at - own[0]!.at;
    expect(took).toBeLessThan((own.length / PER_SECOND) * 1000 * 1.2);
    // The chat all three write to: one message per second at most, with the margin.
    const common = grants.filter((grant) => grant.chat === "common");
    expect(new Set(common.map((grant) => grant.process)).size).toBe(3);
    for (let i = 1; i < common.length; i++) expect(common[i]!.at - common[i - 1]!.at).toBeGreaterThanOrEqual(1095);
  }, 60_000);

  it("a 429 seen by one process pauses all three", async () => {
    const grants = await threeSenders(true, true);
    // After the first process's eleventh send it pauses the budget for a second: nobody sends then.
    const paused = grants.filter((grant) => grant.process === 0)[10]!.at;
    // (The pause is set a moment after that send: allow the sends already booked before it.)
    const next = grants.find((grant) => grant.at > paused + 5);
    expect(next!.at - paused).toBeGreaterThanOrEqual(950);
  }, 60_000);
});
