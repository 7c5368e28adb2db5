import type { Db } from "@innolab/db";
import { type MatchIndex, matchIndex } from "../../src/domain/matching/match-index";
import { rank } from "../../src/domain/matching/rank";
import type { EvalTopic } from "./eval-set";

/** The technology areas the evaluation set uses. */
export const EVAL_AREAS = [
  "anti-bot",
  "artificial-intelligence",
  "blockchain",
  "cloud-computing",
  "internet-of-things",
  "robotics",
  "big-data",
  "cybersecurity",
];

/** What the evaluation set's needs and solutions hang off: areas, a B/D and a company with a submitter each. */
export async function createEvalLab(db: Db) {
  const areaIds = new Map<string, number>();
  for (const slug of EVAL_AREAS) {
    areaIds.set(slug, (await db.techArea.create({ data: { slug, nameEn: slug, nameZh: slug } })).id);
  }
  const bd = await db.organisation.create({ data: { kind: "GOVERNMENT", nameEn: "Eval B/D", nameZh: "評估部門" } });
  const company = await db.organisation.create({ data: { kind: "COMPANY", nameEn: "Eval Co", nameZh: "評估公司" } });
  const officer = await db.person.create({ data: { displayName: "Officer", role: "OFFICER", organisationId: bd.id } });
  const vendor = await db.person.create({
    data: { displayName: "Vendor", role: "VENDOR", organisationId: company.id },
  });
  return { areaIds, bd, company, officer, vendor };
}

export interface EvalNeed {
  id: number;
  topic: string;
  language: string;
  text: string;
  areaIds: number[];
}

export interface EvalCatalogue {
  needs: EvalNeed[];
  topicOfSolution: Map<number, string>;
  languageOfSolution: Map<number, string>;
  nearMissIds: Map<string, Set<number>>;
}

type Text = readonly [string, string, string];

/** Publishes the topics' needs and solutions (and the distractors) as the API would store them. */
export async function loadEvalSet(db: Db, topics: EvalTopic[], distractors: readonly Text[]): Promise<EvalCatalogue> {
  const { areaIds: areaId, bd, company, officer, vendor } = await createEvalLab(db);
  const catalogue: EvalCatalogue = {
    needs: [],
    topicOfSolution: new Map(),
    languageOfSolution: new Map(),
    nearMissIds: new Map(),
  };
  let code = 0;
  const published = { status: "PUBLISHED" as const, publishedAt: new Date(), submittedAt: new Date() };
  const addSolution = async ([language, title, description]: Text, areas: string[]) => {
    const row = await db.solution.create({
      data: {
        refCode: `SOL-EVAL-${++code}`,
        title,
        description,
        language,
        organisationId: company.id,
        submittedById: vendor.id,
        ...published,
        techAreas: { create: areas.map((slug) => ({ techAreaId: areaId.get(slug)! })) },
      },
    });
    catalogue.languageOfSolution.set(row.id, language);
    return row.id;
  };
  for (const topic of topics) {
    for (const text of topic.good) catalogue.topicOfSolution.set(await addSolution(text, topic.areas), topic.key);
    const misses = new Set<number>();
    for (const [text, areas] of topic.nearMisses) misses.add(await addSolution(text, areas));
    catalogue.nearMissIds.set(topic.key, misses);
    for (const [language, title, description] of topic.needs) {
      const row = await db.serviceNeed.create({
        data: {
          refCode: `SN-EVAL-${++code}`,
          title,
          description,
          language,
          organisationId: bd.id,
          submittedById: officer.id,
          ...published,
          techAreas: { create: topic.areas.map((slug) => ({ techAreaId: areaId.get(slug)! })) },
        },
      });
      catalogue.needs.push({
        id: row.id,
        topic: topic.key,
        language,
        text: `${title}\n${title}\n${description}`,
        areaIds: topic.areas.map((slug) => areaId.get(slug)!),
      });
    }
  }
  for (const text of distractors) await addSolution(text, [EVAL_AREAS[code % EVAL_AREAS.length]!]);
  return catalogue;
}

export interface Quality {
  needs: number;
  recallAt5: number;
  recallAt10: number;
  /** Recall@10 of the good pairs whose need and solution are in different languages. */
  crossLanguageRecallAt10: number;
  sameLanguageRecallAt10: number;
  mrr: number;
  /** Share of needs with a near-miss ranked above every good solution. */
  nearMissFirst: number;
}

/** Ranks the solutions for each need and scores the rankings against the labels. */
export async function measure(
  db: Db,
  catalogue: EvalCatalogue,
  needs: EvalNeed[] = catalogue.needs,
  options: { areaBoost?: number } = {},
): Promise<Quality> {
  const index: MatchIndex = matchIndex(db, "solution");
  await index.sync();
  const totals = { r5: 0, r10: 0, cross: 0, crossAll: 0, same: 0, sameAll: 0, rr: 0, nearMiss: 0 };
  for (const need of needs) {
    const ranked = rank(index, { text: need.text, areaIds: need.areaIds, limit: 50, ...options }).map((r) => r.id);
    const good = [...catalogue.topicOfSolution].filter(([, topic]) => topic === need.topic).map(([id]) => id);
    const position = (id: number) => {
      const at = ranked.indexOf(id);
      return at === -1 ? Number.POSITIVE_INFINITY : at;
    };
    totals.r5 += good.filter((id) => position(id) < 5).length / good.length;
    totals.r10 += good.filter((id) => position(id) < 10).length / good.length;
    for (const id of good) {
      const cross = catalogue.languageOfSolution.get(id) !== need.language;
      const found = position(id) < 10 ? 1 : 0;
      if (cross) {
        totals.cross += found;
        totals.crossAll++;
      } else {
        totals.same += found;
        totals.sameAll++;
      }
    }
    const firstGood = Math.min(...good.map(position));
    if (Number.isFinite(firstGood)) totals.rr += 1 / (firstGood + 1);
    const firstMiss = Math.min(...[...(catalogue.nearMissIds.get(need.topic) ?? [])].map(position));
    if (firstMiss < firstGood) totals.nearMiss++;
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    needs: needs.length,
    recallAt5: round(totals.r5 / needs.length),
    recallAt10: round(totals.r10 / needs.length),
    crossLanguageRecallAt10: round(totals.cross / Math.max(1, totals.crossAll)),
    sameLanguageRecallAt10: round(totals.same / Math.max(1, totals.sameAll)),
    mrr: round(totals.rr / needs.length),
    nearMissFirst: round(totals.nearMiss / needs.length),
  };
}
