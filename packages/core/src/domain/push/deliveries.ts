import { randomUUID } from "node:crypto";
import { type Channel, type Db, dialectOf, jsonColumn, Prisma, quickExecute, quickQuery } from "@innolab/db";
import type { AlertAction } from "./plan";

export interface ClaimOptions {
  channel: Channel;
  /** Who claims (a sender process): its leases are its own. */
  owner: string;
  limit: number;
  /** How long a claim holds; a sender that dies lets it lapse and another takes over. */
  leaseMs: number;
  now?: Date;
}

interface AlertText {
  id: number;
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
  critical: boolean;
}

/** One message to send: a single alert, or a recipient's daily digest of several. */
export interface ClaimedDelivery {
  /** The first delivery's id; `ids` holds every delivery this message settles. */
  id: number;
  ids: number[];
  attempts: number;
  /** This claim's lease: only its holder may record the outcome. */
  leaseOwner: string;
  /** One alert, or a digest's alerts in the order they were raised. */
  alerts: AlertText[];
  /** Records a single alert offers to open (none in a digest). */
  actions: AlertAction[];
  identity: { id: number; externalId: string; chatId: string | null; conversationRef: unknown; language: string };
}

/**
 * Takes the first due deliveries of a channel, oldest due first, under `token`'s lease, in one
 * statement: two senders asking at once get different deliveries (PostgreSQL skips rows another
 * claim has locked; SQLite has one writer at a time), where reading first and updating after let
 * every sender but one find its batch taken and sleep a poll (measured: a third process's first
 * claim came 8 s after the first one's). Raw SQL, because every sender polls this every second
 * and the ORM planned it anew each time.
 */
async function takeDue(db: Db, channel: Channel, limit: number, now: Date, token: string, leaseExpiresAt: Date) {
  // Which deliveries: PostgreSQL reads each state from the index (see dueOf); SQLite, with one
  // writer and small labs, in one query.
  const [first, chosen] =
    dialectOf(db) === "postgres"
      ? [
          Prisma.sql`WITH queued AS (${dueOf("QUEUED", channel, limit, now)}), lapsed AS (${dueOf("SENDING", channel, limit, now)}) `,
          Prisma.sql`SELECT "id" FROM (SELECT * FROM queued UNION ALL SELECT * FROM lapsed) due
            ORDER BY "nextAttemptAt", "id" LIMIT ${limit}`,
        ]
      : [
          Prisma.empty,
          Prisma.sql`SELECT d."id"
            FROM "Delivery" d JOIN "ChatIdentity" i ON i."id" = d."identityId"
            WHERE d."status" IN ('QUEUED', 'SENDING') AND d."nextAttemptAt" <= ${now}
              AND (d."leaseExpiresAt" IS NULL OR d."leaseExpiresAt" < ${now})
              AND i."channel" = ${channel} AND i."blocked" = ${false}
            ORDER BY d."nextAttemptAt", d."id"
            LIMIT ${limit}`,
        ];
  const rows = await quickQuery<{ id: number | bigint; identityId: number | bigint; digest: boolean | number }>(
    db,
    Prisma.sql`${first}UPDATE "Delivery"
      SET "status" = 'SENDING', "leaseOwner" = ${token}, "leaseExpiresAt" = ${leaseExpiresAt}
      WHERE "id" IN (${chosen})
      RETURNING "id", "identityId", "digest"`,
  );
  return rows.map((row) => ({ id: Number(row.id), identityId: Number(row.identityId), digest: Boolean(row.digest) }));
}

/**
 * PostgreSQL: the first due deliveries in one state, locked (skipping rows another claim holds).
 * One state at a time and ordered by due time alone, so the (status, nextAttemptAt) index yields
 * them in order and the scan stops at `limit`; the chat is checked per row by its key, whatever
 * the planner's statistics. Over both states, ordered by due time and id, a claim sorted every
 * due row (500 of a million due: 1.0–1.5 s, now 25–35 ms, measured), and with no statistics its
 * join became a nested loop (7.7 s for 10,000).
 */
