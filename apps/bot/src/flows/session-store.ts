import { type Db, jsonColumn } from "@innolab/db";
import type { Session } from "./types";

/** Conversation state per chat, in the database: survives restarts, shared by bot processes. */
export async function loadSession(db: Db, key: string): Promise<Session> {
  // In SQL: it runs for every message, and the ORM's lookup costs twice as much.
  const [row] = await db.$queryRaw<Array<{ data: unknown }>>`SELECT "data" FROM "ChatSession" WHERE "key" = ${key}`;
  return (jsonColumn(row?.data) as Session | undefined) ?? {};
}

export async function saveSession(db: Db, key: string, session: Session): Promise<void> {
  const data = JSON.parse(JSON.stringify(session)) as object;
  await db.chatSession.upsert({ where: { key }, create: { key, data }, update: { data } });
}

/** Whether an update was already handled (Telegram re-delivers what it thinks failed). */
export async function alreadyHandled(db: Db, key: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM "ProcessedUpdate" WHERE "key" = ${key}`;
  return rows.length > 0;
}

/**
 * Records that an update was handled, after its work is done: a crash before this line means
 * the update comes again and is handled again (at least once), never lost. One statement, not
 * a transaction, so SQLite's write lock is held for that statement alone.
 */
export async function markHandled(db: Db, key: string, now = new Date()): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${key}, ${now}) ON CONFLICT ("key") DO NOTHING`;
}
