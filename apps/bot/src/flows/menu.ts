import { button } from "./actions";
import { commandList } from "./commands";
import { backToMenu, screen } from "./common";
import { t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

export function menuScreen(ctx: FlowContext, intro?: string): Screen {
  const l = ctx.language;
  const rows: Action[][] = [
    [button(t(l, "menu.needs"), "list", "n", 1, "*", 0), button(t(l, "menu.solutions"), "list", "s", 1, "*", 0)],
    [button(t(l, "menu.forums"), "forums"), button(t(l, "menu.subscriptions"), "subscriptions")],
  ];
  if (ctx.actor.role === "OFFICER") {
    rows.push([button(t(l, "menu.myNeeds"), "mine", "n"), button(t(l, "menu.newNeed"), "newForm", "n")]);
  } else if (ctx.actor.role === "VENDOR") {
    rows.push([button(t(l, "menu.mySolutions"), "mine", "s"), button(t(l, "menu.newSolution"), "newForm", "s")]);
  } else if (ctx.actor.role === "SUBSCRIBER") {
    rows.push([button(t(l, "menu.link"), "link")]);
  }
  if (ctx.actor.role === "ADMIN") {
    rows.push([button(t(l, "menu.review"), "reviewQueue"), button(t(l, "menu.kpi"), "kpiSummary")]);
  } else if (ctx.actor.role === "MANAGER") {
    rows.push([button(t(l, "menu.kpi"), "kpiSummary")]);
  }
  const books = ctx.actor.role === "OFFICER" || ctx.actor.role === "VENDOR" || ctx.actor.role === "ADMIN";
  rows.push([...(books ? [button(t(l, "menu.book"), "resources")] : []), button(t(l, "menu.showroom"), "showroom")]);
  rows.push([button(t(l, "menu.language"), "language"), button(t(l, "menu.help"), "help")]);
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
