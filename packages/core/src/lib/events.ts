import type { Tx } from "@innolab/db";
import type { Context } from "../context";

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

/** Records an event in the outbox, in the caller's transaction: it exists only if the change does. */
export async function recordEvent(
  tx: Tx,
  ctx: Pick<Context, "actor" | "source" | "now">,
  type: EventType,
  payload: Record<string, unknown>,
) {
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
