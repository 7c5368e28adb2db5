import type { OrgKind } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { found } from "../lib/guards";
import { literalContains } from "../lib/literal-contains";

export interface OrganisationInput {
  kind: OrgKind;
  nameEn: string;
  nameZh: string;
  acronym?: string | null;
  isStartup?: boolean;
  isSme?: boolean;
  website?: string | null;
}

export async function listOrganisations(
  ctx: Context,
  filter: { kind?: OrgKind; text?: string; page: number; pageSize: number },
) {
  const where = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.text ? await literalContains(ctx.db, "Organisation", ["nameEn", "nameZh", "acronym"], filter.text) : {}),
  };
  return ctx.db.organisation.findMany({
    where,
    orderBy: { nameEn: "asc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}

export async function getOrganisation(ctx: Context, id: number) {
  return found(await ctx.db.organisation.findUnique({ where: { id } }), "organisation", id);
}

export function createOrganisation(ctx: Context, input: OrganisationInput) {
  return ctx.db.$transaction(async (tx) => {
    const org = await tx.organisation.create({ data: { ...input, createdAt: ctx.now() } });
    await audit(tx, ctx, "create", "Organisation", org.id, { ...input });
    return org;
  });
}

export function updateOrganisation(ctx: Context, id: number, changes: Partial<OrganisationInput>) {
  return ctx.db.$transaction(async (tx) => {
    found(await tx.organisation.findUnique({ where: { id } }), "organisation", id);
    const org = await tx.organisation.update({ where: { id }, data: changes });
    await audit(tx, ctx, "update", "Organisation", id, changes);
    return org;
  });
}
