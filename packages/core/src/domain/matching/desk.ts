import type { Context } from "../../context";

/**
 * The matching desk's worklist: published needs with pairs waiting for a decision (the engine's
 * strong suggestions and companies' proposals), those with proposals first — someone asked —
 * then the longest waiting.
 */
export async function matchingDesk(ctx: Context, input: { page: number; pageSize: number }) {
  const waiting = { status: "SUGGESTED", need: { status: "PUBLISHED" } } as const;
  const [pending, proposed] = await Promise.all([
    ctx.db.match.groupBy({
      by: ["needId"],
      where: waiting,
      _count: { _all: true },
      _max: { score: true },
      _min: { createdAt: true },
    }),
    ctx.db.match.groupBy({ by: ["needId"], where: { ...waiting, source: "VENDOR" }, _count: { _all: true } }),
  ]);
  const proposals = new Map(proposed.map((row) => [row.needId, row._count._all]));
  const rows = pending
    .map((row) => ({
      needId: row.needId,
      pending: row._count._all,
      proposals: proposals.get(row.needId) ?? 0,
      bestScore: Math.round((row._max.score ?? 0) * 1000) / 1000,
      waitingSince: row._min.createdAt ?? new Date(0),
    }))
    .sort(
      (a, b) =>
        Number(b.proposals > 0) - Number(a.proposals > 0) ||
        a.waitingSince.getTime() - b.waitingSince.getTime() ||
        a.needId - b.needId,
    );
  const page = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  const needs = await ctx.db.serviceNeed.findMany({
    where: { id: { in: page.map((row) => row.needId) } },
    select: {
      id: true,
      refCode: true,
      title: true,
      organisation: { select: { id: true, nameEn: true, nameZh: true, acronym: true } },
    },
  });
  const byId = new Map(needs.map((need) => [need.id, need]));
  return {
    total: rows.length,
    items: page.flatMap(({ needId, ...counts }) => {
      const need = byId.get(needId);
      return need ? [{ need, ...counts }] : [];
    }),
  };
}
