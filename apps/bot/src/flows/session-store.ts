import type { Db } from "@innolab/db";
import type { Session } from "./types";

/** Conversation state per chat, in the database: survives restarts, shared by bot processes. */
export async function loadSession(db: Db, key: string): Promise<Session> {
  const row = await db.chatSession.findUnique({ where: { key } });
  return (row?.data as Session | undefined) ?? {};
}

export async function saveSession(db: Db, key: string, session: Session): Promise<void> {
  const data = JSON.parse(JSON.stringify(session)) as object;
  await db.chatSession.upsert({ where: { key }, create: { key, data }, update: { data } });
}

/** Records that an update was handled; false if it already was (a re-delivery). */
export async function claimUpdate(db: Db, key: string): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { key } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}
