import type { OrgKind, Prisma, SubmissionStatus, Tx } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { DomainError } from "../lib/errors";
import { type EventType, recordEvent } from "../lib/events";
import { found, requireOrganisation } from "../lib/guards";
import type { Language } from "../lib/language";
import { literalContains } from "../lib/literal-contains";
import { logError } from "../lib/log";
import { nextRefCode, type RefPrefix } from "../lib/ref-codes";
import { seesAllRecords } from "../roles";
import { matchIndex } from "./matching/match-index";
import { suggestAfterPublish } from "./matching/suggestions";
import { termWeights } from "./matching/text";
import { techAreaIds } from "./tech-areas";

/**
 * Service needs (posted by B/D officers) and I&T solutions (posted by vendors) share one
 * lifecycle: DRAFT → SUBMITTED → PUBLISHED | REJECTED, withdrawn by the submitter, closed by staff.
 */
export type SubmissionKind = "need" | "solution";

interface KindRules {
  entity: string;
  prefix: RefPrefix;
  orgKind: OrgKind;
  /** The extra text field: a need's expected outcome, a solution's use cases. */
  extraField: "expectedOutcome" | "useCases";
  events: { submitted: EventType; published: EventType; rejected: EventType };
  delegate: (tx: Tx) => SubmissionDelegate;
}

export const submissionKinds: Record<SubmissionKind, KindRules> = {
  need: {
    entity: "service need",
    prefix: "SN",
    orgKind: "GOVERNMENT",
    extraField: "expectedOutcome",
    events: { submitted: "need.submitted", published: "need.published", rejected: "need.rejected" },
    delegate: (tx) => tx.serviceNeed as unknown as SubmissionDelegate,
  },
  solution: {
    entity: "solution",
    prefix: "SOL",
    orgKind: "COMPANY",
    extraField: "useCases",
    events: { submitted: "solution.submitted", published: "solution.published", rejected: "solution.rejected" },
    delegate: (tx) => tx.solution as unknown as SubmissionDelegate,
  },
};

/** The columns both models share; the two Prisma delegates are used through this shape. */
export interface SubmissionRow {
  id: number;
  refCode: string;
  title: string;
  description: string;
  language: string;
  status: SubmissionStatus;
  organisationId: number;
  submittedById: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  expectedOutcome?: string | null;
  useCases?: string | null;
}

const detailInclude = {
  organisation: { select: { id: true, nameEn: true, nameZh: true, acronym: true } },
  techAreas: { include: { techArea: true } },
} as const;

type Detail = SubmissionRow & {
  organisation: { id: number; nameEn: string; nameZh: string; acronym: string | null };
  techAreas: Array<{ techArea: { id: number; slug: string; nameEn: string; nameZh: string } }>;
};

interface SubmissionDelegate {
  findUnique(args: { where: { id: number }; include?: typeof detailInclude }): Promise<Detail | null>;
  findMany(args: {
    where: Record<string, unknown>;
    include?: typeof detailInclude;
    orderBy?: unknown;
    skip?: number;
    take?: number;
  }): Promise<Detail[]>;
  /** findMany selecting ids only. */
  findMany(args: { where: Record<string, unknown>; select: { id: true } }): Promise<Array<{ id: number }>>;
  count(args: { where: Record<string, unknown> }): Promise<number>;
  create(args: { data: Record<string, unknown>; include?: typeof detailInclude }): Promise<Detail>;
  update(args: {
    where: { id: number };
    data: Record<string, unknown>;
    include?: typeof detailInclude;
  }): Promise<Detail>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}

export interface SubmissionDraft {
  title: string;
  description: string;
  extra?: string | null;
  techAreas: string[];
  language: Language;
}

function searchTextOf(draft: { title: string; description: string; extra?: string | null }): string {
  return [draft.title, draft.description, draft.extra ?? ""].join("\n").toLowerCase();
}

/** A submission as callers see it: tech areas flattened to slugs and names. */
export function presentSubmission(row: Detail) {
  // searchText is an internal search column, not part of the record.
  const { techAreas, searchText: _searchText, ...rest } = row as Detail & { searchText?: string };
  return { ...rest, techAreas: techAreas.map((link) => link.techArea) };
}
export type SubmissionView = ReturnType<typeof presentSubmission>;

