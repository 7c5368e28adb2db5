import type { Tx } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";

export function listTechAreas(ctx: Context) {
  return ctx.db.techArea.findMany({ orderBy: { slug: "asc" } });
}

export async function createTechArea(ctx: Context, input: { slug: string; nameEn: string; nameZh: string }) {
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.techArea.findUnique({ where: { slug: input.slug } });
    if (existing)
      throw new DomainError("INVALID_STATUS", {
        entity: "technology area",
        status: "existing",
        action: "created again",
      });
    const area = await tx.techArea.create({ data: input });
    await audit(tx, ctx, "create", "TechArea", area.id, input);
    return area;
  });
}

/** Resolves slugs to ids; every slug must exist. */
export async function techAreaIds(tx: Tx, slugs: readonly string[]): Promise<number[]> {
  const unique = [...new Set(slugs)];
  const areas = await tx.techArea.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } });
  const missing = unique.filter((slug) => !areas.some((area) => area.slug === slug));
  if (missing.length > 0) throw new DomainError("UNKNOWN_TECH_AREA", { slugs: missing.join(", ") });
  return areas.map((area) => area.id);
}
