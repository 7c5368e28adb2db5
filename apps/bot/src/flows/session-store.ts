import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { type Db, dialectOf, jsonColumn, Prisma, quickExecute, quickQuery } from "@innolab/db";
import type { Session } from "./types";

// Every statement here runs for every message the bot receives: in SQL, run by `quickQuery`.

/** Conversation state per chat, in the database: survives restarts, shared by bot processes. */
export async function loadSession(db: Db, key: string): Promise<Session> {
  const [row] = await quickQuery<{ data: unknown }>(
    db,
    Prisma.sql`SELECT "data" FROM "ChatSession" WHERE "key" = ${key}`,
  );
  return (jsonColumn(row?.data) as Session | undefined) ?? {};
}

export async function saveSession(db: Db, key: string, session: Session, now = new Date()): Promise<void> {
  const json = JSON.stringify(session);
  const data = dialectOf(db) === "postgres" ? Prisma.sql`CAST(${json} AS jsonb)` : Prisma.sql`${json}`;
  await quickExecute(
    db,
    Prisma.sql`INSERT INTO "ChatSession" ("key", "data", "updatedAt") VALUES (${key}, ${data}, ${now})
      ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "updatedAt" = excluded."updatedAt"`,
  );
}

/** Whether an update was already handled (Telegram re-delivers what it thinks failed). */
export async function alreadyHandled(db: Db, key: string): Promise<boolean> {
  const rows = await quickQuery(db, Prisma.sql`SELECT 1 AS "handled" FROM "ProcessedUpdate" WHERE "key" = ${key}`);
  return rows.length > 0;
}

/**
 * Records that an update was handled, after its work is done: a crash before this line means
 * the update comes again and is handled again (at least once), never lost. One statement, not
 * a transaction, so SQLite's write lock is held for that statement alone.
 */
export async function markHandled(db: Db, key: string, now = new Date()): Promise<void> {
  await quickExecute(
    db,
    Prisma.sql`INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${key}, ${now}) ON CONFLICT ("key") DO NOTHING`,
  );
}

/** How long a lock holds if its holder dies mid-update (its lease runs out). */
const LOCK_LEASE_MS = 30_000;
/** How long an update waits for the one before it in the same chat before going ahead anyway. */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `work` while holding the chat's lock, so that the updates of one chat (one person in one
 * conversation) are handled one at a time across every bot process: each reads the session the
 * previous one wrote. One conditional upsert takes the lock (free, or its lease over); released
 * by deleting the row. Waits with backoff; after LOCK_WAIT_MS it goes ahead rather than leave
 * the user unanswered.
 */
export async function withChatLock<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  const owner = randomUUID();
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    const taken = await quickExecute(
      db,
      Prisma.sql`INSERT INTO "ChatLock" ("key", "owner", "until") VALUES (${key}, ${owner}, ${now + LOCK_LEASE_MS})
        ON CONFLICT ("key") DO UPDATE SET "owner" = ${owner}, "until" = ${now + LOCK_LEASE_MS}
        WHERE "ChatLock"."until" < ${now}`,
    );
    if (taken > 0 || now - started > LOCK_WAIT_MS) break;
    await sleep(Math.min(2 * 2 ** attempt, 50));
  }
  try {
    return await work();
  } finally {
    await quickExecute(db, Prisma.sql`DELETE FROM "ChatLock" WHERE "key" = ${key} AND "owner" = ${owner}`);
  }
}
