import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { HEADLINE_CARDS } from "./series";

export type TargetKey = (typeof HEADLINE_CARDS)[number];

const isTargetKey = (key: string): key is TargetKey => (HEADLINE_CARDS as readonly string[]).includes(key);

/** The yearly targets lab staff set, by headline card (cards without one are absent). */
export async function kpiTargets(ctx: Pick<Context, "db">): Promise<Partial<Record<TargetKey, number>>> {
  const rows = await ctx.db.kpiTarget.findMany({ orderBy: { key: "asc" } });
  return Object.fromEntries(rows.filter((row) => isTargetKey(row.key)).map((row) => [row.key, row.perYear]));
}

/** Sets a card's yearly target, or removes it (null); audited. Returns every target. */
export async function setKpiTarget(ctx: Context, input: { key: TargetKey; perYear: number | null }) {
  await ctx.db.$transaction(async (tx) => {
    if (input.perYear === null) await tx.kpiTarget.deleteMany({ where: { key: input.key } });
    else {
      const data = { perYear: input.perYear, updatedAt: ctx.now() };
      await tx.kpiTarget.upsert({ where: { key: input.key }, create: { key: input.key, ...data }, update: data });
    }
    await audit(tx, ctx, "set-target", "KpiTarget", input.key, { perYear: input.perYear });
  });
  return kpiTargets(ctx);
}
