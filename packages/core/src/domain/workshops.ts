import type { InviteStatus, WorkshopStatus } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";

const workshopInclude = {
  need: { select: { id: true, refCode: true, title: true, organisationId: true } },
  invites: { include: { organisation: { select: { id: true, nameEn: true, nameZh: true } } } },
} as const;

export function createWorkshop(
  ctx: Context,
  input: {
    title: string;
    needId: number;
    scheduledAt: Date;
    venue?: string | null;
    companyIds: number[];
    inviteConfirmedMatches?: boolean;
  },
) {
  return ctx.db.$transaction(async (tx) => {
    const need = found(await tx.serviceNeed.findUnique({ where: { id: input.needId } }), "service need", input.needId);
    if (need.status !== "PUBLISHED")
      throw new DomainError("NOT_PUBLISHED", { entity: "service need", id: need.refCode });
    // Confirmed matches become invitations, with the matched solution noted.
    const confirmed = input.inviteConfirmedMatches
      ? await tx.match.findMany({
          where: { needId: input.needId, status: "CONFIRMED" },
          select: { solutionId: true, solution: { select: { organisationId: true } } },
        })
      : [];
    const solutionOf = new Map(confirmed.map((m) => [m.solution.organisationId, m.solutionId]));
    const companyIds = [...new Set([...input.companyIds, ...solutionOf.keys()])];
    if (companyIds.length === 0) throw new DomainError("NO_COMPANIES");
    const companies = await tx.organisation.findMany({ where: { id: { in: companyIds } } });
    for (const id of companyIds) {
      const company = found(
        companies.find((org) => org.id === id),
        "organisation",
        id,
      );
      if (company.kind !== "COMPANY") throw new DomainError("WRONG_ORGANISATION_KIND", { expected: "COMPANY" });
    }
    const workshop = await tx.workshop.create({
      data: {
        title: input.title,
        needId: input.needId,
        scheduledAt: input.scheduledAt,
        venue: input.venue ?? null,
        createdAt: ctx.now(),
        invites: {
          create: companyIds.map((organisationId) => ({
            organisationId,
            solutionId: solutionOf.get(organisationId) ?? null,
            createdAt: ctx.now(),
          })),
        },
      },
      include: workshopInclude,
    });
    await audit(tx, ctx, "create", "Workshop", workshop.id, { ...input });
    await recordEvent(tx, ctx, "workshop.scheduled", {
      workshopId: workshop.id,
      needId: input.needId,
      companyIds,
    });
    return workshop;
  });
}

export function updateWorkshop(
  ctx: Context,
  input: {
    id: number;
    status?: WorkshopStatus;
    outcome?: string | null;
    invites?: Array<{ organisationId: number; status: InviteStatus }>;
  },
) {
  return ctx.db.$transaction(async (tx) => {
    const workshop = found(await tx.workshop.findUnique({ where: { id: input.id } }), "workshop", input.id);
    if (input.status && input.status !== workshop.status) {
      // Only a planned workshop changes status; held or cancelled is final.
      if (workshop.status !== "PLANNED")
        throw new DomainError("INVALID_STATUS", {
          entity: "workshop",
          status: workshop.status,
          action: input.status === "HELD" ? "marked held" : "changed",
        });
      // Held is a fact of the past: the KPIs count held workshops.
      if (input.status === "HELD" && workshop.scheduledAt > ctx.now()) throw new DomainError("WORKSHOP_NOT_STARTED");
    }
    await tx.workshop.update({
      where: { id: input.id },
      data: {
        ...(input.status ? { status: input.status } : {}),
        ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      },
    });
    for (const invite of input.invites ?? []) {
      const { count } = await tx.workshopInvite.updateMany({
        where: { workshopId: input.id, organisationId: invite.organisationId },
        data: { status: invite.status },
      });
      if (count === 0) throw new DomainError("NOT_FOUND", { entity: "workshop invitation", id: invite.organisationId });
    }
    await audit(tx, ctx, "update", "Workshop", input.id, { ...input });
    return tx.workshop.findUniqueOrThrow({ where: { id: input.id }, include: workshopInclude });
  });
}

export function listWorkshops(ctx: Context, filter: { needId?: number; page: number; pageSize: number }) {
  return ctx.db.workshop.findMany({
    where: filter.needId ? { needId: filter.needId } : {},
    include: workshopInclude,
    orderBy: { scheduledAt: "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}
