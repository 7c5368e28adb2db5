import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { recordEvent } from "../../lib/events";
import { loadPublishedPair } from "../submissions";
import { scoresOfPairs } from "./suggestions";

export interface PairsDecision {
  needId: number;
  solutionIds: number[];
  decision: "CONFIRM" | "DISMISS";
  /** Told to a proposing company when its proposal is declined. */
  reason?: string | null;
}

/**
 * Confirms (shortlists) or dismisses (declines) pairs of one need, all or nothing: a pair
 * already decided, or a company's proposal declined without a reason, changes nothing at all.
 * A pair the engine ranked but never recorded is recorded as it is decided. `mayDecide` checks
 * the need against the caller (the desk is staff's; a need's officers decide their own).
 */
export async function decidePairs(
  ctx: Context,
  input: PairsDecision,
  mayDecide: (need: { organisationId: number }) => void = () => {},
) {
  const actor = ctx.actor!;
  const scores = await scoresOfPairs(ctx.db, input.needId, input.solutionIds);
  const confirm = input.decision === "CONFIRM";
  return ctx.db.$transaction(async (tx) => {
    const decidedIds: number[] = [];
    for (const solutionId of input.solutionIds) {
      const { need, solution } = await loadPublishedPair(tx, input.needId, solutionId, { allowClosed: false });
      mayDecide(need);
      const pair = { needId: input.needId, solutionId };
      const match =
        (await tx.match.findUnique({ where: { needId_solutionId: pair } })) ??
        (await tx.match.create({
          data: {
            ...pair,
            score: scores.get(solutionId) ?? 0,
            source: "ENGINE",
            status: "SUGGESTED",
            createdAt: ctx.now(),
          },
        }));
      if (!confirm && match.proposedById && !input.reason)
        throw new DomainError("DECLINE_REASON_REQUIRED", { ref: solution.refCode });
      const { count } = await tx.match.updateMany({
        where: { id: match.id, status: "SUGGESTED" },
        data: {
          status: confirm ? "CONFIRMED" : "DISMISSED",
          declineReason: confirm ? null : (input.reason ?? null),
          decidedAt: ctx.now(),
          decidedById: actor.personId,
        },
      });
      if (count === 0) throw new DomainError("PAIR_ALREADY_DECIDED", { ref: solution.refCode });
      await audit(tx, ctx, confirm ? "shortlist" : "decline", "Match", match.id, pair);
      if (confirm) await recordEvent(tx, ctx, "match.confirmed", { matchId: match.id, ...pair });
      if (match.proposedById) await recordEvent(tx, ctx, "match.proposal_decided", { matchId: match.id });
      decidedIds.push(match.id);
    }
    return tx.match.findMany({ where: { id: { in: decidedIds } }, orderBy: { id: "asc" } });
  });
}

/**
 * Staff confirm a suggestion (it becomes a match) or dismiss it (it stops coming back): one pair
 * of the desk's `decidePairs`, under its rules.
 */
export async function decideSuggestion(
  ctx: Context,
  input: { needId: number; solutionId: number; decision: "CONFIRM" | "DISMISS"; reason?: string | null },
) {
  const { solutionId, ...decision } = input;
  const [match] = await decidePairs(ctx, { ...decision, solutionIds: [solutionId] });
  return match!;
}
