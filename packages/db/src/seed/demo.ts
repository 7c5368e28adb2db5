import type { Db } from "../client";
import { hkTime, SeedBuilder } from "./builder";
import { buildCollaboration } from "./collaboration";
import { NEED_TITLE_VARIANTS, NEEDS, SOLUTION_TEMPLATES, SOLUTIONS, TECH_AREAS } from "./data/catalogue";
import { BUREAUX_AND_DEPARTMENTS, LAB, NAMED_COMPANIES, PARTNERS, plausibleCompanies } from "./data/organisations";
import { buildForums, buildRegistrations } from "./forums";
import { addReview, buildPipeline, lifecycle } from "./pipeline";
import { addDaysUtc } from "./random";
import { writeSeed } from "./write";
import { assertEmpty, type Progress } from "./writer";

export const LAB_LAUNCH = hkTime(2019, 4, 1);
/**
 * The demo's subscribers have chat identities with ids no real chat has (Telegram's are numbers,
 * Teams' start "29:"): the push engine leaves them out, so the demo never sends a real message.
 */
export const DEMO_CHAT_PREFIX = "demo-";
export const DEMO_ADMIN_EMAIL = "admin@innolab.local";
export const DEMO_MANAGER_EMAIL = "manager@innolab.local";

/**
 * The demo: the lab's real history from its launch in April 2019 to `today` — real B/Ds,
 * plausible companies, the real example needs and solutions, quarterly forums with
 * Cyberport and Hong Kong Science Park, and the pipeline through to adoptions.
 */
