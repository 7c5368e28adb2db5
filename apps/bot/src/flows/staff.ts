import { kpi } from "@innolab/core";
import { button } from "./actions";
import { backToMenu, clip, errorScreen, orgName, screen } from "./common";
import { type MessageKey, t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

type Kind = "n" | "s";
const api = (ctx: FlowContext, kind: Kind) => (kind === "n" ? ctx.api.need : ctx.api.solution);

/** Lab staff: what is waiting for review, oldest first. */
export async function reviewQueueScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  try {
    const [needs, solutions] = await Promise.all([
      ctx.api.need.search({ statuses: ["SUBMITTED"], pageSize: 10 }),
      ctx.api.solution.search({ statuses: ["SUBMITTED"], pageSize: 10 }),
    ]);
    const queue = [
      ...needs.items.map((item) => ({ kind: "n" as const, item })),
      ...solutions.items.map((item) => ({ kind: "s" as const, item })),
    ]
      .sort((a, b) => (a.item.submittedAt?.getTime() ?? 0) - (b.item.submittedAt?.getTime() ?? 0))
      .slice(0, 8);
    const rows: Action[][] = queue.map(({ kind, item }) => [
      button(clip(`${item.refCode} ${item.title}`, 60), "reviewItem", kind, item.id),
    ]);
    rows.push(backToMenu(l));
    const total = needs.total + solutions.total;
    return screen(total ? t(l, "review.queue", { total }) : t(l, "review.empty"), rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

export async function reviewItemScreen(ctx: FlowContext, kind: Kind, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const item = await api(ctx, kind).get({ id });
    const text = t(l, "review.item", {
      ref: item.refCode,
      title: item.title,
      org: orgName(l, item.organisation),
      description: clip(item.description, 600),
    });
    return screen(text, [
      [button(t(l, "review.publish"), "publish", kind, id), button(t(l, "review.reject"), "askRejectReason", kind, id)],
      [button(t(l, "menu.review"), "reviewQueue"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

export async function publishScreen(ctx: FlowContext, kind: Kind, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const item = await api(ctx, kind).review({ id, decision: "PUBLISH" });
    return screen(t(l, "review.published", { ref: item.refCode }), [
      [button(t(l, "menu.review"), "reviewQueue"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** Rejecting asks for the reason, which the submitter is told (only staff get here: see actions.ts). */
export function askRejectReason(ctx: FlowContext, kind: Kind, id: number): Screen {
  ctx.session.awaiting = "reject-reason";
  ctx.session.reject = { kind, id };
  return screen(t(ctx.language, "review.reason"), [backToMenu(ctx.language)]);
}

export async function rejectWithReason(ctx: FlowContext, reason: string): Promise<Screen> {
  const l = ctx.language;
  const pending = ctx.session.reject;
  ctx.session.awaiting = undefined;
  ctx.session.reject = undefined;
  if (!pending) return screen(t(l, "input.stale"), [backToMenu(l)]);
  try {
    const item = await api(ctx, pending.kind).review({ id: pending.id, decision: "REJECT", reason: reason.trim() });
    return screen(t(l, "review.rejected", { ref: item.refCode }), [
      [button(t(l, "menu.review"), "reviewQueue"), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error, [[button(t(l, "menu.review"), "reviewQueue"), ...backToMenu(l)]]);
  }
}

/** Management (and staff): the last four quarters' numbers against the four before. */
export async function kpiSummaryScreen(ctx: FlowContext): Promise<Screen> {
  const l = ctx.language;
  try {
    const to = ctx.now;
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const { cards } = await ctx.api.kpi.overview({ from, to, granularity: "quarter" });
    const lines = kpi.HEADLINE_CARDS.map((key) => {
      const card = cards.find((c) => c.key === key);
      if (!card) return "";
      const delta = card.value - card.previous;
      const arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "■";
      return `${t(l, `kpi.${key}` as MessageKey)}: ${card.value.toLocaleString("en")} (${arrow} ${delta >= 0 ? "+" : ""}${delta})`;
    }).filter(Boolean);
    return screen(`${t(l, "kpi.title")}\n\n${lines.join("\n")}`, [backToMenu(l)]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}
