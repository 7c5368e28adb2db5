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

/**
 * Records that an update was handled; false if it already was (a re-delivery). One statement,
 * not a transaction: on SQLite the write lock is held for that statement alone, so the other
 * bot processes are not kept waiting while this one's event loop serves other chats.
 */
export async function claimUpdate(db: Db, key: string, now = new Date()): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "ProcessedUpdate" ("key", "createdAt") VALUES (${key}, ${now}) ON CONFLICT ("key") DO NOTHING`;
  return inserted === 1;
}
