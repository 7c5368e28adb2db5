import type { Tx } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { assertOrder, found } from "../lib/guards";

export interface ForumInput {
  title: string;
  titleZh: string;
  theme: string;
  themeZh: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  partnerId?: number | null;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
}

function assertForumDates(
  input: Pick<ForumInput, "startsAt" | "endsAt" | "registrationOpensAt" | "registrationClosesAt">,
) {
  assertOrder(input.startsAt, input.endsAt, { earlier: "startsAt", later: "endsAt" });
  assertOrder(input.registrationOpensAt, input.registrationClosesAt, {
    earlier: "registrationOpensAt",
    later: "registrationClosesAt",
  });
  if (input.registrationClosesAt > input.endsAt) {
    throw new DomainError("DATES_OUT_OF_ORDER", { earlier: "registrationClosesAt", later: "endsAt" });
  }
}

export function createForum(ctx: Context, input: ForumInput) {
  assertForumDates(input);
  return ctx.db.$transaction(async (tx) => {
    if (input.partnerId)
      found(await tx.organisation.findUnique({ where: { id: input.partnerId } }), "organisation", input.partnerId);
    const forum = await tx.forum.create({ data: { ...input, createdAt: ctx.now() } });
    await audit(tx, ctx, "create", "Forum", forum.id, { ...input });
    await recordEvent(tx, ctx, "forum.announced", { forumId: forum.id });
    return forum;
  });
}

export function updateForum(ctx: Context, id: number, changes: Partial<ForumInput>) {
  return ctx.db.$transaction(async (tx) => {
    const forum = found(await tx.forum.findUnique({ where: { id } }), "forum", id);
    if (forum.status === "CANCELLED")
      throw new DomainError("INVALID_STATUS", { entity: "forum", status: forum.status, action: "changed" });
    assertForumDates({ ...forum, ...changes });
    if (changes.capacity !== undefined && changes.capacity < forum.seatsTaken) {
      throw new DomainError("CAPACITY_BELOW_TAKEN", { taken: forum.seatsTaken });
    }
    await tx.forum.update({
      where: { id },
      data: { ...changes, registrationVersion: { increment: 1 } },
    });
    if (changes.capacity !== undefined && changes.capacity > forum.seatsTaken) await fillFreeSeats(tx, ctx, id);
    await audit(tx, ctx, "update", "Forum", id, { ...changes });
    const moved = changes.startsAt !== undefined || changes.endsAt !== undefined || changes.venue !== undefined;
    await recordEvent(tx, ctx, "forum.updated", { forumId: id, moved });
    return tx.forum.findUniqueOrThrow({ where: { id } });
  });
}

export function cancelForum(ctx: Context, id: number) {
  return ctx.db.$transaction(async (tx) => {
    const forum = found(await tx.forum.findUnique({ where: { id } }), "forum", id);
    if (forum.status !== "SCHEDULED")
      throw new DomainError("INVALID_STATUS", { entity: "forum", status: forum.status, action: "cancelled" });
    const cancelled = await tx.forum.update({
      where: { id },
      data: { status: "CANCELLED", registrationVersion: { increment: 1 } },
    });
    await audit(tx, ctx, "cancel", "Forum", id);
    await recordEvent(tx, ctx, "forum.cancelled", { forumId: id });
    return cancelled;
  });
}

export function markForumHeld(ctx: Context, id: number) {
  return ctx.db.$transaction(async (tx) => {
    const forum = found(await tx.forum.findUnique({ where: { id } }), "forum", id);
    if (forum.status !== "SCHEDULED")
      throw new DomainError("INVALID_STATUS", { entity: "forum", status: forum.status, action: "marked held" });
    // Held is a fact of the past: the KPIs count held forums.
    if (forum.startsAt > ctx.now()) throw new DomainError("FORUM_NOT_STARTED");
    const held = await tx.forum.update({ where: { id }, data: { status: "HELD" } });
    await audit(tx, ctx, "hold", "Forum", id);
    return held;
  });
}

export function listForums(
  ctx: Context,
  filter: { when: "upcoming" | "past" | "all"; page: number; pageSize: number },
) {
  const now = ctx.now();
  const where =
    filter.when === "upcoming" ? { endsAt: { gte: now } } : filter.when === "past" ? { endsAt: { lt: now } } : {};
  return ctx.db.forum.findMany({
    where,
    include: { partner: { select: { id: true, nameEn: true, nameZh: true } } },
    orderBy: { startsAt: filter.when === "upcoming" ? "asc" : "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}

export async function getForum(ctx: Context, id: number) {
  const forum = found(
    await ctx.db.forum.findUnique({
      where: { id },
      include: { partner: { select: { id: true, nameEn: true, nameZh: true } } },
    }),
    "forum",
    id,
  );
  const waitlisted = await ctx.db.forumRegistration.count({ where: { forumId: id, status: "WAITLISTED" } });
  return { ...forum, seatsLeft: Math.max(0, forum.capacity - forum.seatsTaken), waitlisted };
}

/**
 * Takes the forum's row lock before any change to its registrations: concurrent registrations,
 * cancellations and promotions of one forum then run one after another on both databases.
 */
export async function lockForum(tx: Tx, forumId: number) {
  const { count } = await tx.forum.updateMany({
    where: { id: forumId },
    data: { registrationVersion: { increment: 1 } },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", { entity: "forum", id: forumId });
  return tx.forum.findUniqueOrThrow({ where: { id: forumId } });
}

/** Promotes waitlisted registrations, oldest first, into free seats. Call with the forum locked. */
export async function fillFreeSeats(tx: Tx, ctx: Context, forumId: number) {
  const forum = await tx.forum.findUniqueOrThrow({ where: { id: forumId } });
  let free = forum.capacity - forum.seatsTaken;
  const promoted: number[] = [];
  while (free > 0) {
    const next = await tx.forumRegistration.findFirst({
      where: { forumId, status: "WAITLISTED" },
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    });
    if (!next) break;
    await tx.forumRegistration.update({
      where: { id: next.id },
      data: { status: "REGISTERED", promotedAt: ctx.now() },
    });
    await tx.forum.update({ where: { id: forumId }, data: { seatsTaken: { increment: 1 } } });
    await recordEvent(tx, ctx, "registration.promoted", { forumId, registrationId: next.id, personId: next.personId });
    promoted.push(next.id);
    free -= 1;
  }
  return promoted;
}
