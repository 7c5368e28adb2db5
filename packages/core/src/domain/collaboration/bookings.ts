import type { Resource, Tx } from "@innolab/db";
import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { hongKongTime } from "../../lib/clock";
import { DomainError } from "../../lib/errors";
import { recordEvent } from "../../lib/events";
import { assertOrder, found } from "../../lib/guards";
import { roleInGroup } from "../../roles";
import { describeHours, isoWeekday, openDaysOf, withinOpeningHours } from "./hours";
import { lockResource } from "./resources";

export const BOOKING_RULES = { maxHours: 8, daysAhead: 90, slotMinutes: 60 } as const;

/** Bookings that hold their slot. */
const HOLDING = ["PENDING", "CONFIRMED"] as const;

const names = (resource: Resource) => ({ resource: resource.nameEn, resourceZh: resource.nameZh });

/** Units of a resource taken in [startsAt, endsAt) by bookings that hold their slot. */
async function unitsTaken(tx: Tx, resourceId: number, startsAt: Date, endsAt: Date, exceptId?: number) {
  const overlapping = await tx.booking.findMany({
    where: {
      resourceId,
      status: { in: [...HOLDING] },
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { startsAt: true, endsAt: true, quantity: true },
  });
  // The most units in use at any moment of the window: check at each booking's start.
  const moments = [startsAt, ...overlapping.map((b) => b.startsAt).filter((t) => t > startsAt)];
  return Math.max(
    0,
    ...moments.map((moment) =>
      overlapping.filter((b) => b.startsAt <= moment && b.endsAt > moment).reduce((sum, b) => sum + b.quantity, 0),
    ),
  );
}

export interface BookingInput {
  resourceId: number;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
  quantity: number;
}

/**
 * Books a resource. Under the resource's lock: open and bookable by the caller's role, inside
 * opening hours (Hong Kong time), not in the past, not too long or far ahead, and free — a
 * meeting area once, equipment up to its quantity. Needs approval → PENDING (holding the slot).
 */
export function createBooking(ctx: Context, input: BookingInput) {
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const resource = await lockResource(tx, input.resourceId);
    if (!resource.active) throw new DomainError("RESOURCE_CLOSED", names(resource));
    if (actor.role !== "ADMIN" && !resource.bookableBy.split(",").includes(actor.role)) {
      throw new DomainError("ROLE_CANNOT_BOOK", { role: actor.role, ...names(resource) });
    }
    assertOrder(input.startsAt, input.endsAt, { earlier: "startsAt", later: "endsAt" });
    const now = ctx.now();
    if (input.startsAt < now) throw new DomainError("BOOKING_IN_PAST");
    if (input.startsAt.getTime() > now.getTime() + BOOKING_RULES.daysAhead * 86_400_000) {
      throw new DomainError("BOOKING_TOO_FAR", { days: BOOKING_RULES.daysAhead });
    }
    if (input.endsAt.getTime() - input.startsAt.getTime() > BOOKING_RULES.maxHours * 3_600_000) {
      throw new DomainError("BOOKING_TOO_LONG", { hours: BOOKING_RULES.maxHours });
    }
    if (!withinOpeningHours(resource, input.startsAt, input.endsAt)) {
      throw new DomainError("OUTSIDE_OPENING_HOURS", { ...names(resource), ...describeHours(resource) });
    }
    // A meeting area is booked whole; equipment by the unit.
    const quantity = resource.kind === "MEETING_AREA" ? resource.capacity : input.quantity;
    if (quantity > resource.capacity) {
      throw new DomainError("QUANTITY_TOO_LARGE", { capacity: resource.capacity, ...names(resource) });
    }
    const taken = await unitsTaken(tx, resource.id, input.startsAt, input.endsAt);
    if (taken + quantity > resource.capacity) throw new DomainError("SLOT_TAKEN", names(resource));
    const booking = await tx.booking.create({
      data: {
        resourceId: resource.id,
        personId: actor.personId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        purpose: input.purpose,
        quantity,
        status: resource.needsApproval ? "PENDING" : "CONFIRMED",
        createdAt: now,
      },
      include: { resource: true },
    });
    await audit(tx, ctx, "create", "Booking", booking.id, { ...input });
    await recordEvent(tx, ctx, "booking.created", { bookingId: booking.id, status: booking.status });
    return booking;
  });
}

/** Staff block a resource out (maintenance): the whole resource, refused if someone holds the time. */
export function blockOut(ctx: Context, input: { resourceId: number; startsAt: Date; endsAt: Date; reason: string }) {
  return ctx.db.$transaction(async (tx) => {
    const resource = await lockResource(tx, input.resourceId);
    assertOrder(input.startsAt, input.endsAt, { earlier: "startsAt", later: "endsAt" });
    if ((await unitsTaken(tx, resource.id, input.startsAt, input.endsAt)) > 0) {
      throw new DomainError("SLOT_TAKEN", names(resource));
    }
    const booking = await tx.booking.create({
      data: {
        resourceId: resource.id,
        personId: ctx.actor!.personId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        purpose: input.reason,
        quantity: resource.capacity,
        maintenance: true,
        createdAt: ctx.now(),
      },
    });
    await audit(tx, ctx, "block-out", "Booking", booking.id, { ...input });
    return booking;
  });
}

