import type { Db } from "../client";
import { hkTime, SeedBuilder } from "./builder";
import { SOLUTION_TEMPLATES, TECH_AREAS } from "./data/catalogue";
import { buildForums, buildRegistrations } from "./forums";
import { addReview, buildPipeline, lifecycle } from "./pipeline";
import { addDaysUtc } from "./random";
import { writeSeed } from "./write";
import { assertEmpty, type Progress } from "./writer";

export interface SyntheticSize {
  organisations: number;
  people: number;
  registrations: number;
  needs: number;
  solutions: number;
}

/** Scale 1: ten years, 1k organisations, 100k registrations, 50k needs and solutions. */
export function syntheticSize(scale: number): SyntheticSize {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return { organisations: n(1000), people: n(4000), registrations: n(100_000), needs: n(25_000), solutions: n(25_000) };
}

/** A large, deterministic dataset shaped like the lab's, for benchmarks. */
export function buildSynthetic(scale: number, today = hkTime(2029, 4, 1)): SeedBuilder {
  const size = syntheticSize(scale);
  const seed = new SeedBuilder(4242);
  const r = seed.random;
  const start = hkTime(2019, 4, 1);
  for (const [i, area] of TECH_AREAS.entries()) seed.techAreas.push({ id: i + 1, ...area, createdAt: start });
  const areaIds = seed.techAreas.map((area) => area.id as number);
  const governments: number[] = [];
  const companies: number[] = [];
  const partners: number[] = [];
  for (let i = 0; i < size.organisations; i++) {
    const id = seed.nextId(seed.organisations);
    const kind = i < 2 ? "PARTNER" : i % 8 === 0 ? "GOVERNMENT" : "COMPANY";
    seed.organisations.push({
      id,
      kind,
      nameEn: `Organisation ${id}`,
      nameZh: `機構 ${id}`,
      createdAt: start,
      isSme: kind === "COMPANY" && r.chance(0.8),
    });
    (kind === "PARTNER" ? partners : kind === "GOVERNMENT" ? governments : companies).push(id);
  }
  const members: Array<{ personId: number; organisationId: number }> = [];
  const staffId = 1;
  seed.people.push({ id: staffId, displayName: "Synthetic Admin", role: "ADMIN", createdAt: start });
  for (let i = 1; i < size.people; i++) {
    const organisationId = i % 4 === 0 ? r.pick(governments) : r.pick(companies);
    const id = seed.nextId(seed.people);
    const role = governments.includes(organisationId) ? "OFFICER" : "VENDOR";
    seed.people.push({ id, displayName: `Person ${id}`, role, organisationId, createdAt: start });
    members.push({ personId: id, organisationId });
  }
  const submit = (kind: "need" | "solution", count: number) => {
    const published: Array<{ id: number; organisationId: number; publishedAt: Date; areas: number[] }> = [];
    const dates = Array.from({ length: count }, () => r.dateBetween(start, addDaysUtc(today, -2))).sort(
      (a, b) => a.getTime() - b.getTime(),
    );
    for (const createdAt of dates) {
      const rows = kind === "need" ? seed.needs : seed.solutions;
      const id = seed.nextId(rows);
      const organisationId = kind === "need" ? r.pick(governments) : r.pick(companies);
      const life = lifecycle(seed, createdAt, today);
      const [title, , slugs] = r.pick(SOLUTION_TEMPLATES);
      const areas = r.sample(areaIds, r.int(1, 3));
      const common = {
        id,
        title: `${title} ${id}`,
        description: `Synthetic ${kind} about ${slugs.join(" and ")}.`,
        searchText: `${title} ${id}`.toLowerCase(),
        status: life.status,
        organisationId,
        submittedById: staffId,
        createdAt,
        updatedAt: createdAt,
        submittedAt: life.submittedAt,
        publishedAt: life.publishedAt,
        closedAt: life.closedAt,
      };
      if (kind === "need") {
        seed.needs.push({ ...common, refCode: seed.refCode("SN", createdAt) });
        for (const techAreaId of areas) seed.needAreas.push({ needId: id, techAreaId });
        addReview(seed, { needId: id }, life, staffId);
      } else {
        seed.solutions.push({ ...common, refCode: seed.refCode("SOL", createdAt) });
        for (const techAreaId of areas) seed.solutionAreas.push({ solutionId: id, techAreaId });
        addReview(seed, { solutionId: id }, life, staffId);
      }
      if (life.publishedAt && (life.status === "PUBLISHED" || life.status === "CLOSED")) {
        published.push({ id, organisationId, publishedAt: life.publishedAt, areas });
      }
    }
    return published;
  };
  const needs = submit("need", size.needs);
  const solutions = submit("solution", size.solutions);
  buildPipeline(seed, r.sample(needs, Math.ceil(needs.length * 0.4)), solutions, {
    today,
    staffId,
    matchesPerNeed: [1, 3],
    workshopShare: 0.3,
    pocShare: 0.5,
    adoptionShare: 0.5,
    venues: ["Lab"],
  });
  const forumsWanted = 40;
  const perQuarter = Math.max(1, Math.round((forumsWanted * scale) / 40));
  const forumIds = buildForums(seed, { today, partnerIds: partners, capacity: 1_000_000, perQuarter });
  const perForum = Math.ceil(size.registrations / forumIds.length);
  for (const forumId of forumIds) {
    buildRegistrations(seed, forumId, r.sample(members, Math.min(perForum, members.length)), today);
  }
  return seed;
}

export async function seedSynthetic(db: Db, options: { scale: number; progress?: Progress }): Promise<SeedBuilder> {
  await assertEmpty(db);
  const seed = buildSynthetic(options.scale);
  await writeSeed(db, seed, options.progress);
  return seed;
}
