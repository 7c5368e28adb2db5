import type { Language } from "@innolab/core";
import { TRPCError } from "@trpc/server";
import { button } from "./actions";
import { t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

export const backToMenu = (language: Language): Action[] => [button(t(language, "back"), "menu")];

export function screen(text: string, actions: Action[][] = []): Screen {
  return { text, actions };
}

/**
 * A refusal from the core API, told in the user's language (the core localises it). An
 * unexpected failure (which the core has logged) is told as such: its internals are not the
 * user's business. Anything that is not the core's goes up to the flow engine's boundary.
 */
export function errorScreen(ctx: FlowContext, error: unknown, actions?: Action[][]): Screen {
  if (!(error instanceof TRPCError)) throw error;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return screen(t(ctx.language, "error.unexpected"), actions ?? [backToMenu(ctx.language)]);
  }
  return screen(error.message, actions ?? [backToMenu(ctx.language)]);
}

export function pageButtons(
  language: Language,
  page: number,
  pages: number,
  dataFor: (page: number) => string,
): Action[] {
  const row: Action[] = [];
  if (page > 1) row.push({ label: t(language, "prev"), data: dataFor(page - 1) });
  if (page < pages) row.push({ label: t(language, "next"), data: dataFor(page + 1) });
  return row;
}

/** Cuts long text for a chat bubble. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function areaName(language: Language, area: { nameEn: string; nameZh: string }): string {
  return language === "zh-HK" ? area.nameZh : area.nameEn;
}

export function orgName(language: Language, org: { nameEn: string; nameZh: string }): string {
  return language === "zh-HK" ? org.nameZh : org.nameEn;
}

const HK_DATE = {
  en: new Intl.DateTimeFormat("en-HK", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "short" }),
  "zh-HK": new Intl.DateTimeFormat("zh-HK", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "short" }),
};

/** A date as Hong Kong reads it. */
export function hkDate(language: Language, date: Date): string {
  return HK_DATE[language].format(date);
}
