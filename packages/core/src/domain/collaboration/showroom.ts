import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { found } from "../../lib/guards";

export interface ShowroomInput {
  solutionId: number;
  pocId?: number | null;
  status: "UNDER_TESTING" | "TESTED";
  findingsEn?: string | null;
  findingsZh?: string | null;
  published: boolean;
}

const include = {
  solution: {
    select: {
      id: true,
      refCode: true,
      title: true,
      organisation: { select: { id: true, nameEn: true, nameZh: true } },
      techAreas: { select: { techArea: { select: { slug: true, nameEn: true, nameZh: true } } } },
    },
  },
  poc: {
    select: {
      id: true,
      refCode: true,
      status: true,
      governmentOrg: { select: { id: true, nameEn: true, nameZh: true } },
    },
  },
} as const;

/** The showroom: technologies tested or under testing at the lab (the public sees published ones). */
export async function listShowroom(
  ctx: Context,
  filter: { status?: "UNDER_TESTING" | "TESTED"; techArea?: string; page: number; pageSize: number },
) {
  const staff = ctx.actor?.role === "ADMIN";
  const where = {
    ...(staff ? {} : { published: true }),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.techArea ? { solution: { techAreas: { some: { techArea: { slug: filter.techArea } } } } } : {}),
  };
  const [total, rows] = await Promise.all([
    ctx.db.showroomItem.count({ where }),
    ctx.db.showroomItem.findMany({
      where,
      include,
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    }),
  ]);
  const items = rows.map(({ solution, ...item }) => ({
    ...item,
    solution: { ...solution, techAreas: solution.techAreas.map((link) => link.techArea) },
  }));
  return { total, items };
}

/** Staff put a solution on show (or update it): it must be published, and its PoC must have tried it. */
export function upsertShowroomItem(ctx: Context, input: ShowroomInput) {
  return ctx.db.$transaction(async (tx) => {
    const solution = found(
      await tx.solution.findUnique({ where: { id: input.solutionId } }),
      "solution",
      input.solutionId,
    );
    if (solution.status !== "PUBLISHED" && solution.status !== "CLOSED") {
      throw new DomainError("INVALID_STATUS", { entity: "solution", status: solution.status, action: "shown" });
    }
    if (input.pocId) {
      const poc = found(await tx.poc.findUnique({ where: { id: input.pocId } }), "PoC", input.pocId);
      if (poc.solutionId !== solution.id) throw new DomainError("POC_OF_OTHER_SOLUTION");
    }
    const data = {
      pocId: input.pocId ?? null,
      status: input.status,
      findingsEn: input.findingsEn ?? null,
      findingsZh: input.findingsZh ?? null,
      published: input.published,
    };
    const item = await tx.showroomItem.upsert({
      where: { solutionId: solution.id },
      create: { ...data, solutionId: solution.id, createdAt: ctx.now() },
      update: data,
      include,
    });
    await audit(tx, ctx, "upsert", "ShowroomItem", item.id, { ...input });
    return item;
  });
}
