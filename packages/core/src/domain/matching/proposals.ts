import type { z } from "zod";
import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { recordEvent } from "../../lib/events";
import { seesAllRecords } from "../../roles";
import type { decideProposalSchema, proposeSchema } from "../../schemas/proposal.schema";
import { loadPublishedPair } from "../submissions";
import { decidePairs } from "./decide-pairs";
import { scoreOfPair } from "./suggestions";

/**
 * A vendor proposes its company's published solution for a published need, with an optional
 * pitch. The need's submitter is told. An engine suggestion of the same pair becomes the
 * vendor's proposal; a pair the officers declined cannot be proposed again.
 */
export async function propose(ctx: Context, input: z.infer<typeof proposeSchema>) {
  const actor = ctx.actor!;
  const score = await scoreOfPair(ctx.db, input.needId, input.solutionId);
  return ctx.db.$transaction(async (tx) => {
    const { solution } = await loadPublishedPair(tx, input.needId, input.solutionId, { allowClosed: false });
    if (solution.organisationId !== actor.organisationId) throw new DomainError("PROPOSAL_NOT_YOURS");
    const pair = { needId: input.needId, solutionId: input.solutionId };
    const existing = await tx.match.findUnique({ where: { needId_solutionId: pair } });
    if (existing?.status === "CONFIRMED") throw new DomainError("MATCH_EXISTS");
    if (existing?.status === "DISMISSED") throw new DomainError("PROPOSAL_DECLINED");
    const proposal = { source: "VENDOR" as const, proposedById: actor.personId, pitch: input.pitch ?? null };
    const match = existing
      ? await tx.match.update({ where: { id: existing.id }, data: proposal })
      : await tx.match.create({ data: { ...pair, ...proposal, score, status: "SUGGESTED", createdAt: ctx.now() } });
    await audit(tx, ctx, "propose", "Match", match.id, pair);
    await recordEvent(tx, ctx, "match.proposed", { matchId: match.id, ...pair });
    return match;
  });
}

/**
 * The need's officers (or lab staff) shortlist a pair — it becomes a match, ready for a workshop —
 * or decline it with a reason. A vendor's proposer is told either way.
 */
export async function decideProposal(ctx: Context, input: z.infer<typeof decideProposalSchema>) {
  const actor = ctx.actor!;
  const [match] = await decidePairs(
    ctx,
    {
      needId: input.needId,
      solutionIds: [input.solutionId],
      decision: input.decision === "SHORTLIST" ? "CONFIRM" : "DISMISS",
      reason: input.decision === "DECLINE" ? input.reason : null,
    },
    (need) => {
      if (!seesAllRecords(actor.role) && need.organisationId !== actor.organisationId)
        throw new DomainError("DECIDE_NOT_YOURS");
    },
  );
  return match!;
}
