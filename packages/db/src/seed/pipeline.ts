import type { SubmissionStatus } from "../generated/sqlite/enums";
import type { SeedBuilder } from "./builder";
import { addDaysUtc } from "./random";

/**
 * Shared steps of the demo and synthetic seeds: a submission's lifecycle dates, and the flow
 * from published needs to matches, workshops, PoCs and adoptions.
 */

export interface Lifecycle {
  status: SubmissionStatus;
  submittedAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  rejectedAt: Date | null;
}

/** A plausible lifecycle for a record created at `createdAt`, as seen on `today`. */
export function lifecycle(seed: SeedBuilder, createdAt: Date, today: Date): Lifecycle {
  const r = seed.random;
  const submittedAt = addDaysUtc(createdAt, r.int(0, 3));
  const reviewedAt = addDaysUtc(submittedAt, r.int(5, 30));
  const none = { submittedAt: null, publishedAt: null, closedAt: null, rejectedAt: null };
  if (submittedAt > today) return { status: "DRAFT", ...none };
  if (reviewedAt > today) return { status: "SUBMITTED", ...none, submittedAt };
  const roll = r.next();
  if (roll < 0.03) return { status: "DRAFT", ...none };
  if (roll < 0.08) return { status: "REJECTED", ...none, submittedAt, rejectedAt: reviewedAt };
  if (roll < 0.1) return { status: "WITHDRAWN", ...none, submittedAt, closedAt: reviewedAt };
  const closedAt = addDaysUtc(reviewedAt, r.int(300, 900));
  if (closedAt < today && r.chance(0.5))
    return { status: "CLOSED", submittedAt, publishedAt: reviewedAt, closedAt, rejectedAt: null };
  return { status: "PUBLISHED", submittedAt, publishedAt: reviewedAt, closedAt: null, rejectedAt: null };
}

export function addReview(
  seed: SeedBuilder,
  target: { needId?: number; solutionId?: number },
  life: Lifecycle,
  reviewerId: number,
) {
  const at = life.publishedAt ?? life.rejectedAt;
  if (!at) return;
  seed.reviews.push({
    id: seed.nextId(seed.reviews),
    ...target,
    decision: life.publishedAt ? "PUBLISH" : "REJECT",
    reason: life.publishedAt ? null : "Please describe the business challenge and the expected outcome in more detail.",
    reviewerId,
    createdAt: at,
  });
}

interface PublishedRecord {
  id: number;
  organisationId: number;
  publishedAt: Date;
  areas: number[];
}

export interface FlowOptions {
  today: Date;
  staffId: number;
  matchesPerNeed: [number, number];
  workshopShare: number;
  pocShare: number;
  adoptionShare: number;
  venues: readonly string[];
}