function dueOf(status: "QUEUED" | "SENDING", channel: Channel, limit: number, now: Date) {
  return Prisma.sql`SELECT d."id", d."nextAttemptAt" FROM "Delivery" d
    WHERE d."status" = ${Prisma.raw(`'${status}'`)} AND d."nextAttemptAt" <= ${now}
      AND (d."leaseExpiresAt" IS NULL OR d."leaseExpiresAt" < ${now})
      AND (SELECT i."channel" = ${channel} AND NOT i."blocked" FROM "ChatIdentity" i WHERE i."id" = d."identityId")
    ORDER BY d."nextAttemptAt"
    LIMIT ${limit} FOR UPDATE OF d SKIP LOCKED`;
}

/** A claim's deliveries with their alert and chat, in the order they were queued (raw SQL: see `takeDue`). */
function claimedRows(db: Db, token: string) {
  return quickQuery<{
    id: number | bigint;
    attempts: number | bigint;
    digest: boolean | number;
    alertId: number | bigint;
    titleEn: string;
    titleZh: string;
    bodyEn: string;
    bodyZh: string;
    critical: boolean | number;
    actions: unknown;
    identityId: number | bigint;
    externalId: string;
    chatId: string | null;
    conversationRef: unknown;
    language: string;
  }>(
    db,
    Prisma.sql`SELECT d."id", d."attempts", d."digest", a."id" AS "alertId", a."titleEn", a."titleZh", a."bodyEn",
        a."bodyZh", a."critical", a."actions", i."id" AS "identityId", i."externalId", i."chatId",
        i."conversationRef", i."language"
      FROM "Delivery" d JOIN "Alert" a ON a."id" = d."alertId" JOIN "ChatIdentity" i ON i."id" = d."identityId"
      WHERE d."leaseOwner" = ${token}
      ORDER BY d."id"`,
  );
}

/**
 * Claims due deliveries for a channel with a lease. The claim is a conditional update, so two
 * senders never hold the same delivery; an expired lease (a sender died) can be claimed again.
 * A recipient's due digest deliveries are claimed together and come back as one message.
 */
export async function claimDeliveries(db: Db, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  const now = options.now ?? new Date();
  const lapsed = { OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] };
  const claimable = { status: { in: ["QUEUED" as const, "SENDING" as const] }, nextAttemptAt: { lte: now }, ...lapsed };
  const token = `${options.owner}:${randomUUID()}`;
  const leaseExpiresAt = new Date(now.getTime() + options.leaseMs);
  const due = await takeDue(db, options.channel, options.limit, now, token, leaseExpiresAt);
  // Nothing due (an idle sender's every poll): nothing to read back.
  if (due.length === 0) return [];
  const digestReaders = [...new Set(due.filter((row) => row.digest).map((row) => row.identityId))];
  if (digestReaders.length > 0) {
    // The rest of these readers' digests, so that each gets one message, not one per batch; a
    // conditional update: rows another sender took in between keep its token and are not ours.
    await db.delivery.updateMany({
      where: { ...claimable, digest: true, identityId: { in: digestReaders } },
      data: { status: "SENDING", leaseOwner: token, leaseExpiresAt },
    });
  }
  const rows = await claimedRows(db, token);
  const messages: ClaimedDelivery[] = [];
  const digests = new Map<number, ClaimedDelivery>();
  for (const row of rows) {
    const id = Number(row.id);
    const attempts = Number(row.attempts);
    const digest = Boolean(row.digest);
    const alert = {
      id: Number(row.alertId),
      titleEn: row.titleEn,
      titleZh: row.titleZh,
      bodyEn: row.bodyEn,
      bodyZh: row.bodyZh,
      critical: Boolean(row.critical),
    };
    const identity = {
      id: Number(row.identityId),
      externalId: row.externalId,
      chatId: row.chatId,
      conversationRef: jsonColumn(row.conversationRef),
      language: row.language,
    };
    const combined = digest ? digests.get(identity.id) : undefined;
    if (combined) {
      combined.ids.push(id);
      combined.alerts.push(alert);
      combined.actions = [];
      combined.attempts = Math.max(combined.attempts, attempts);
      continue;
    }
    const actions = jsonColumn(row.actions);
    const message = {
      id,
      ids: [id],
      attempts,
      leaseOwner: token,
      alerts: [alert],
      actions: Array.isArray(actions) ? (actions as AlertAction[]) : [],
      identity,
    };
    if (digest) digests.set(identity.id, message);
    messages.push(message);
  }
  return messages;
}

