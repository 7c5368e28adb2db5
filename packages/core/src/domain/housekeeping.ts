import type { Db } from "@innolab/db";

const DAY = 86_400_000;

/** How long records nobody needs any more are kept, in days. */
export const RETENTION_DAYS = {
  /** Telegram re-delivers an unacknowledged update for about a day. */
  processedUpdates: 7,
  /** Chat state untouched this long (an unfinished form expires after 12 hours anyway). */
  chatSessions: 30,
  /** Finished deliveries (sent, failed, blocked): the alerts' delivery log. */
  deliveries: 90,
  /** Processed domain events that caused no alert (those that did stay with their alert). */
  events: 90,
} as const;

/** At most this many rows per statement, so each is a short write. */
const BATCH = 5_000;

/** Deletes, batch by batch, the rows `find` returns the keys of; returns how many. */
async function inBatches<K>(find: () => Promise<K[]>, remove: (ids: K[]) => Promise<unknown>) {
  let removed = 0;
  for (;;) {
    const ids = await find();
    if (ids.length === 0) return removed;
    await remove(ids);
    removed += ids.length;
    if (ids.length < BATCH) return removed;
  }
}

/**
 * Housekeeping: removes what no one will read again — handled-update marks, expired web
 * sessions, stale chat state and locks, finished deliveries and processed events past their
 * retention. Safe to run at any time and from several processes (each batch is one statement).
 */
export async function prune(db: Db, now = new Date()) {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const processedUpdates = await inBatches(
    async () =>
      (
        await db.processedUpdate.findMany({
          where: { createdAt: { lt: before(RETENTION_DAYS.processedUpdates) } },
          select: { key: true },
          take: BATCH,
        })
      ).map((row) => row.key),
    (keys) => db.processedUpdate.deleteMany({ where: { key: { in: keys } } }),
  );
  const webSessions = (await db.webSession.deleteMany({ where: { expiresAt: { lt: now } } })).count;
  const chatSessions = await inBatches(
    async () =>
      (
        await db.chatSession.findMany({
          where: { updatedAt: { lt: before(RETENTION_DAYS.chatSessions) } },
          select: { key: true },
          take: BATCH,
        })
      ).map((row) => row.key),
    (keys) => db.chatSession.deleteMany({ where: { key: { in: keys } } }),
  );
  const chatLocks = (await db.chatLock.deleteMany({ where: { until: { lt: BigInt(now.getTime()) } } })).count;
  const deliveries = await inBatches(
    async () =>
      (
        await db.delivery.findMany({
          where: {
            status: { in: ["SENT", "FAILED", "BLOCKED"] },
            createdAt: { lt: before(RETENTION_DAYS.deliveries) },
          },
          select: { id: true },
          take: BATCH,
        })
      ).map((row) => row.id),
    (ids) => db.delivery.deleteMany({ where: { id: { in: ids } } }),
  );
  const events = await inBatches(
    async () =>
      (
        await db.domainEvent.findMany({
          where: { processedAt: { lt: before(RETENTION_DAYS.events) }, alert: { is: null } },
          select: { id: true },
          take: BATCH,
        })
      ).map((row) => row.id),
    (ids) => db.domainEvent.deleteMany({ where: { id: { in: ids } } }),
  );
  return { processedUpdates, webSessions, chatSessions, chatLocks, deliveries, events };
}

/** Housekeeping runs once per this many hours, whichever process gets there first. */
const HOUSEKEEPING_EVERY_HOURS = 6;

/**
 * Runs `prune` if no process has run it in the current period (6 hours): the first process to
 * record the period's mark is elected, the others see the mark and skip. Every process may call
 * this as often as it likes. Returns what was removed, or null when another process had it.
 */
export async function pruneOncePerPeriod(db: Db, now = new Date()) {
  const period = Math.floor(now.getTime() / (HOUSEKEEPING_EVERY_HOURS * 3_600_000));
  try {
    await db.processedUpdate.create({ data: { key: `housekeeping:${period}`, createdAt: now } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return null;
    throw error;
  }
  return prune(db, now);
}
