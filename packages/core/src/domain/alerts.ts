import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";
import { countAudience } from "./subscriptions";

export interface AlertInput {
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
  topics: string[];
  critical: boolean;
}

/** Staff compose a broadcast; the push engine turns it into deliveries. */
export async function createAlert(ctx: Context, input: AlertInput) {
  if (input.topics.length === 0) throw new DomainError("EMPTY_AUDIENCE");
  const audienceCount = await countAudience(ctx, input.topics);
  return ctx.db.$transaction(async (tx) => {
    const { topics, ...text } = input;
    const event = await recordEvent(tx, ctx, "alert.created", { topics, critical: input.critical });
    const alert = await tx.alert.create({
      data: {
        ...text,
        kind: "BROADCAST",
        audience: { topics },
        eventId: event.id,
        createdById: ctx.actor!.personId,
        createdAt: ctx.now(),
      },
    });
    await audit(tx, ctx, "create", "Alert", alert.id, { topics, critical: input.critical });
    return { ...alert, audienceCount };
  });
}

export function listAlerts(ctx: Context, filter: { page: number; pageSize: number }) {
  return ctx.db.alert.findMany({
    orderBy: { id: "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}

/** An alert with its delivery counts per state. */
export async function getAlert(ctx: Context, id: number) {
  const alert = found(await ctx.db.alert.findUnique({ where: { id } }), "alert", id);
  const groups = await ctx.db.delivery.groupBy({ by: ["status"], where: { alertId: id }, _count: { _all: true } });
  const counts = { QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0, BLOCKED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return { ...alert, deliveryCounts: counts };
}

/** Each recipient of an alert and where their delivery stands (the delivery log). */
export async function alertDeliveries(ctx: Context, filter: { id: number; page: number; pageSize: number }) {
  found(await ctx.db.alert.findUnique({ where: { id: filter.id } }), "alert", filter.id);
  return ctx.db.delivery.findMany({
    where: { alertId: filter.id },
    select: {
      id: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      nextAttemptAt: true,
      identity: { select: { channel: true, person: { select: { id: true, displayName: true } } } },
    },
    orderBy: { id: "asc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}