/**
 * Marks sent deliveries, many at once, if their claims still hold; how many it marked. A sender
 * calls these two many times a second: they are single statements over an id list run by
 * `quickExecute` (the ORM compiled each updateMany anew, its id list being part of the query:
 * most of the sender's database thread at 1,000 messages a second).
 */
export function recordSent(db: Db, leaseOwner: string, ids: number[], now = new Date()): Promise<number> {
  return quickExecute(
    db,
    Prisma.sql`UPDATE "Delivery"
      SET "status" = 'SENT', "sentAt" = ${now}, "attempts" = "attempts" + 1, "leaseOwner" = NULL, "leaseExpiresAt" = NULL
      WHERE "id" IN (${idList(db, ids)}) AND "leaseOwner" = ${leaseOwner} AND "status" = 'SENDING'`,
  );
}

/**
 * Extends the lease of a claim still being worked on: leases stay short (a dead sender's claim
 * lapses within seconds) without a long batch outliving its own. Returns how many it holds.
 */
export function renewLease(db: Db, leaseOwner: string, leaseMs: number, now = new Date()): Promise<number> {
  return quickExecute(
    db,
    Prisma.sql`UPDATE "Delivery" SET "leaseExpiresAt" = ${new Date(now.getTime() + leaseMs)}
      WHERE "leaseOwner" = ${leaseOwner} AND "status" = 'SENDING'`,
  );
}

/** A list of ids as one bound value: a PostgreSQL array, a JSON array on SQLite. */
function idList(db: Db, ids: number[]): Prisma.Sql {
  return dialectOf(db) === "postgres"
    ? Prisma.sql`SELECT unnest(${ids}::int[])`
    : Prisma.sql`SELECT "value" FROM json_each(${JSON.stringify(ids)})`;
}

export type DeliveryOutcome =
  | { kind: "sent" }
  /** The channel said "too many requests": try again after this long; not the delivery's fault. */
  | { kind: "rate-limited"; retryAfterMs: number }
  /** 5xx or a network error: back off and try again, up to the limit. */
  | { kind: "transient"; error: string }
  /** The user blocked the bot (403): stop sending to them. */
  | { kind: "blocked"; error: string }
  /** Anything else the channel refused (400: chat not found…). */
  | { kind: "failed"; error: string };

export const MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 10 * 60_000;

/** Records how a send went, if this sender still holds the lease. */
export async function recordOutcome(
  db: Db,
  delivery: { id: number; ids?: number[]; attempts: number; identityId: number },
  owner: string,
  outcome: DeliveryOutcome,
  now = new Date(),
) {
  const mine = { id: { in: delivery.ids ?? [delivery.id] }, leaseOwner: owner, status: "SENDING" as const };
  const release = { leaseOwner: null, leaseExpiresAt: null };
  switch (outcome.kind) {
    case "sent":
      return db.delivery.updateMany({
        where: mine,
        data: { ...release, status: "SENT", sentAt: now, attempts: delivery.attempts + 1 },
      });
    case "rate-limited":
      return db.delivery.updateMany({
        where: mine,
        data: { ...release, status: "QUEUED", nextAttemptAt: new Date(now.getTime() + outcome.retryAfterMs) },
      });
    case "transient": {
      const attempts = delivery.attempts + 1;
      const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
      return db.delivery.updateMany({
        where: mine,
        data:
          attempts >= MAX_ATTEMPTS
            ? { ...release, status: "FAILED", attempts, lastError: outcome.error }
            : {
                ...release,
                status: "QUEUED",
                attempts,
                lastError: outcome.error,
                nextAttemptAt: new Date(now.getTime() + backoff),
              },
      });
    }
    case "blocked":
      return db.$transaction(async (tx) => {
        await tx.chatIdentity.update({ where: { id: delivery.identityId }, data: { blocked: true, blockedAt: now } });
        // Everything else queued for this person stays until they come back.
        return tx.delivery.updateMany({
          where: mine,
          data: { ...release, status: "BLOCKED", attempts: delivery.attempts + 1, lastError: outcome.error },
        });
      });
    case "failed":
      return db.delivery.updateMany({
        where: mine,
        data: { ...release, status: "FAILED", attempts: delivery.attempts + 1, lastError: outcome.error },
      });
  }
}