export async function createSubmission(
  ctx: Context,
  kind: SubmissionKind,
  draft: SubmissionDraft & { submit: boolean },
): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  const organisationId = requireOrganisation(ctx);
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const org = found(
      await tx.organisation.findUnique({ where: { id: organisationId } }),
      "organisation",
      organisationId,
    );
    if (org.kind !== rules.orgKind) throw new DomainError("WRONG_ORGANISATION_KIND", { expected: rules.orgKind });
    const areaIds = await techAreaIds(tx, draft.techAreas);
    const now = ctx.now();
    const row = await rules.delegate(tx).create({
      data: {
        refCode: await nextRefCode(tx, rules.prefix, now),
        title: draft.title,
        description: draft.description,
        [rules.extraField]: draft.extra ?? null,
        searchText: searchTextOf(draft),
        language: draft.language,
        status: draft.submit ? "SUBMITTED" : "DRAFT",
        organisationId,
        submittedById: actor.personId,
        createdAt: now,
        submittedAt: draft.submit ? now : null,
        techAreas: { create: areaIds.map((techAreaId) => ({ techAreaId })) },
      },
      include: detailInclude,
    });
    await audit(tx, ctx, "create", rules.entity, row.id, { status: row.status, title: row.title });
    if (draft.submit) await recordEvent(tx, ctx, rules.events.submitted, { id: row.id, refCode: row.refCode });
    return presentSubmission(row);
  });
}

async function loadOwn(tx: Tx, ctx: Context, kind: SubmissionKind, id: number): Promise<Detail> {
  const rules = submissionKinds[kind];
  const row = found(await rules.delegate(tx).findUnique({ where: { id }, include: detailInclude }), rules.entity, id);
  if (row.submittedById !== ctx.actor?.personId) throw new DomainError("NOT_OWNER", { entity: rules.entity });
  return row;
}

function assertStatus(row: Detail, allowed: SubmissionStatus[], entity: string, action: string) {
  if (!allowed.includes(row.status)) throw new DomainError("INVALID_STATUS", { entity, status: row.status, action });
}

export async function updateSubmission(
  ctx: Context,
  kind: SubmissionKind,
  id: number,
  changes: Partial<SubmissionDraft>,
): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  return ctx.db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, kind, id);
    assertStatus(row, ["DRAFT", "SUBMITTED", "REJECTED"], rules.entity, "edited");
    const merged = {
      title: changes.title ?? row.title,
      description: changes.description ?? row.description,
      extra: changes.extra !== undefined ? changes.extra : (row[rules.extraField] ?? null),
    };
    const data: Record<string, unknown> = {
      title: merged.title,
      description: merged.description,
      [rules.extraField]: merged.extra,
      searchText: searchTextOf(merged),
      ...(changes.language ? { language: changes.language } : {}),
      // An edited rejection goes back to draft, to be submitted again.
      ...(row.status === "REJECTED" ? { status: "DRAFT" } : {}),
    };
    if (changes.techAreas) {
      const areaIds = await techAreaIds(tx, changes.techAreas);
      data.techAreas = { deleteMany: {}, create: areaIds.map((techAreaId) => ({ techAreaId })) };
    }
    const updated = await rules.delegate(tx).update({ where: { id }, data, include: detailInclude });
    await audit(tx, ctx, "update", rules.entity, id, changes);
    return presentSubmission(updated);
  });
}

export async function submitForReview(ctx: Context, kind: SubmissionKind, id: number): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  return ctx.db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, kind, id);
    assertStatus(row, ["DRAFT"], rules.entity, "submitted");
    const updated = await rules.delegate(tx).update({
      where: { id },
      data: { status: "SUBMITTED", submittedAt: ctx.now() },
      include: detailInclude,
    });
    await audit(tx, ctx, "submit", rules.entity, id);
    await recordEvent(tx, ctx, rules.events.submitted, { id, refCode: row.refCode });
    return presentSubmission(updated);
  });
}

export async function withdrawSubmission(ctx: Context, kind: SubmissionKind, id: number): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  return ctx.db.$transaction(async (tx) => {
    const row = await loadOwn(tx, ctx, kind, id);
    assertStatus(row, ["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED"], rules.entity, "withdrawn");
    const updated = await rules.delegate(tx).update({
      where: { id },
      data: { status: "WITHDRAWN", closedAt: ctx.now() },
      include: detailInclude,
    });
    await audit(tx, ctx, "withdraw", rules.entity, id, { from: row.status });
    return presentSubmission(updated);
  });
}

