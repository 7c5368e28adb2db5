import type { Prisma, Tx } from "@innolab/db";
import type { Context } from "../../context";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { found } from "../../lib/guards";

export type ResourceInput = Omit<Prisma.ResourceCreateInput, "bookings" | "lockVersion" | "createdAt">;

/** What anyone may see: the bookable resources (staff also see inactive ones). */
export function listResources(ctx: Context) {
  const staff = ctx.actor?.role === "ADMIN";
  return ctx.db.resource.findMany({
    where: staff ? {} : { active: true },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
  });
}

export function createResource(ctx: Context, input: ResourceInput) {
  return ctx.db.$transaction(async (tx) => {
    const resource = await tx.resource.create({ data: { ...input, createdAt: ctx.now() } });
    await audit(tx, ctx, "create", "Resource", resource.id, { ...input });
    return resource;
  });
}

export function updateResource(ctx: Context, id: number, changes: Partial<ResourceInput>) {
  return ctx.db.$transaction(async (tx) => {
    const resource = await lockResource(tx, id);
    const merged = { ...resource, ...changes };
    if (merged.opensAtMin >= merged.closesAtMin) {
      throw new DomainError("DATES_OUT_OF_ORDER", { earlier: "opening", later: "closing" });
    }
    const updated = await tx.resource.update({ where: { id }, data: changes });
    await audit(tx, ctx, "update", "Resource", id, { ...changes });
    return updated;
  });
}

/**
 * Takes the resource's row lock (a version bump) before deciding a booking: two requests for
 * its last free slot run one after the other on both databases, so the second sees the first.
 */
export async function lockResource(tx: Tx, id: number) {
  const { count } = await tx.resource.updateMany({ where: { id }, data: { lockVersion: { increment: 1 } } });
  if (count === 0) throw new DomainError("NOT_FOUND", { entity: "resource", id });
  return found(await tx.resource.findUnique({ where: { id } }), "resource", id);
}
