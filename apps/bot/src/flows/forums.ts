import { button } from "./actions";
import { icsEvent } from "./calendar";
import { backToMenu, errorScreen, hkDate, screen } from "./common";
import { type MessageKey, t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

const titleOf = (ctx: FlowContext, forum: { title: string; titleZh: string }) =>
  ctx.language === "zh-HK" ? forum.titleZh : forum.title;

export async function forumsScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const forums = await ctx.api.forum.list({ when: "upcoming", pageSize: 8 });
  const rows: Action[][] = forums.map((forum) => [
    button(`${hkDate(l, forum.startsAt)} ${titleOf(ctx, forum)}`, "forum", forum.id),
  ]);
  rows.push([button(t(l, "forums.mine"), "myRegistrations"), ...backToMenu(l)]);
  return screen(forums.length ? t(l, "forums.title") : t(l, "forums.none"), rows);
}

export async function forumScreen(ctx: FlowContext, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const forum = await ctx.api.forum.get({ id });
    const text = t(l, "forum.detail", {
      title: titleOf(ctx, forum),
      theme: l === "zh-HK" ? forum.themeZh : forum.theme,
      when: hkDate(l, forum.startsAt),
      venue: forum.venue,
      seats: forum.seatsLeft,
    });
    return screen(text, [
      [button(t(l, "forum.register"), "register", id), button(t(l, "forum.cancel"), "cancelRegistration", id)],
      [button(t(l, "menu.forums"), "forums"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** The forum as a calendar file in the reader's language. */
function calendarFile(
  ctx: FlowContext,
  forum: { id: number; title: string; titleZh: string; startsAt: Date; endsAt: Date; venue: string },
  code: string,
) {
  return {
    filename: `innolab-forum-${forum.id}.ics`,
    mimeType: "text/calendar",
    content: icsEvent({
      uid: `forum-${forum.id}@innolab`,
      title: titleOf(ctx, forum),
      start: forum.startsAt,
      end: forum.endsAt,
      location: forum.venue,
      description: t(ctx.language, "forum.calendarCode", { code }),
    }),
  };
}

export async function registerScreen(ctx: FlowContext, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const registration = await ctx.api.forum.register({ forumId: id });
    const forum = await ctx.api.forum.get({ id });
    const title = titleOf(ctx, forum);
    if (registration.status === "WAITLISTED") return screen(t(l, "forum.waitlisted", { title }), [backToMenu(l)]);
    return {
      text: t(l, "forum.registered", { title, code: registration.checkInCode }),
      actions: [[button(t(l, "forums.mine"), "myRegistrations"), ...backToMenu(l)]],
      attachment: calendarFile(ctx, forum, registration.checkInCode),
    };
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

export async function cancelScreen(ctx: FlowContext, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const { registration } = await ctx.api.forum.cancelRegistration({ forumId: id });
    return screen(t(l, "forum.cancelled", { title: titleOf(ctx, registration.forum) }), [backToMenu(l)]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

export async function myRegistrationsScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  const registrations = await ctx.api.forum.myRegistrations();
  const lines = registrations.map(
    (r) =>
      `${hkDate(l, r.forum.startsAt)} ${titleOf(ctx, r.forum)} — ${t(l, `registration.${r.status}` as MessageKey)}${r.status === "REGISTERED" ? ` (${r.checkInCode})` : ""}`,
  );
  return screen(lines.length ? lines.join("\n") : t(l, "forum.myNone"), [
    [button(t(l, "menu.forums"), "forums"), ...backToMenu(l)],
  ]);
}