export function buildDemo(today: Date): SeedBuilder {
  const seed = new SeedBuilder(20190401);
  const r = seed.random;
  const areaId = new Map<string, number>();
  for (const area of TECH_AREAS) {
    const id = seed.nextId(seed.techAreas);
    seed.techAreas.push({ id, ...area, createdAt: LAB_LAUNCH });
    areaId.set(area.slug, id);
  }
  const org = (
    kind: "GOVERNMENT" | "COMPANY" | "PARTNER" | "LAB",
    nameEn: string,
    nameZh: string,
    acronym: string | null,
    flags = {},
  ) => {
    const id = seed.nextId(seed.organisations);
    seed.organisations.push({ id, kind, nameEn, nameZh, acronym, createdAt: LAB_LAUNCH, ...flags });
    return id;
  };
  const labId = org("LAB", ...LAB);
  const partnerIds = PARTNERS.map(([en, zh, acr]) => org("PARTNER", en, zh, acr));
  const bdIds = new Map(BUREAUX_AND_DEPARTMENTS.map(([en, zh, acr]) => [acr, org("GOVERNMENT", en, zh, acr)]));
  const companyIds = [
    ...NAMED_COMPANIES.map(([en, zh]) => org("COMPANY", en, zh, null, { isSme: false })),
    ...plausibleCompanies(172).map(({ nameEn, nameZh }) =>
      org("COMPANY", nameEn, nameZh, null, { isStartup: r.chance(0.4), isSme: r.chance(0.8) }),
    ),
  ];

  const person = (
    displayName: string,
    role: "OFFICER" | "VENDOR" | "ADMIN" | "MANAGER" | "SUBSCRIBER",
    organisationId: number | null,
    extra = {},
  ) => {
    const id = seed.nextId(seed.people);
    seed.people.push({
      id,
      displayName,
      role,
      organisationId,
      language: r.chance(0.5) ? "zh-HK" : "en",
      createdAt: LAB_LAUNCH,
      ...extra,
    });
    return id;
  };
  const staffId = person("Lab Administrator", "ADMIN", labId, { email: DEMO_ADMIN_EMAIL, language: "en" });
  person("Lab Manager", "MANAGER", labId, { email: DEMO_MANAGER_EMAIL, language: "zh-HK" });
  const peopleOf = new Map<number, number[]>();
  for (const [acr, id] of bdIds)
    peopleOf.set(id, [person(`${acr} Officer A`, "OFFICER", id), person(`${acr} Officer B`, "OFFICER", id)]);
  companyIds.forEach((id, i) => {
    peopleOf.set(
      id,
      Array.from({ length: 1 + (i % 2) }, (_, k) => person(`Vendor ${i + 1}${"AB"[k]}`, "VENDOR", id)),
    );
  });
  const subscribers = Array.from({ length: 40 }, (_, i) => person(`Subscriber ${i + 1}`, "SUBSCRIBER", null));
  subscribers.forEach((personId, i) => {
    seed.identities.push({
      id: seed.nextId(seed.identities),
      personId,
      channel: i % 3 === 0 ? "TEAMS" : "TELEGRAM",
      externalId: `${DEMO_CHAT_PREFIX}${personId}`,
      chatId: `${DEMO_CHAT_PREFIX}${personId}`,
      language: i % 2 ? "zh-HK" : "en",
      createdAt: LAB_LAUNCH,
    });
    for (const topic of r.sample(
      ["NEW_NEEDS", "NEW_SOLUTIONS", "FORUMS", ...TECH_AREAS.map((a) => `TECH_AREA:${a.slug}`)],
      r.int(1, 4),
    )) {
      seed.subscriptions.push({
        id: seed.nextId(seed.subscriptions),
        personId,
        topicKey: topic,
        createdAt: LAB_LAUNCH,
      });
    }
  });

  // Needs and solutions: the catalogue, then variants, created in date order for their codes.
  const needDrafts = [
    ...NEEDS.map((entry, i) => ({
      entry,
      title: entry.title,
      owner: bdIds.get(entry.owner),
      createdAt: addDaysUtc(hkTime(2019, 4, 15), i * 9),
    })),
    ...Array.from({ length: 70 }, () => {
      const entry = r.pick(NEEDS.slice(3));
      const [, , acr] = r.pick(BUREAUX_AND_DEPARTMENTS);
      const [variantEn, variantZh] = r.pick(NEED_TITLE_VARIANTS);
      const title =
        entry.language === "en" ? `${entry.title} – ${variantEn} ${acr}` : `${variantZh}${entry.title}（${acr}）`;
      return {
        entry,
        title,
        owner: bdIds.get(acr),
        createdAt: r.dateBetween(hkTime(2019, 9, 1), addDaysUtc(today, -5)),
      };
    }),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const publishedNeeds: Array<{ id: number; organisationId: number; publishedAt: Date; areas: number[] }> = [];
  for (const draft of needDrafts) {
    const organisationId = draft.owner ?? 0;
    const id = seed.nextId(seed.needs);
    const life = lifecycle(seed, draft.createdAt, today);
    // The lab's own examples were published in its first months.
    const forced = NEEDS.indexOf(draft.entry) < 3 && draft.title === draft.entry.title;
    const final = forced
      ? {
          ...life,
          status: "PUBLISHED" as const,
          submittedAt: draft.createdAt,
          publishedAt: addDaysUtc(draft.createdAt, 10),
          closedAt: null,
          rejectedAt: null,
        }
      : life;
    const submitter = peopleOf.get(organisationId)?.[0] ?? staffId;
    seed.needs.push({
      id,
      refCode: seed.refCode("SN", draft.createdAt),
      title: draft.title,
      description: draft.entry.description,
      expectedOutcome: draft.entry.extra,
      searchText: [draft.title, draft.entry.description, draft.entry.extra].join("\n").toLowerCase(),
      language: draft.entry.language,
      status: final.status,
      organisationId,
      submittedById: submitter,
      createdAt: draft.createdAt,
      updatedAt: final.publishedAt ?? final.rejectedAt ?? draft.createdAt,
      submittedAt: final.submittedAt,
      publishedAt: final.publishedAt,
      closedAt: final.closedAt,
    });
    const areas = draft.entry.areas.map((slug) => areaId.get(slug) ?? 0);
    for (const techAreaId of areas) seed.needAreas.push({ needId: id, techAreaId });
    addReview(seed, { needId: id }, final, staffId);
    if (final.publishedAt && (final.status === "PUBLISHED" || final.status === "CLOSED")) {
      publishedNeeds.push({ id, organisationId, publishedAt: final.publishedAt, areas });
    }
  }

  const solutionDrafts = [
    ...SOLUTIONS.map((entry, i) => ({
      title: entry.title,
      titleZh: null as string | null,
      description: entry.description,
      extra: entry.extra,
      language: entry.language,
      areas: entry.areas,
      companyId: companyIds[Number(entry.owner)] ?? 0,
      createdAt: addDaysUtc(hkTime(2019, 4, 20), i * 7),
      forced: true,
    })),
    ...Array.from({ length: 200 }, () => {
      const [title, titleZh, areas] = r.pick(SOLUTION_TEMPLATES);
      const companyIndex = r.int(3, companyIds.length - 1);
      const company = seed.organisations[(companyIds[companyIndex] ?? 1) - 1];
      const zh = r.chance(0.35);
      return {
        title: zh ? `${company?.nameZh}${titleZh}` : `${title} by ${company?.nameEn}`,
        titleZh,
        description: zh
          ? `${titleZh}，已於本地項目應用，支援中英文介面。`
          : `${title}, proven in local projects, with English and Chinese interfaces.`,
        extra: zh ? "適用於政府部門的日常運作。" : "Suitable for day-to-day operations of government departments.",
        language: zh ? ("zh-HK" as const) : ("en" as const),
        areas,
        companyId: companyIds[companyIndex] ?? 0,
        createdAt: r.dateBetween(hkTime(2019, 5, 1), addDaysUtc(today, -3)),
        forced: false,
      };
    }),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const publishedSolutions: typeof publishedNeeds = [];
  for (const draft of solutionDrafts) {
    const id = seed.nextId(seed.solutions);
    const life = lifecycle(seed, draft.createdAt, today);
    const final = draft.forced
      ? {
          ...life,
          status: "PUBLISHED" as const,
          submittedAt: draft.createdAt,
          publishedAt: addDaysUtc(draft.createdAt, 7),
          closedAt: null,
          rejectedAt: null,
        }
      : life;
    seed.solutions.push({
      id,
      refCode: seed.refCode("SOL", draft.createdAt),
      title: draft.title,
      description: draft.description,
      useCases: draft.extra,
      searchText: [draft.title, draft.description, draft.extra].join("\n").toLowerCase(),
      language: draft.language,
      status: final.status,
      organisationId: draft.companyId,
      submittedById: peopleOf.get(draft.companyId)?.[0] ?? staffId,
      createdAt: draft.createdAt,
      updatedAt: final.publishedAt ?? final.rejectedAt ?? draft.createdAt,
      submittedAt: final.submittedAt,
      publishedAt: final.publishedAt,
      closedAt: final.closedAt,
    });
    const areas = draft.areas.map((slug) => areaId.get(slug) ?? 0);
    for (const techAreaId of areas) seed.solutionAreas.push({ solutionId: id, techAreaId });
    addReview(seed, { solutionId: id }, final, staffId);
    if (final.publishedAt && (final.status === "PUBLISHED" || final.status === "CLOSED")) {
      publishedSolutions.push({ id, organisationId: draft.companyId, publishedAt: final.publishedAt, areas });
    }
  }

  buildPipeline(seed, publishedNeeds, publishedSolutions, {
    today,
    staffId,
    matchesPerNeed: [1, 4],
    workshopShare: 0.6,
    pocShare: 0.6,
    adoptionShare: 0.6,
    venues: ["Smart Government Innovation Lab, Cyberport", "Hong Kong Science Park"],
  });

  // Forums: each draws a third of the B/Ds and most companies, so that by early 2020 60+ B/Ds
  // and 170+ companies have taken part, as the lab reported.
  const forumIds = buildForums(seed, { today, partnerIds, capacity: 300, perQuarter: 1 });
  const bdList = [...bdIds.values()];
  for (const forumId of forumIds) {
    const orgs = [...r.sample(bdList, 36), ...r.sample(companyIds, 115)];
    const attendees = orgs.map((organisationId) => ({
      personId: r.pick(peopleOf.get(organisationId) ?? [staffId]),
      organisationId,
    }));
    buildRegistrations(seed, forumId, attendees, today);
  }
  const bookers = seed.people.filter((p) => p.role === "OFFICER" || p.role === "VENDOR").map((p) => p.id!);
  buildCollaboration(seed, { today, bookers });
  return seed;
}

export async function seedDemo(db: Db, options: { today?: Date; progress?: Progress } = {}): Promise<SeedBuilder> {
  await assertEmpty(db);
  const seed = buildDemo(options.today ?? new Date());
  await writeSeed(db, seed, options.progress);
  return seed;
}