export async function reviewSubmission(
  ctx: Context,
  kind: SubmissionKind,
  input: { id: number; decision: "PUBLISH" | "REJECT"; reason?: string | null },
): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  if (input.decision === "REJECT" && !input.reason?.trim()) throw new DomainError("REASON_REQUIRED");
  const reviewed = await ctx.db.$transaction(async (tx) => {
    const delegate = rules.delegate(tx);
    const row = found(await delegate.findUnique({ where: { id: input.id } }), rules.entity, input.id);
    const now = ctx.now();
    const status = input.decision === "PUBLISH" ? "PUBLISHED" : "REJECTED";
    // Conditional on SUBMITTED: two reviewers deciding at once cannot both win.
    const { count } = await delegate.updateMany({
      where: { id: input.id, status: "SUBMITTED" },
      data: { status, ...(status === "PUBLISHED" ? { publishedAt: now } : {}) },
    });
    if (count === 0)
      throw new DomainError("INVALID_STATUS", { entity: rules.entity, status: row.status, action: "reviewed" });
    await tx.review.create({
      data: {
        [kind === "need" ? "needId" : "solutionId"]: input.id,
        decision: input.decision,
        reason: input.reason?.trim() || null,
        reviewerId: ctx.actor!.personId,
        createdAt: now,
      } as Prisma.ReviewUncheckedCreateInput,
    });
    await audit(tx, ctx, input.decision === "PUBLISH" ? "publish" : "reject", rules.entity, input.id, {
      reason: input.reason ?? null,
    });
    const event = input.decision === "PUBLISH" ? rules.events.published : rules.events.rejected;
    await recordEvent(tx, ctx, event, {
      id: input.id,
      refCode: row.refCode,
      submittedById: row.submittedById,
      reason: input.reason ?? null,
    });
    return presentSubmission(
      found(await delegate.findUnique({ where: { id: input.id }, include: detailInclude }), rules.entity, input.id),
    );
  });
  if (input.decision === "PUBLISH") {
    // The publication stands even if suggesting fails; suggestions can be asked for again.
    await suggestAfterPublish(ctx, kind, input.id).catch((error: unknown) => {
      logError("matching", `suggestions after publishing ${rules.entity} ${input.id} failed`, error);
    });
  }
  return reviewed;
}

export async function closeSubmission(ctx: Context, kind: SubmissionKind, id: number): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  return ctx.db.$transaction(async (tx) => {
    const delegate = rules.delegate(tx);
    const row = found(await delegate.findUnique({ where: { id } }), rules.entity, id);
    const { count } = await delegate.updateMany({
      where: { id, status: "PUBLISHED" },
      data: { status: "CLOSED", closedAt: ctx.now() },
    });
    if (count === 0)
      throw new DomainError("INVALID_STATUS", { entity: rules.entity, status: row.status, action: "closed" });
    await audit(tx, ctx, "close", rules.entity, id);
    return presentSubmission(
      found(await delegate.findUnique({ where: { id }, include: detailInclude }), rules.entity, id),
    );
  });
}

/** Public records are PUBLISHED or CLOSED; the submitter's organisation and staff see the rest. */
const PUBLIC_STATUSES: SubmissionStatus[] = ["PUBLISHED", "CLOSED"];

function visibleTo(ctx: Context, row: SubmissionRow): boolean {
  if (PUBLIC_STATUSES.includes(row.status)) return true;
  if (!ctx.actor) return false;
  return seesAllRecords(ctx.actor.role) || row.organisationId === ctx.actor.organisationId;
}

export async function getSubmission(ctx: Context, kind: SubmissionKind, id: number): Promise<SubmissionView> {
  const rules = submissionKinds[kind];
  const row = await rules.delegate(ctx.db).findUnique({ where: { id }, include: detailInclude });
  // Hidden records are reported as missing, so their existence does not leak.
  if (!row || !visibleTo(ctx, row)) throw new DomainError("NOT_FOUND", { entity: rules.entity, id });
  return presentSubmission(row);
}

export interface SubmissionSearch {
  text?: string;
  techAreas?: string[];
  organisationId?: number;
  statuses?: SubmissionStatus[];
  mine?: boolean;
  page: number;
  pageSize: number;
}