/** Matches, workshops, PoCs and adoptions for published needs, dated after what they follow. */
export function buildPipeline(
  seed: SeedBuilder,
  needs: PublishedRecord[],
  solutions: PublishedRecord[],
  options: FlowOptions,
) {
  const r = seed.random;
  const byArea = new Map<number, PublishedRecord[]>();
  for (const solution of solutions) {
    for (const area of solution.areas) {
      const list = byArea.get(area);
      if (list) list.push(solution);
      else byArea.set(area, [solution]);
    }
  }
  const pocPlans: Array<{ needId: number; solution: PublishedRecord; governmentOrgId: number; startDate: Date }> = [];
  for (const need of needs) {
    // Candidates share a technology area with the need: pick an area, then a solution in it.
    const picked = new Map<number, PublishedRecord>();
    const wanted = r.int(...options.matchesPerNeed);
    for (let attempt = 0; attempt < wanted * 3 && picked.size < wanted; attempt++) {
      const inArea = byArea.get(r.pick(need.areas));
      if (!inArea?.length) continue;
      const solution = r.pick(inArea);
      picked.set(solution.id, solution);
    }
    const confirmed: Array<{ solution: PublishedRecord; decidedAt: Date }> = [];
    for (const solution of picked.values()) {
      const createdAt = new Date(Math.max(need.publishedAt.getTime(), solution.publishedAt.getTime()) + 3_600_000);
      if (createdAt > options.today) continue;
      const decidedAt = addDaysUtc(createdAt, r.int(2, 20));
      const roll = r.next();
      // The draws in the order they always were: the demo's other records stay as they were.
      const score = Math.round((0.4 + r.next() * 0.6) * 1000) / 1000;
      const sourceRoll = r.next();
      const status = decidedAt > options.today || roll < 0.25 ? "SUGGESTED" : roll < 0.4 ? "DISMISSED" : "CONFIRMED";
      seed.matches.push({
        id: seed.nextId(seed.matches),
        needId: need.id,
        solutionId: solution.id,
        score,
        source: sourceRoll < 0.6 ? "ENGINE" : sourceRoll < 0.8 ? "STAFF" : "VENDOR",
        status,
        reason: "Shared technology area",
        createdAt,
        decidedAt: status === "SUGGESTED" ? null : decidedAt,
        decidedById: status === "SUGGESTED" ? null : options.staffId,
      });
      if (status === "CONFIRMED") confirmed.push({ solution, decidedAt });
    }
    if (confirmed.length === 0 || !r.chance(options.workshopShare)) continue;
    const lastDecision = Math.max(...confirmed.map((c) => c.decidedAt.getTime()));
    const scheduledAt = addDaysUtc(new Date(lastDecision), r.int(14, 60));
    const workshopId = seed.nextId(seed.workshops);
    const held = scheduledAt < options.today;
    seed.workshops.push({
      id: workshopId,
      title: `Thematic workshop ${workshopId}`,
      needId: need.id,
      scheduledAt,
      venue: r.pick(options.venues),
      status: held ? "HELD" : "PLANNED",
      outcome: held
        ? "Suppliers presented their solutions; the department shortlisted one for a proof-of-concept."
        : null,
      createdAt: new Date(lastDecision),
    });
    for (const company of new Set(confirmed.map((c) => c.solution.organisationId))) {
      const solution = confirmed.find((c) => c.solution.organisationId === company)?.solution;
      seed.invites.push({
        workshopId,
        organisationId: company,
        solutionId: solution?.id ?? null,
        status: held ? "ATTENDED" : "INVITED",
        createdAt: new Date(lastDecision),
      });
    }
    const startDate = addDaysUtc(scheduledAt, r.int(30, 90));
    const chosen = confirmed[0];
    if (held && chosen && startDate < options.today && r.chance(options.pocShare)) {
      pocPlans.push({ needId: need.id, solution: chosen.solution, governmentOrgId: need.organisationId, startDate });
    }
  }
  pocPlans.sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  for (const plan of pocPlans) {
    const pocId = seed.nextId(seed.pocs);
    const finishAt = addDaysUtc(plan.startDate, r.int(90, 180));
    const finished = finishAt < options.today;
    const status = !finished ? (r.chance(0.8) ? "IN_PROGRESS" : "PLANNED") : r.chance(0.85) ? "COMPLETED" : "ABANDONED";
    seed.pocs.push({
      id: pocId,
      refCode: seed.refCode("POC", plan.startDate),
      needId: plan.needId,
      solutionId: plan.solution.id,
      governmentOrgId: plan.governmentOrgId,
      companyId: plan.solution.organisationId,
      status,
      startDate: plan.startDate,
      endDate: finishAt,
      completedAt: status === "COMPLETED" ? finishAt : null,
      findings: finished ? "The solution met most acceptance criteria; accuracy dropped in poor lighting." : null,
      feedbackToProvider: finished ? "Improve night-time performance and Chinese-language support." : null,
      createdAt: plan.startDate,
      updatedAt: finished ? finishAt : plan.startDate,
    });
    const adoptedOn = addDaysUtc(finishAt, r.int(30, 150));
    if (status === "COMPLETED" && adoptedOn < options.today && r.chance(options.adoptionShare)) {
      seed.adoptions.push({
        id: seed.nextId(seed.adoptions),
        pocId,
        adoptedOn,
        scale: r.pick(["Pilot district", "Department-wide", "Territory-wide"]),
        notes: null,
        createdAt: adoptedOn,
      });
    }
  }
}
