import type { Tx } from "@innolab/db";
import type { Context } from "../context";
import { coreEnv } from "../env";
import { localNotice, type Notice, redisNotice } from "./notice";

/** Domain events the push engine and other listeners act on. */
export const EVENT_TYPES = [
  "need.submitted",
  "need.published",
  "need.rejected",
  "solution.submitted",
  "solution.published",
  "solution.rejected",
  "match.suggested",
  "match.confirmed",
  "match.proposed",
  "match.proposal_decided",
  "workshop.scheduled",
  "forum.announced",
  "forum.updated",
  "forum.cancelled",
  "registration.created",
  "registration.promoted",
  "registration.cancelled",
  "poc.started",
  "poc.status_changed",
  "adoption.recorded",
  "invitation.redeemed",
  "alert.created",
  "booking.created",
  "booking.decided",
  "booking.cancelled",
  "booking.reminder",
  "forum.reminder",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Records an event in the outbox, in the caller's transaction: it exists only if the change does.
 * Counted in the call's context, so the call can announce it once committed (see trpc.ts).
 */
export async function recordEvent(
  tx: Tx,
  ctx: Pick<Context, "actor" | "source" | "now"> & Partial<Pick<Context, "outbox">>,
  type: EventType,
  payload: Record<string, unknown>,
) {
  if (ctx.outbox) ctx.outbox.recorded++;
  return tx.domainEvent.create({
    data: {
      type,
      payload: payload as object,
      actorId: ctx.actor?.personId ?? null,
      source: ctx.source,
      occurredAt: ctx.now(),
    },
  });
}

let notice: Notice | undefined;

/**
 * Word that events were committed, for the bots' fan-out loops: through Redis when REDIS_URL is
 * set (a change made in the API or the dashboard reaches every bot process), else within this
 * process (a chat's change, its own bot's loop). One per process, made at its first use.
 */
export function eventsRecorded(): Notice {
  notice ??= coreEnv.REDIS_URL ? redisNotice(coreEnv.REDIS_URL, "innolab:push:events-recorded") : localNotice();
  return notice;
}
