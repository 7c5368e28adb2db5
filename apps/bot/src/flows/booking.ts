import { describeHours, hongKongDay, isoWeekday, openDaysOf } from "@innolab/core";
import { button } from "./actions";
import { backToMenu, clip, errorScreen, hkDate, orgName, screen } from "./common";
import { type MessageKey, t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

const nameOf = (ctx: FlowContext, resource: { nameEn: string; nameZh: string }) =>
  ctx.language === "zh-HK" ? resource.nameZh : resource.nameEn;
const compactDay = (day: string) => day.replaceAll("-", "");
const isoDay = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
const dayLabel = (ctx: FlowContext, day: string) =>
  new Intl.DateTimeFormat(ctx.language === "zh-HK" ? "zh-HK" : "en-GB", {
    timeZone: "Asia/Hong_Kong",
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(new Date(`${day}T12:00:00+08:00`));
const timeLabel = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Hong_Kong", hour: "2-digit", minute: "2-digit" }).format(date);

/** A bookable resource by id (the list is short; there is no single-resource procedure). */
async function findResource(ctx: FlowContext, id: number) {
  return (await ctx.api.resource.list()).find((r) => r.id === id);
}

/** The resources one can book. */
export async function resourcesScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const resources = await ctx.api.resource.list();
  const rows: Action[][] = resources.map((r) => [button(nameOf(ctx, r), "resource", r.id)]);
  rows.push([button(t(l, "menu.myBookings"), "myBookings"), ...backToMenu(l)]);
  return screen(t(l, "book.resources"), rows);
}

/** A resource and its next open days. */
export async function resourceScreen(ctx: FlowContext, id: number): Promise<Screen> {
  const l = ctx.language;
  const resource = await findResource(ctx, id);
  if (!resource) return screen(t(l, "input.stale"), [backToMenu(l)]);
  const hours = describeHours(resource);
  const days: string[] = [];
  for (let offset = 0; days.length < 6 && offset < 21; offset++) {
    const day = hongKongDay(new Date(ctx.now.getTime() + offset * 86_400_000));
    if (openDaysOf(resource).includes(isoWeekday(day))) days.push(day);
  }
  const rows: Action[][] = [];
  for (let i = 0; i < days.length; i += 3) {
    rows.push(days.slice(i, i + 3).map((day) => button(dayLabel(ctx, day), "day", id, compactDay(day))));
  }
  rows.push([button(t(l, "menu.book"), "resources"), ...backToMenu(l)]);
  const text = t(l, "book.resource", {
    name: nameOf(ctx, resource),
    location: resource.location,
    hours: `${l === "zh-HK" ? hours.daysZh : hours.days} ${hours.opens}–${hours.closes}`,
    approval: resource.needsApproval ? t(l, "book.approval") : "",
  });
  return screen(text, rows);
}

/** A day's free slots. */
export async function dayScreen(ctx: FlowContext, id: number, compact: string): Promise<Screen> {
  const l = ctx.language;
  try {
    const day = isoDay(compact);
    const { resource, slots } = await ctx.api.resource.availability({ resourceId: id, day });
    const free = slots.filter((slot) => slot.free > 0);
    const rows: Action[][] = [];
    for (let i = 0; i < free.length; i += 4) {
      rows.push(
        free
          .slice(i, i + 4)
          .map((slot) => button(timeLabel(slot.startsAt), "slot", id, slot.startsAt.getTime() / 60_000)),
      );
    }
    rows.push([button(nameOf(ctx, resource), "resource", id), ...backToMenu(l)]);
    const params = { name: nameOf(ctx, resource), day: dayLabel(ctx, day) };
    return screen(t(l, free.length ? "book.day" : "book.dayFull", params), rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** A slot picked: ask what it is for (the booking is made when the answer comes). */
export async function pickSlot(ctx: FlowContext, id: number, startMinute: number): Promise<Screen> {
  const l = ctx.language;
  const resource = await findResource(ctx, id);
  if (!resource) return screen(t(l, "input.stale"), [backToMenu(l)]);
  const startsAt = startMinute * 60_000;
  ctx.session.booking = { resourceId: id, startsAt, endsAt: startsAt + 3_600_000 };
  ctx.session.awaiting = "booking-purpose";
  return screen(t(l, "book.purpose", { name: nameOf(ctx, resource), when: hkDate(l, new Date(startsAt)) }), [
    backToMenu(l),
  ]);
}

/** The purpose arrived: book it. A slot taken meanwhile, or any refusal, is said plainly. */
export async function confirmBooking(ctx: FlowContext, purpose: string): Promise<Screen> {
  const l = ctx.language;
  const picked = ctx.session.booking;
  ctx.session.awaiting = undefined;
  ctx.session.booking = undefined;
  if (!picked) return screen(t(l, "input.stale"), [backToMenu(l)]);
  try {
    const booking = await ctx.api.booking.create({
      resourceId: picked.resourceId,
      startsAt: new Date(picked.startsAt),
      endsAt: new Date(picked.endsAt),
      purpose: clip(purpose.trim(), 500),
    });
    const params = { name: nameOf(ctx, booking.resource), when: hkDate(l, booking.startsAt), id: booking.id };
    return screen(t(l, booking.status === "PENDING" ? "book.pending" : "book.confirmed", params), [
      [button(t(l, "menu.myBookings"), "myBookings"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error, [[button(t(l, "menu.book"), "resource", picked.resourceId), ...backToMenu(l)]]);
  }
}

export async function myBookingsScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const bookings = (await ctx.api.booking.mine()).filter((b) => b.endsAt > ctx.now);
  if (!bookings.length)
    return screen(t(l, "book.mineNone"), [[button(t(l, "menu.book"), "resources"), ...backToMenu(l)]]);
  const lines = bookings.map(
    (b) =>
      `B-${b.id} ${hkDate(l, b.startsAt)} ${nameOf(ctx, b.resource)} — ${t(l, `book.status.${b.status}` as MessageKey)}`,
  );
  const rows: Action[][] = bookings
    .filter((b) => b.status === "CONFIRMED" || b.status === "PENDING")
    .map((b) => [button(t(l, "book.cancelButton", { id: b.id }), "cancelBooking", b.id)]);
  rows.push([button(t(l, "menu.book"), "resources"), ...backToMenu(l)]);
  return screen(`${t(l, "book.mine")}\n${lines.join("\n")}`, rows);
}

export async function cancelBookingScreen(ctx: FlowContext, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const booking = await ctx.api.booking.cancel({ id });
    return screen(t(l, "book.cancelled", { name: nameOf(ctx, booking.resource), when: hkDate(l, booking.startsAt) }), [
      [button(t(l, "menu.myBookings"), "myBookings"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** Technologies on show at the lab. */
export async function showroomScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const { items } = await ctx.api.showroom.list({ pageSize: 8 });
  if (!items.length) return screen(t(l, "showroom.none"), [backToMenu(l)]);
  const lines = items.map((item) => {
    const findings = l === "zh-HK" ? (item.findingsZh ?? item.findingsEn) : item.findingsEn;
    return [
      `• ${item.solution.title} (${orgName(l, item.solution.organisation)}) — ${t(l, `showroom.${item.status}`)}`,
      findings ? `  ${clip(findings, 160)}` : "",
    ]
      .filter(Boolean)
      .join("\n");
  });
  return screen(`${t(l, "showroom.title")}\n\n${lines.join("\n")}`, [backToMenu(l)]);
}
