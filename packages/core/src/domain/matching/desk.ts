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
      // The first waiting pair by id (ids follow creation): Prisma's _min of a date is an
      // Invalid Date on SQLite's driver adapter, so its date is read from the row.
      _min: { id: true },
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
      firstId: row._min.id ?? 0,
    }))
    .sort((a, b) => Number(b.proposals > 0) - Number(a.proposals > 0) || a.firstId - b.firstId);
  const page = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  const [needs, firsts] = await Promise.all([
    ctx.db.serviceNeed.findMany({
      where: { id: { in: page.map((row) => row.needId) } },
      select: {
        id: true,
        refCode: true,
        title: true,
        organisation: { select: { id: true, nameEn: true, nameZh: true, acronym: true } },
      },
    }),
    ctx.db.match.findMany({
      where: { id: { in: page.map((row) => row.firstId) } },
      select: { id: true, createdAt: true },
    }),
  ]);
  const byId = new Map(needs.map((need) => [need.id, need]));
  const since = new Map(firsts.map((match) => [match.id, match.createdAt]));
  return {
    total: rows.length,
    items: page.flatMap(({ needId, firstId, ...counts }) => {
      const need = byId.get(needId);
      return need ? [{ need, ...counts, waitingSince: since.get(firstId) ?? null }] : [];
    }),
  };
}
