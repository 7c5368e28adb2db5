import type { Db, DomainEvent } from "@innolab/db";
import type { EventType } from "../../lib/events";
import { logError } from "../../lib/log";
import { type Audience, recipientsOf } from "./audience";
import { planAlert } from "./plan";
import { insertDeliveries } from "./queue-deliveries";
import { deliveryTime } from "./schedule";

/** Recipients queued per transaction: short enough to never near a transaction timeout. */
const FAN_OUT_BATCH = 2_000;
/** How long one call queues batches before new events are looked at again. */
const CALL_BUDGET_MS = 1_000;
const ANALYZE_AFTER = 5_000;
const ANALYZE_EVERY_MS = 10_000;
let queuedSinceAnalyze = 0;
let analyzedAt = 0;

/**
 * A large fan-out changes the table's shape at once; without fresh statistics PostgreSQL picks a
 * poor plan for the senders' claims until autovacuum catches up (measured: 3× slower). Refreshed
 * after 5,000 new rows, at most every 10 s while a large fan-out goes on.
 */
async function refreshStatistics(db: Db, queued: number) {
  queuedSinceAnalyze += queued;
  if (queuedSinceAnalyze < ANALYZE_AFTER || performance.now() - analyzedAt < ANALYZE_EVERY_MS) return;
  queuedSinceAnalyze = 0;
  analyzedAt = performance.now();
  await db.$executeRawUnsafe('ANALYZE "Delivery"');
}

/**
 * Turns one domain event into its alert (not yet its deliveries) and marks it processed, in one
 * short transaction: a crash leaves both or neither. The unique alert per event makes a second
 * process attempting the same event fail harmlessly. A staff broadcast's alert already exists.
 */
async function planEvent(db: Db, event: DomainEvent, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.domainEvent.updateMany({
      where: { id: event.id, processedAt: null },
      data: { processedAt: now },
    });
    if (claimed.count === 0 || event.type === "alert.created") return;
    if (await tx.alert.findUnique({ where: { eventId: event.id }, select: { id: true } })) return;
    const plan = await planAlert(tx, event);
    if (!plan) return;
    const { audience, actions, ...fields } = plan;
    await tx.alert.create({
      data: {
        ...fields,
        audience: audience as object,
        actions: actions as object[] | undefined,
        eventId: event.id,
        createdAt: now,
      },
    });
  });
}

interface FanningAlert {
  id: number;
  audience: unknown;
  critical: boolean;
  fanOutCursor: number;
}

/**
 * Queues the next batch of an alert's deliveries (one per recipient, each due when their
 * preferences allow) in its own transaction, and moves the alert's cursor past them. The cursor
 * moves only from where this batch began, so two processes never queue the same batch; a crash
 * loses nothing, since the next batch starts from the cursor last committed.
 */
async function queueNextBatch(db: Db, alert: FanningAlert, now: Date, size: number) {
  return db.$transaction(async (tx) => {
    const recipients = await recipientsOf(tx, alert.audience as Audience, { after: alert.fanOutCursor, take: size });
    const done = recipients.length < size;
    const moved = await tx.alert.updateMany({
      where: { id: alert.id, fanOutCursor: alert.fanOutCursor, fanOutDoneAt: null },
      data: { fanOutCursor: recipients.at(-1)?.identityId ?? alert.fanOutCursor, fanOutDoneAt: done ? now : null },
    });
    if (moved.count === 0) return 0;
    const rows = recipients.map((r) => ({
      identityId: r.identityId,
      nextAttemptAt: deliveryTime(now, r, alert.critical),
      digest: r.digestMode === "DAILY" && !alert.critical,
    }));
    await insertDeliveries(db, tx, alert.id, rows, now);
    return recipients.length;
  });
}

/**
 * Plans pending domain events in order, then queues deliveries for alerts still fanning out:
 * critical alerts first, one batch per alert in turn, so a large alert never holds up a small
 * one and senders start on the first batches while the rest are queued. Returns how many events
 * were planned, how many deliveries queued, and whether fan-out work remains.
 */
export async function fanOutPendingEvents(
  db: Db,
  options: {
    now?: Date;
    limit?: number;
    batchSize?: number;
    batches?: number;
    budgetMs?: number;
    /** Told after each batch of deliveries is committed (so senders start while fan-out goes on). */
    onQueued?: () => void;
  } = {},
): Promise<{ events: number; deliveries: number; pending: boolean }> {
  const now = options.now ?? new Date();
  const events = await db.domainEvent.findMany({
    where: { processedAt: null },
    orderBy: { id: "asc" },
    take: options.limit ?? 100,
  });
  for (const event of events) {
    try {
      await planEvent(db, event, now);
    } catch (error) {
      // Another process planned it first (unique alert per event): nothing to do. Any other
      // failure is logged and retried on the next call, without holding up the events after it.
      if ((error as { code?: string }).code !== "P2002") logError("push", `planning event ${event.id}`, error);
    }
  }
  // Rounds of one batch per alert, critical first; the list is read again each round so an alert
  // created meanwhile (a forum cancelled) waits one batch, not the whole call.
  const budgetEnds = performance.now() + (options.budgetMs ?? CALL_BUDGET_MS);
  let deliveries = 0;
  let pending = false;
  let batches = options.batches ?? Number.POSITIVE_INFINITY;
  // An alert whose batch failed (logged) waits for the next call; the others go on meanwhile.
  const failed = new Set<number>();
  while (batches > 0) {
    const fanning = (
      await db.alert.findMany({
        where: { fanOutDoneAt: null },
        orderBy: [{ critical: "desc" }, { id: "asc" }],
        select: { id: true, audience: true, critical: true, fanOutCursor: true },
        take: 100,
      })
    ).filter((alert) => !failed.has(alert.id));
    pending = fanning.length > 0;
    if (!pending || performance.now() >= budgetEnds) break;
    for (const alert of fanning) {
      if (batches-- <= 0 || performance.now() >= budgetEnds) break;
      const queued = await queueNextBatch(db, alert, now, options.batchSize ?? FAN_OUT_BATCH).catch(
        (error: unknown) => {
          logError("push", `fan-out of alert ${alert.id}`, error);
          failed.add(alert.id);
          return 0;
        },
      );
      if (queued > 0) options.onQueued?.();
      deliveries += queued;
    }
  }
  await refreshStatistics(db, deliveries);
  return { events: events.length, deliveries, pending };
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
