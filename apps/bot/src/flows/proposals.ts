import { button } from "./actions";
import { backToMenu, clip, errorScreen, screen } from "./common";
import { t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

/** The pair a pitch or a reason was asked for, no longer awaited (undefined if none was). */
function takePair(ctx: FlowContext) {
  const pair = ctx.session.pair;
  ctx.session.awaiting = undefined;
  ctx.session.pair = undefined;
  return pair;
}

/** pp:<needId> — a vendor picks which of its company's published solutions answers a need. */
export async function pickSolutionScreen(ctx: FlowContext, needId: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const need = await ctx.api.need.get({ id: needId });
    const mine = await ctx.api.solution.mine({ pageSize: 50 });
    const published = mine.items.filter((item) => item.status === "PUBLISHED").slice(0, 5);
    if (published.length === 0) return screen(t(l, "proposal.noSolutions"), [backToMenu(l)]);
    const rows: Action[][] = published.map((item) => [
      button(clip(`${item.refCode} ${item.title}`, 60), "askPitch", needId, item.id),
    ]);
    rows.push(backToMenu(l));
    return screen(t(l, "proposal.pick", { ref: need.refCode }), rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** pq:<needId>:<solutionId> — asks for the optional pitch. */
export function askPitch(ctx: FlowContext, needId: number, solutionId: number): Screen {
  ctx.session.awaiting = "proposal-pitch";
  ctx.session.pair = { needId, solutionId };
  const l = ctx.language;
  return screen(t(l, "proposal.pitch"), [[button(t(l, "proposal.sendBare"), "sendWithoutPitch")], backToMenu(l)]);
}

/** The pitch typed (or `ps`: none): the proposal is sent. */
export async function sendProposal(ctx: FlowContext, pitch: string | null): Promise<Screen> {
  const l = ctx.language;
  const pair = takePair(ctx);
  if (!pair) return screen(t(l, "input.stale"), [backToMenu(l)]);
  try {
    await ctx.api.match.propose({ ...pair, pitch: pitch?.trim() || null });
    const [need, solution] = await Promise.all([
      ctx.api.need.get({ id: pair.needId }),
      ctx.api.solution.get({ id: pair.solutionId }),
    ]);
    return screen(t(l, "proposal.sent", { need: need.refCode, solution: solution.refCode }), [
      [button(need.refCode, "detail", "n", need.id), ...backToMenu(l)],
    ]);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** pk:<needId>:<solutionId> — the need's officer shortlists the pair. */
export async function shortlist(ctx: FlowContext, needId: number, solutionId: number): Promise<Screen> {
  const l = ctx.language;
  try {
    await ctx.api.match.decideProposal({ needId, solutionId, decision: "SHORTLIST" });
    return decidedScreen(ctx, needId, solutionId, "proposal.shortlisted");
  } catch (error) {
    return errorScreen(ctx, error, [[button(t(l, "detail.suggestions"), "suggestions", "n", needId, 1)]]);
  }
}

/** px:<needId>:<solutionId> — asks why it is declined (the vendor is told). */
export function askDeclineReason(ctx: FlowContext, needId: number, solutionId: number): Screen {
  ctx.session.awaiting = "decline-reason";
  ctx.session.pair = { needId, solutionId };
  return screen(t(ctx.language, "proposal.declineReason"), [backToMenu(ctx.language)]);
}

export async function declineWithReason(ctx: FlowContext, reason: string): Promise<Screen> {
  const l = ctx.language;
  const pair = takePair(ctx);
  if (!pair) return screen(t(l, "input.stale"), [backToMenu(l)]);
  try {
    await ctx.api.match.decideProposal({ ...pair, decision: "DECLINE", reason });
    return decidedScreen(ctx, pair.needId, pair.solutionId, "proposal.declined");
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

async function decidedScreen(
  ctx: FlowContext,
  needId: number,
  solutionId: number,
  key: "proposal.shortlisted" | "proposal.declined",
): Promise<Screen> {
  const l = ctx.language;
  const [need, solution] = await Promise.all([
    ctx.api.need.get({ id: needId }),
    ctx.api.solution.get({ id: solutionId }),
  ]);
  return screen(t(l, key, { need: need.refCode, solution: solution.refCode }), [
    [button(t(l, "detail.suggestions"), "suggestions", "n", needId, 1), ...backToMenu(l)],
  ]);
}