export async function searchSubmissions(ctx: Context, kind: SubmissionKind, search: SubmissionSearch) {
  const rules = submissionKinds[kind];
  const where: Record<string, unknown> = {};
  let statuses: SubmissionStatus[] | undefined;
  if (search.mine) {
    where.organisationId = requireOrganisation(ctx);
    if (search.statuses?.length) statuses = search.statuses;
  } else {
    if (search.organisationId) where.organisationId = search.organisationId;
    // The public may ask for published and closed records (published by default), nothing else.
    statuses = seesAllRecords(ctx.actor?.role)
      ? search.statuses
      : (search.statuses?.filter((status) => PUBLIC_STATUSES.includes(status)) ?? ["PUBLISHED"]);
  }
  if (statuses) where.status = { in: statuses };
  // Only published records are in the matching's index: only their search goes by meaning.
  const publishedOnly = statuses?.length === 1 && statuses[0] === "PUBLISHED";
  const words = (search.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const table = kind === "need" ? "ServiceNeed" : "Solution";
  if (search.techAreas?.length) where.techAreas = { some: { techArea: { slug: { in: search.techAreas } } } };
  const delegate = rules.delegate(ctx.db);
  if (words.length) {
    // Every word as typed (% and _ as themselves).
    const literal = await Promise.all(words.map((word) => literalContains(ctx.db, table, ["searchText"], word)));
    if (publishedOnly) return searchByMeaning(ctx, kind, delegate, { where, literal }, search);
    where.AND = literal;
  }
  const [total, rows] = await Promise.all([
    delegate.count({ where }),
    delegate.findMany({
      where,
      include: detailInclude,
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: (search.page - 1) * search.pageSize,
      take: search.pageSize,
    }),
  ]);
  return { total, page: search.page, pageSize: search.pageSize, items: rows.map(presentSubmission) };
}

/** How many records the words' meaning may bring in before filters: the best by score. */
const MEANING_CANDIDATES = 1_000;

/**
 * Words searched in published records by what they mean, in both languages: the records holding
 * every word as typed come first (a reference code, a name), then those sharing the words' terms
 * in the matching's term space (招牌 finds "signboards", "monitoring" finds 監測), best first.
 */
async function searchByMeaning(
  ctx: Context,
  kind: SubmissionKind,
  delegate: SubmissionDelegate,
  filters: { where: Record<string, unknown>; literal: Array<Record<string, unknown>> },
  search: SubmissionSearch,
) {
  const text = search.text ?? "";
  const { where } = filters;
  const index = matchIndex(ctx.db, kind);
  await index.sync();
  const byMeaning = index
    .searchText(termWeights(text))
    .sort((a, b) => b.score - a.score)
    .slice(0, MEANING_CANDIDATES);
  const score = new Map(byMeaning.map((hit) => [hit.id, hit.score]));
  const [literal, related] = await Promise.all([
    delegate.findMany({ where: { ...where, AND: filters.literal }, select: { id: true } }),
    delegate.findMany({ where: { ...where, id: { in: [...score.keys()] } }, select: { id: true } }),
  ]);
  const exact = new Set(literal.map((row) => row.id));
  // Scores to three places: records as good as each other are listed newest first.
  const rank = (id: number) => (exact.has(id) ? 1 : 0) + Math.round((score.get(id) ?? 0) * 1000) / 1000;
  const ids = [...new Set([...exact, ...related.map((row) => row.id)])].sort((a, b) => rank(b) - rank(a) || b - a);
  const pageIds = ids.slice((search.page - 1) * search.pageSize, search.page * search.pageSize);
  const rows = await delegate.findMany({ where: { id: { in: pageIds } }, include: detailInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [presentSubmission(row)] : [];
  });
  return { total: ids.length, page: search.page, pageSize: search.pageSize, items };
}

/**
 * Loads a need and a solution that are (or were) public, for matching, workshops and PoCs.
 * `allowClosed` admits records closed after publication.
 */
export async function loadPublishedPair(tx: Tx, needId: number, solutionId: number, options: { allowClosed: boolean }) {
  const need = found(await tx.serviceNeed.findUnique({ where: { id: needId } }), "service need", needId);
  const solution = found(await tx.solution.findUnique({ where: { id: solutionId } }), "solution", solutionId);
  const visible = (status: SubmissionStatus) => status === "PUBLISHED" || (options.allowClosed && status === "CLOSED");
  if (!visible(need.status)) throw new DomainError("NOT_PUBLISHED", { entity: "service need", id: need.refCode });
  if (!visible(solution.status)) throw new DomainError("NOT_PUBLISHED", { entity: "solution", id: solution.refCode });
  return { need, solution };
}
