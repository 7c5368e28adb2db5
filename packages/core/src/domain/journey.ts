import type { Context } from "../context";
import { getSubmission } from "./submissions";

/**
 * How far a published need has come — published, matched, workshop, PoC, adopted — with the
 * date each stage was reached (null when not yet), and its confirmed matches whose solutions
 * are published. Visible to whoever may see the need.
 */
export async function needJourney(ctx: Context, id: number) {
  const need = await getSubmission(ctx, "need", id);
  const now = ctx.now();
  const [matches, workshop, poc] = await Promise.all([
    ctx.db.match.findMany({
      where: { needId: id, status: "CONFIRMED", solution: { status: "PUBLISHED" } },
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      select: {
        decidedAt: true,
        solution: {
          select: {
            id: true,
            refCode: true,
            title: true,
            organisation: { select: { nameEn: true, nameZh: true } },
          },
        },
      },
    }),
    ctx.db.workshop.findFirst({
      where: { needId: id, status: { not: "CANCELLED" } },
      orderBy: { scheduledAt: "asc" },
      select: { scheduledAt: true, status: true },
    }),
    ctx.db.poc.findFirst({
      where: { needId: id },
      orderBy: { startDate: "asc" },
      select: { startDate: true, status: true, adoption: { select: { adoptedOn: true } } },
    }),
  ]);
  const reached = (date: Date | null | undefined) => (date && date <= now ? date : null);
  return {
    stages: [
      { key: "published" as const, at: need.publishedAt ?? null },
      { key: "matched" as const, at: matches[0]?.decidedAt ?? null },
      // A workshop counts once its day has come; a planned one is shown as planned.
      { key: "workshop" as const, at: reached(workshop?.scheduledAt), planned: workshop?.scheduledAt ?? null },
      { key: "poc" as const, at: reached(poc?.startDate), planned: poc?.startDate ?? null },
      { key: "adopted" as const, at: reached(poc?.adoption?.adoptedOn) },
    ],
    matches: matches.map((match) => match.solution),
  };
}
