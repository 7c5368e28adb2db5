import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createCaller, createContext } from "../../src";
import { matchIndex } from "../../src/domain/matching/match-index";
import { rank } from "../../src/domain/matching/rank";
import { terms } from "../../src/domain/matching/text";
import { createEvalLab, EVAL_AREAS } from "./eval-lab";
import { DISTRACTORS, EVAL_TOPICS } from "./eval-set";

interface Quality {
  precisionAt5: number;
  recallAt10: number;
  nearMissInTop4: number;
}

describeEachDatabase("matching quality on the labelled evaluation set", (database) => {
  const needs: Array<{ id: number; topic: string; text: string; areaIds: number[] }> = [];
  const topicOfSolution = new Map<number, string>();
  const nearMissIds = new Map<string, Set<number>>();
  let quality: Quality;

  async function evaluate(weights?: { text: number; area: number }): Promise<Quality> {
    const index = matchIndex(database().db, "solution");
    await index.sync();
    let precision = 0;
    let recall = 0;
    let nearMiss = 0;
    for (const need of needs) {
      const ranked = rank(index, { text: need.text, areaIds: need.areaIds, limit: 10, weights }).map((r) => r.id);
      const relevant = (id: number) => topicOfSolution.get(id) === need.topic;
      precision += ranked.slice(0, 5).filter(relevant).length / 5;
      recall += ranked.filter(relevant).length / 4;
      if (ranked.slice(0, 4).some((id) => nearMissIds.get(need.topic)?.has(id))) nearMiss++;
    }
    return {
      precisionAt5: precision / needs.length,
      recallAt10: recall / needs.length,
      nearMissInTop4: nearMiss / needs.length,
    };
  }

  beforeAll(async () => {
    const { db } = database();
    const { areaIds: areaId, bd, company, officer, vendor } = await createEvalLab(db);
    let code = 0;
    const published = { status: "PUBLISHED" as const, publishedAt: new Date(), submittedAt: new Date() };
    const addSolution = async ([language, title, description]: readonly [string, string, string], areas: string[]) => {
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
      return row.id;
    };
    for (const topic of EVAL_TOPICS) {
      for (const text of topic.good) topicOfSolution.set(await addSolution(text, topic.areas), topic.key);
      const misses = new Set<number>();
      for (const [text, areas] of topic.nearMisses) misses.add(await addSolution(text, areas));
      nearMissIds.set(topic.key, misses);
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
        needs.push({
          id: row.id,
          topic: topic.key,
          text: `${title}\n${title}\n${description}`,
          areaIds: topic.areas.map((slug) => areaId.get(slug)!),
        });
      }
    }
    for (const text of DISTRACTORS) await addSolution(text, [EVAL_AREAS[code % EVAL_AREAS.length]!]);
    quality = await evaluate();
  }, 120_000);

  it("holds 60 needs and 200 solutions in both languages", async () => {
    expect(needs).toHaveLength(60);
    expect(await database().db.solution.count()).toBe(200);
    expect(await database().db.solution.count({ where: { language: "zh-HK" } })).toBeGreaterThanOrEqual(90);
  });

  it("segments Chinese into words and maps glossary terms across languages", () => {
    expect(terms("以無人機巡查斜坡")).toEqual(["drone", "inspect", "slope"]);
    expect(terms("Slope inspection with drones")).toEqual(["slope", "inspect", "drone"]);
    expect(terms("AI 偵測 signboards 招牌")).toEqual(["ai", "detect", "signboard", "signboard"]);
  });

  it("ranks the solutions that serve a need first: precision@5 ≥ 0.70, recall@10 ≥ 0.90", async () => {
    console.info(`[matching] combined: ${JSON.stringify(quality)}`);
    expect(quality.precisionAt5).toBeGreaterThanOrEqual(0.7);
    expect(quality.recallAt10).toBeGreaterThanOrEqual(0.9);
  });

  it("beats text alone and technology areas alone", async () => {
    const textOnly = await evaluate({ text: 1, area: 0 });
    const areaOnly = await evaluate({ text: 0, area: 1 });
    console.info(`[matching] text only: ${JSON.stringify(textOnly)}; areas only: ${JSON.stringify(areaOnly)}`);
    expect(quality.precisionAt5).toBeGreaterThan(textOnly.precisionAt5);
    expect(quality.precisionAt5).toBeGreaterThan(areaOnly.precisionAt5);
    expect(quality.recallAt10).toBeGreaterThanOrEqual(textOnly.recallAt10);
  });

  it("keeps near-misses that share words but not purpose out of the top four for most needs", () => {
    expect(quality.nearMissInTop4).toBeLessThanOrEqual(0.2);
  });

  it("gives a reason a person understands, in the caller's language", async () => {
    const { db } = database();
    const admin = await db.person.create({ data: { displayName: "Admin", role: "ADMIN" } });
    const need = needs.find((n) => n.topic === "slopes")!;
    for (const language of ["en", "zh-HK"] as const) {
      const api = createCaller(
        createContext({
          db,
          source: "web",
          language,
          actor: { personId: admin.id, role: "ADMIN", organisationId: null },
        }),
      );
      const [top] = await api.match.suggestionsForNeed({ id: need.id, limit: 3 });
      expect(topicOfSolution.get(top!.record.id)).toBe("slopes");
      expect(top!.reason.sharedAreas.map((a) => a.slug).sort()).toEqual(["artificial-intelligence", "robotics"]);
      expect(top!.reason.text).toMatch(
        language === "en" ? /^Shared areas: .*matching words: / : /^共同科技範疇：.*相符字詞：/,
      );
    }
  });

  it("a confirmed suggestion keeps the score it was ranked with", async () => {
    const { db } = database();
    const admin = await db.person.create({ data: { displayName: "Scorer", role: "ADMIN" } });
    const api = createCaller(
      createContext({ db, source: "web", actor: { personId: admin.id, role: "ADMIN", organisationId: null } }),
    );
    const need = needs.find((n) => n.topic === "water-leaks")!;
    const [top] = await api.match.suggestionsForNeed({ id: need.id, limit: 1 });
    const match = await api.match.decideSuggestion({
      needId: need.id,
      solutionId: top!.record.id,
      decision: "CONFIRM",
    });
    expect(match.score).toBeCloseTo(top!.score, 3);
    expect(match.score).toBeGreaterThan(0);
  });
});
