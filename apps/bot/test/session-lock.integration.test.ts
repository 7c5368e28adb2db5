import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeEachDatabase } from "@innolab/db/testing";
import { expect, it } from "vitest";
import { loadSession } from "../src/flows/session-store";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 40;

/** Two bot processes updating one chat's session at the same time; the count both reached. */
async function race(databaseUrl: string, locked: boolean): Promise<void> {
  const startAt = Date.now() + 2500;
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(path.join(appDir, "node_modules/.bin/tsx"), ["test/session-lock.worker.ts"], {
        cwd: appDir,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          ROUNDS: String(ROUNDS),
          LOCKED: locked ? "1" : "0",
          START_AT: String(startAt),
        },
        stdio: "inherit",
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
    });
  await Promise.all([worker(), worker()]);
}

describeEachDatabase("sessions: one chat's updates one at a time across two bot processes", (database) => {
  const key = "TEAMS:conv-race:aad-race";
  const count = async () => ((await loadSession(database().db, key)) as { count?: number }).count ?? 0;

  it("without the lock, two processes lose each other's writes (the hazard is real)", async () => {
    await database().db.chatSession.deleteMany({ where: { key } });
    await race(database().url, false);
    expect(await count()).toBeLessThan(2 * ROUNDS);
  }, 60_000);

  it("with the chat lock, every update of both processes is kept, and no lock is left behind", async () => {
    await database().db.chatSession.deleteMany({ where: { key } });
    await race(database().url, true);
    expect(await count()).toBe(2 * ROUNDS);
    expect(await database().db.chatLock.count()).toBe(0);
  }, 60_000);
});
