import { commandList } from "./commands";
import { backToMenu, screen } from "./common";
import { t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

export function menuScreen(ctx: FlowContext, intro?: string): Screen {
  const l = ctx.language;
  const rows: Action[][] = [
    [
      { label: t(l, "menu.needs"), data: "ls:n:1:*:0" },
      { label: t(l, "menu.solutions"), data: "ls:s:1:*:0" },
    ],
    [
      { label: t(l, "menu.forums"), data: "fo" },
      { label: t(l, "menu.subscriptions"), data: "su" },
    ],
  ];
  if (ctx.actor.role === "OFFICER") {
    rows.push([
      { label: t(l, "menu.myNeeds"), data: "my:n" },
      { label: t(l, "menu.newNeed"), data: "nw:n" },
    ]);
  } else if (ctx.actor.role === "VENDOR") {
    rows.push([
      { label: t(l, "menu.mySolutions"), data: "my:s" },
      { label: t(l, "menu.newSolution"), data: "nw:s" },
    ]);
  } else if (ctx.actor.role === "SUBSCRIBER") {
    rows.push([{ label: t(l, "menu.link"), data: "lk" }]);
  }
  if (ctx.actor.role === "ADMIN") {
    rows.push([
      { label: t(l, "menu.review"), data: "rq" },
      { label: t(l, "menu.kpi"), data: "kp" },
    ]);
  } else if (ctx.actor.role === "MANAGER") {
    rows.push([{ label: t(l, "menu.kpi"), data: "kp" }]);
  }
  const books = ctx.actor.role === "OFFICER" || ctx.actor.role === "VENDOR" || ctx.actor.role === "ADMIN";
  rows.push([
    ...(books ? [{ label: t(l, "menu.book"), data: "bk" }] : []),
    { label: t(l, "menu.showroom"), data: "sr" },
  ]);
  rows.push([
    { label: t(l, "menu.language"), data: "lg" },
    { label: t(l, "menu.help"), data: "hp" },
  ]);
  return screen(intro ? `${intro}\n\n${t(l, "menu")}` : t(l, "menu"), rows);
}

export function helpScreen(ctx: FlowContext): Screen {
  const l = ctx.language;
  return screen(`${t(l, "help.title")}\n${commandList(l)}\n${t(l, "help.search")}`, [backToMenu(l)]);
}

export async function toggleLanguage(ctx: FlowContext): Promise<Screen> {
  ctx.language = ctx.language === "en" ? "zh-HK" : "en";
  await ctx.api.person.updatePreferences({ language: ctx.language });
  return menuScreen(ctx, t(ctx.language, "language.set"));
}
