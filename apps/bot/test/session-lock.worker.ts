// One "bot process" of the session-lock test: read-modify-write the same chat's session many
// times, with or without the chat lock, starting at an agreed moment.
import { setTimeout as sleep } from "node:timers/promises";
import { createDb } from "@innolab/db";
import { loadSession, saveSession, withChatLock } from "../src/flows/session-store";

const db = createDb({ url: process.env.DATABASE_URL });
const key = "TEAMS:conv-race:aad-race";
const rounds = Number(process.env.ROUNDS);
const locked = process.env.LOCKED === "1";
await sleep(Math.max(0, Number(process.env.START_AT) - Date.now()));
const update = async () => {
  const session = (await loadSession(db, key)) as { count?: number };
  await sleep(2); // the flow's API calls between reading and writing the session
  await saveSession(db, key, { ...session, count: (session.count ?? 0) + 1 } as never);
};
for (let round = 0; round < rounds; round++) {
  await (locked ? withChatLock(db, key, update) : update());
}
await db.$disconnect();
