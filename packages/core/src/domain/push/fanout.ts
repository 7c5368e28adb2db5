import type { Db, DomainEvent, Tx } from "@innolab/db";
import type { EventType } from "../../lib/events";
import { type Audience, recipientsOf } from "./audience";
import { planAlert } from "./plan";
import { deliveryTime } from "./schedule";

const CHUNK = 1_000;
const ANALYZE_AFTER = 5_000;

/** One delivery per recipient, each due when their preferences allow. */
async function queueDeliveries(
  tx: Tx,
  alertId: number,
  audience: Audience,
  critical: boolean,
  now: Date,
): Promise<number> {
  const recipients = await recipientsOf(tx, audience);
  const rows = recipients.map((r) => ({
    alertId,
    identityId: r.identityId,
    nextAttemptAt: deliveryTime(now, r, critical),
    digest: r.digestMode === "DAILY" && !critical,
    createdAt: now,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.delivery.createMany({ data: rows.slice(i, i + CHUNK) });
  return rows.length;
}

/**
 * Turns one domain event into its alert and deliveries, and marks it processed — all in one
 * transaction, so a crash leaves either everything or nothing. The unique alert per event and
 * delivery per (alert, identity) make a second process attempting the same event fail harmlessly.
 */
async function fanOutEvent(db: Db, event: DomainEvent, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.domainEvent.updateMany({
      where: { id: event.id, processedAt: null },
      data: { processedAt: now },
    });
    if (claimed.count === 0) return 0;
    const existing = await tx.alert.findUnique({
      where: { eventId: event.id },
      include: { _count: { select: { deliveries: true } } },
    });
    // Fanned out before (the event was re-queued by hand): nothing more to do.
    if (existing && existing._count.deliveries > 0) return 0;
    if (event.type === "alert.created") {
      // Staff composed it: the alert exists; its audience is its topics.
      if (!existing) return 0;
      const { topics } = existing.audience as { topics: string[] };
      return queueDeliveries(tx, existing.id, { topics }, existing.critical, now);
    }
    const plan = await planAlert(tx, event);
    if (!plan || existing) return 0;
    const { audience, actions, ...fields } = plan;
    const alert = await tx.alert.create({
      data: {
        ...fields,
        audience: audience as object,
        actions: actions as object[] | undefined,
        eventId: event.id,
        createdAt: now,
      },
    });
    return queueDeliveries(tx, alert.id, audience, plan.critical, now);
  });
}

/** Processes pending domain events in order; returns how many deliveries were queued. */
export async function fanOutPendingEvents(
  db: Db,
  options: { now?: Date; limit?: number } = {},
): Promise<{ events: number; deliveries: number }> {
  const now = options.now ?? new Date();
  const events = await db.domainEvent.findMany({
    where: { processedAt: null },
    orderBy: { id: "asc" },
    take: options.limit ?? 100,
  });
  let deliveries = 0;
  for (const event of events) {
    try {
      deliveries += await fanOutEvent(db, event, now);
    } catch (error) {
      // Another process handled it first (unique alert per event): nothing to do.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  // A large fan-out changes the table's shape at once; without fresh statistics PostgreSQL picks
  // a poor plan for the senders' claims until autovacuum catches up (measured: 3× slower).
  if (deliveries >= ANALYZE_AFTER) await db.$executeRawUnsafe('ANALYZE "Delivery"');
  return { events: events.length, deliveries };
}

/**
 * Records a reminder event for each subject (a forum, a booking) that has not had one. A marker
 * row with a unique key makes each reminder once-only, whichever process gets there first.
 */
export async function recordRemindersOnce(
  db: Db,
  subjects: Array<{ key: string; type: EventType; payload: Record<string, unknown> }>,
  now: Date,
): Promise<number> {
  let created = 0;
  for (const subject of subjects) {
    try {
      await db.$transaction(async (tx) => {
        await tx.processedUpdate.create({ data: { key: subject.key } });
        await tx.domainEvent.create({
          data: { type: subject.type, payload: subject.payload as object, source: "cli", occurredAt: now },
        });
      });
      created++;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return created;
}

/** Records a reminder event for each forum starting within a day that has not had one. */
export async function scheduleForumReminders(db: Db, now: Date = new Date()): Promise<number> {
  const soon = await db.forum.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now, lte: new Date(now.getTime() + 24 * 3_600_000) } },
    select: { id: true },
  });
  const reminders = soon.map((forum) => ({
    key: `forum-reminder:${forum.id}`,
    type: "forum.reminder" as const,
    payload: { forumId: forum.id },
  }));
  return recordRemindersOnce(db, reminders, now);
}
