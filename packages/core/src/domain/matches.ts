import type { MatchStatus } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";
import { decidePairs } from "./matching/decide-pairs";
import { loadPublishedPair } from "./submissions";

const matchInclude = {
  need: { select: { id: true, refCode: true, title: true, organisationId: true } },
  solution: { select: { id: true, refCode: true, title: true, organisationId: true } },
} as const;

/** Staff record a match by hand (the matching engine of a later issue records its own suggestions). */
export function createMatch(ctx: Context, input: { needId: number; solutionId: number; reason?: string | null }) {
  return ctx.db.$transaction(async (tx) => {
    const { need, solution } = await loadPublishedPair(tx, input.needId, input.solutionId, { allowClosed: false });
    const existing = await tx.match.findUnique({
      where: { needId_solutionId: { needId: need.id, solutionId: solution.id } },
    });
    if (existing?.status === "CONFIRMED") throw new DomainError("MATCH_EXISTS");
    const now = ctx.now();
    // Staff matching a pair the engine suggested (or someone dismissed) confirms that pair.
    const decided = {
      status: "CONFIRMED" as const,
      reason: input.reason ?? null,
      decidedAt: now,
      decidedById: ctx.actor!.personId,
    };
    const match = existing
      ? await tx.match.update({ where: { id: existing.id }, data: decided, include: matchInclude })
      : await tx.match.create({
          data: { needId: need.id, solutionId: solution.id, score: 1, source: "STAFF", createdAt: now, ...decided },
          include: matchInclude,
        });
    await audit(tx, ctx, "create", "Match", match.id, { ...input });
    await recordEvent(tx, ctx, "match.confirmed", { matchId: match.id, needId: need.id, solutionId: solution.id });
    return match;
  });
}

/**
 * Staff confirm or dismiss one recorded pair by its id, under the same rules as the desk's
 * `decidePairs` (a company's proposal is declined with a reason, and the company is told).
 */
export async function decideMatch(
  ctx: Context,
  input: { id: number; decision: "CONFIRM" | "DISMISS"; reason?: string | null },
) {
  const match = found(await ctx.db.match.findUnique({ where: { id: input.id } }), "match", input.id);
  const pair = {
    needId: match.needId,
    solutionIds: [match.solutionId],
    decision: input.decision,
    reason: input.reason,
  };
  await decidePairs(ctx, pair);
  return ctx.db.match.findUniqueOrThrow({ where: { id: input.id }, include: matchInclude });
}

export function listMatches(
  ctx: Context,
  filter: { needId?: number; solutionId?: number; statuses?: MatchStatus[]; page: number; pageSize: number },
) {
  const ownOnly = ctx.actor && !["ADMIN", "MANAGER"].includes(ctx.actor.role);
  const orgId = ctx.actor?.organisationId ?? -1;
  return ctx.db.match.findMany({
    where: {
      ...(filter.needId ? { needId: filter.needId } : {}),
      ...(filter.solutionId ? { solutionId: filter.solutionId } : {}),
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
      // Officers and vendors see the matches of their own organisation's records.
      ...(ownOnly ? { OR: [{ need: { organisationId: orgId } }, { solution: { organisationId: orgId } }] } : {}),
    },
    include: matchInclude,
    orderBy: [{ score: "desc" }, { id: "asc" }],
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}
