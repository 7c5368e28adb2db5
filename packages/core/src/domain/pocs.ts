import type { PocStatus } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";
import { nextRefCode } from "../lib/ref-codes";
import { NEXT_POC_STATUSES } from "./poc-moves";
import { loadPublishedPair } from "./submissions";

const pocInclude = {
  need: { select: { id: true, refCode: true, title: true } },
  solution: { select: { id: true, refCode: true, title: true } },
  governmentOrg: { select: { id: true, nameEn: true, nameZh: true, acronym: true } },
  company: { select: { id: true, nameEn: true, nameZh: true } },
  adoption: true,
} as const;

export function startPoc(
  ctx: Context,
  input: { needId: number; solutionId: number; startDate: Date; endDate?: Date | null },
) {
  return ctx.db.$transaction(async (tx) => {
    const { need, solution } = await loadPublishedPair(tx, input.needId, input.solutionId, { allowClosed: true });
    if (input.endDate && input.endDate <= input.startDate)
      throw new DomainError("DATES_OUT_OF_ORDER", { earlier: "startDate", later: "endDate" });
    const poc = await tx.poc.create({
      data: {
        refCode: await nextRefCode(tx, "POC", input.startDate),
        needId: need.id,
        solutionId: solution.id,
        governmentOrgId: need.organisationId,
        companyId: solution.organisationId,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        createdAt: ctx.now(),
      },
      include: pocInclude,
    });
    await audit(tx, ctx, "create", "Poc", poc.id, { ...input });
    await recordEvent(tx, ctx, "poc.started", { pocId: poc.id, needId: need.id, solutionId: solution.id });
    return poc;
  });
}

export function updatePoc(
  ctx: Context,
  input: {
    id: number;
    status?: PocStatus;
    findings?: string | null;
    feedbackToProvider?: string | null;
    endDate?: Date | null;
  },
) {
  return ctx.db.$transaction(async (tx) => {
    const poc = found(await tx.poc.findUnique({ where: { id: input.id } }), "PoC", input.id);
    if (input.status && input.status !== poc.status && !NEXT_POC_STATUSES[poc.status].includes(input.status)) {
      throw new DomainError("INVALID_STATUS", {
        entity: "PoC",
        status: poc.status,
        action: `moved to ${input.status}`,
      });
    }
    const statusChanged = input.status !== undefined && input.status !== poc.status;
    const updated = await tx.poc.update({
      where: { id: input.id },
      data: {
        ...(input.status ? { status: input.status } : {}),
        ...(input.status === "COMPLETED" && statusChanged ? { completedAt: ctx.now() } : {}),
        ...(input.findings !== undefined ? { findings: input.findings } : {}),
        ...(input.feedbackToProvider !== undefined ? { feedbackToProvider: input.feedbackToProvider } : {}),
        ...(input.endDate !== undefined ? { endDate: input.endDate } : {}),
      },
      include: pocInclude,
    });
    await audit(tx, ctx, "update", "Poc", input.id, { ...input });
    if (statusChanged) {
      await recordEvent(tx, ctx, "poc.status_changed", { pocId: poc.id, from: poc.status, to: input.status });
    }
    return updated;
  });
}

export async function getPoc(ctx: Context, id: number) {
  return found(await ctx.db.poc.findUnique({ where: { id }, include: pocInclude }), "PoC", id);
}

export function listPocs(
  ctx: Context,
  filter: { status?: PocStatus; governmentOrgId?: number; page: number; pageSize: number },
) {
  return ctx.db.poc.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.governmentOrgId ? { governmentOrgId: filter.governmentOrgId } : {}),
    },
    include: pocInclude,
    orderBy: { startDate: "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}

export function recordAdoption(
  ctx: Context,
  input: { pocId: number; adoptedOn: Date; scale: string; notes?: string | null },
) {
  return ctx.db.$transaction(async (tx) => {
    const poc = found(
      await tx.poc.findUnique({ where: { id: input.pocId }, include: { adoption: true } }),
      "PoC",
      input.pocId,
    );
    if (poc.status !== "COMPLETED") throw new DomainError("ADOPTION_NEEDS_COMPLETED_POC");
    if (poc.adoption) throw new DomainError("ALREADY_ADOPTED");
    const adoption = await tx.adoption.create({ data: { ...input, createdAt: ctx.now() } });
    await audit(tx, ctx, "create", "Adoption", adoption.id, { ...input });
    await recordEvent(tx, ctx, "adoption.recorded", { adoptionId: adoption.id, pocId: poc.id });
    return adoption;
  });
}

export function listAdoptions(ctx: Context, filter: { page: number; pageSize: number }) {
  return ctx.db.adoption.findMany({
    include: { poc: { include: pocInclude } },
    orderBy: { adoptedOn: "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}