/** The booker (or staff) cancels; the slot is free again at once. */
export function cancelBooking(ctx: Context, id: number) {
  return ctx.db.$transaction(async (tx) => {
    const existing = found(await tx.booking.findUnique({ where: { id } }), "booking", id);
    await lockResource(tx, existing.resourceId);
    const actor = ctx.actor!;
    if (existing.personId !== actor.personId && !roleInGroup(actor.role, "staff")) {
      throw new DomainError("BOOKING_NOT_YOURS");
    }
    const { count } = await tx.booking.updateMany({
      where: { id, status: { in: [...HOLDING] } },
      data: { status: "CANCELLED", cancelledAt: ctx.now() },
    });
    if (count === 0) {
      throw new DomainError("INVALID_STATUS", { entity: "booking", status: existing.status, action: "cancelled" });
    }
    await audit(tx, ctx, "cancel", "Booking", id);
    await recordEvent(tx, ctx, "booking.cancelled", { bookingId: id });
    return tx.booking.findUniqueOrThrow({ where: { id }, include: { resource: true } });
  });
}

/** Staff approve or reject a booking waiting for approval; the booker is told. */
export function decideBooking(
  ctx: Context,
  input: { id: number; decision: "APPROVE" | "REJECT"; reason?: string | null },
) {
  if (input.decision === "REJECT" && !input.reason) throw new DomainError("REASON_REQUIRED");
  return ctx.db.$transaction(async (tx) => {
    const existing = found(await tx.booking.findUnique({ where: { id: input.id } }), "booking", input.id);
    const status = input.decision === "APPROVE" ? "CONFIRMED" : "REJECTED";
    const { count } = await tx.booking.updateMany({
      where: { id: input.id, status: "PENDING" },
      data: { status, decidedAt: ctx.now(), reason: input.reason ?? null },
    });
    if (count === 0) {
      throw new DomainError("INVALID_STATUS", { entity: "booking", status: existing.status, action: "decided" });
    }
    await audit(tx, ctx, input.decision.toLowerCase(), "Booking", input.id, { reason: input.reason });
    await recordEvent(tx, ctx, "booking.decided", { bookingId: input.id, status });
    return tx.booking.findUniqueOrThrow({ where: { id: input.id }, include: { resource: true } });
  });
}

export function myBookings(ctx: Context) {
  return ctx.db.booking.findMany({
    where: {
      personId: ctx.actor!.personId,
      maintenance: false,
      endsAt: { gt: new Date(ctx.now().getTime() - 30 * 86_400_000) },
    },
    include: { resource: true },
    orderBy: { startsAt: "asc" },
  });
}

/** A day's slots of a resource (Hong Kong time) and how many units each has free. */
export async function availability(ctx: Context, input: { resourceId: number; day: string }) {
  const resource = found(
    await ctx.db.resource.findUnique({ where: { id: input.resourceId } }),
    "resource",
    input.resourceId,
  );
  const open = resource.active && openDaysOf(resource).includes(isoWeekday(input.day));
  const step = BOOKING_RULES.slotMinutes;
  const slots: Array<{ startsAt: Date; endsAt: Date; free: number }> = [];
  if (!open) return { resource, slots };
  const dayStart = hongKongTime(input.day, resource.opensAtMin);
  const dayEnd = hongKongTime(input.day, resource.closesAtMin);
  const bookings = await ctx.db.booking.findMany({
    where: {
      resourceId: resource.id,
      status: { in: [...HOLDING] },
      startsAt: { lt: dayEnd },
      endsAt: { gt: dayStart },
    },
    select: { startsAt: true, endsAt: true, quantity: true },
  });
  const now = ctx.now();
  for (let minute = resource.opensAtMin; minute + step <= resource.closesAtMin; minute += step) {
    const startsAt = hongKongTime(input.day, minute);
    const endsAt = new Date(startsAt.getTime() + step * 60_000);
    if (startsAt < now) continue;
    const used = bookings
      .filter((b) => b.startsAt < endsAt && b.endsAt > startsAt)
      .reduce((sum, b) => sum + b.quantity, 0);
    slots.push({ startsAt, endsAt, free: Math.max(0, resource.capacity - used) });
  }
  return { resource, slots };
}

/** Staff's calendar: every booking and block-out in a window. */
export function bookingCalendar(ctx: Context, input: { from: Date; to: Date; resourceId?: number }) {
  return ctx.db.booking.findMany({
    where: {
      startsAt: { lt: input.to },
      endsAt: { gt: input.from },
      status: { in: ["PENDING", "CONFIRMED"] },
      ...(input.resourceId ? { resourceId: input.resourceId } : {}),
    },
    include: {
      resource: { select: { id: true, nameEn: true, nameZh: true, kind: true } },
      person: { select: { id: true, displayName: true, organisation: { select: { nameEn: true, nameZh: true } } } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
}
