import type { Context } from "../context";
import { coreEnv } from "../env";
import { audit } from "../lib/audit";
import { normaliseCode, randomCode } from "../lib/codes";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";
import { fillFreeSeats, lockForum } from "./forums";
import { hkDate } from "./push/content";

const HOUR = 3_600_000;

const forumSummary = {
  select: { id: true, title: true, titleZh: true, startsAt: true, endsAt: true, venue: true, status: true },
} as const;

/** Registers the actor: a seat if one is free, else the waitlist. Re-registering after a cancel is allowed. */
export function registerForForum(ctx: Context, forumId: number) {
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const forum = await lockForum(tx, forumId);
    const now = ctx.now();
    if (forum.status !== "SCHEDULED" || now < forum.registrationOpensAt || now >= forum.registrationClosesAt) {
      throw new DomainError("REGISTRATION_CLOSED");
    }
    const existing = await tx.forumRegistration.findUnique({
      where: { forumId_personId: { forumId, personId: actor.personId } },
    });
    if (existing && existing.status !== "CANCELLED") throw new DomainError("ALREADY_REGISTERED");
    const status = forum.seatsTaken < forum.capacity ? "REGISTERED" : "WAITLISTED";
    if (status === "REGISTERED")
      await tx.forum.update({ where: { id: forumId }, data: { seatsTaken: { increment: 1 } } });
    const data = {
      status,
      organisationId: actor.organisationId,
      checkInCode: randomCode(3, 4),
      registeredAt: now,
      cancelledAt: null,
      promotedAt: null,
      attendedAt: null,
    } as const;
    const registration = existing
      ? await tx.forumRegistration.update({ where: { id: existing.id }, data, include: { forum: forumSummary } })
      : await tx.forumRegistration.create({
          data: { ...data, forumId, personId: actor.personId },
          include: { forum: forumSummary },
        });
    await audit(tx, ctx, "register", "ForumRegistration", registration.id, { status });
    await recordEvent(tx, ctx, "registration.created", { forumId, registrationId: registration.id, status });
    return registration;
  });
}

export function cancelRegistration(ctx: Context, forumId: number) {
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    await lockForum(tx, forumId);
    const registration = await tx.forumRegistration.findUnique({
      where: { forumId_personId: { forumId, personId: actor.personId } },
    });
    if (!registration || (registration.status !== "REGISTERED" && registration.status !== "WAITLISTED")) {
      throw new DomainError("NOT_REGISTERED");
    }
    const cancelled = await tx.forumRegistration.update({
      where: { id: registration.id },
      data: { status: "CANCELLED", cancelledAt: ctx.now() },
      include: { forum: forumSummary },
    });
    let promoted: number[] = [];
    if (registration.status === "REGISTERED") {
      await tx.forum.update({ where: { id: forumId }, data: { seatsTaken: { decrement: 1 } } });
      promoted = await fillFreeSeats(tx, ctx, forumId);
    }
    await audit(tx, ctx, "cancel", "ForumRegistration", registration.id);
    await recordEvent(tx, ctx, "registration.cancelled", { forumId, registrationId: registration.id });
    return { registration: cancelled, promotedRegistrationIds: promoted };
  });
}

/**
 * Staff scan or type a check-in code at one forum's desk: a code is redeemed once only, only at
 * its own forum, and only on the day (from CHECKIN_OPENS_HOURS_BEFORE the start to
 * CHECKIN_CLOSES_HOURS_AFTER the end) — a code checked in early would count as attendance.
 */
export function checkIn(ctx: Context, input: { forumId: number; code: string }) {
  return ctx.db.$transaction(async (tx) => {
    const checkInCode = normaliseCode(input.code);
    const registration = await tx.forumRegistration.findUnique({
      where: { checkInCode },
      include: { person: { select: { id: true, displayName: true } }, forum: forumSummary },
    });
    if (!registration) throw new DomainError("CHECKIN_UNKNOWN");
    if (registration.forumId !== input.forumId)
      throw new DomainError("CHECKIN_OTHER_FORUM", { title: registration.forum.title });
    const now = ctx.now();
    const opens = new Date(registration.forum.startsAt.getTime() - coreEnv.CHECKIN_OPENS_HOURS_BEFORE * HOUR);
    const closes = new Date(registration.forum.endsAt.getTime() + coreEnv.CHECKIN_CLOSES_HOURS_AFTER * HOUR);
    if (now < opens) throw new DomainError("CHECKIN_NOT_OPEN", { opens: hkDate(ctx.language, opens) });
    if (now > closes) throw new DomainError("CHECKIN_CLOSED");
    // Conditional update: two desks scanning one code at once cannot both succeed.
    const { count } = await tx.forumRegistration.updateMany({
      where: { checkInCode, forumId: input.forumId, status: "REGISTERED" },
      data: { status: "ATTENDED", attendedAt: now },
    });
    if (count === 0) {
      // Read again: another desk may have redeemed it since the read above.
      const { status } = await tx.forumRegistration.findUniqueOrThrow({
        where: { checkInCode },
        select: { status: true },
      });
      if (status === "ATTENDED") throw new DomainError("CHECKIN_USED");
      throw new DomainError("CHECKIN_NOT_CONFIRMED", { status });
    }
    await audit(tx, ctx, "check-in", "ForumRegistration", registration.id);
    return { ...registration, status: "ATTENDED" as const, attendedAt: now };
  });
}

export function myRegistrations(ctx: Context) {
  return ctx.db.forumRegistration.findMany({
    where: { personId: ctx.actor!.personId },
    include: { forum: forumSummary },
    orderBy: { forum: { startsAt: "desc" } },
  });
}

export async function forumRegistrations(ctx: Context, forumId: number) {
  found(await ctx.db.forum.findUnique({ where: { id: forumId } }), "forum", forumId);
  return ctx.db.forumRegistration.findMany({
    where: { forumId },
    include: {
      person: { select: { id: true, displayName: true } },
      organisation: { select: { id: true, nameEn: true, nameZh: true } },
    },
    orderBy: [{ status: "asc" }, { registeredAt: "asc" }, { id: "asc" }],
  });
}
