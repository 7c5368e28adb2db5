// Matching benchmark: time to rank one need against 50,000 published solutions, through the
// API (`match.suggestionsForNeed`: index sync check, ranking, loading the top ten), on SQLite
// and PostgreSQL. Baseline, measured in the same run: a scan that scores every solution by the
// overlap of its terms with the need's (what one would write without a search library).
//
//   pnpm bench:matching [--solutions 50000] [--iterations 5] [--databases sqlite,postgres]
import { parseArgs } from "node:util";
import { createCaller, createContext, matching } from "@innolab/core";
import { createTestDatabase, postgresReachable } from "@innolab/db/testing";
import { createEvalLab, EVAL_AREAS } from "../packages/core/test/matching/eval-lab";
import { DISTRACTORS, EVAL_TOPICS } from "../packages/core/test/matching/eval-set";
import { benchArgs, percentile } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    solutions: { type: "string", default: "50000" },
    iterations: { type: "string", default: "5" },
    databases: { type: "string", default: "sqlite,postgres" },
  },
});
const solutionCount = Number(values.solutions);
const iterations = Number(values.iterations);
const TARGET_P95_MS = 50;

// Deterministic pseudo-random numbers, so both databases get the same data.
let state = 7;
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const texts = [
  ...EVAL_TOPICS.flatMap((topic) => [
    ...topic.good.map((t) => ({ t, areas: topic.areas })),
    ...topic.nearMisses.map(([t, areas]) => ({ t, areas })),
  ]),
  ...DISTRACTORS.map((t) => ({ t, areas: [pick(EVAL_AREAS)] })),
];

async function benchDatabase(kind: "sqlite" | "postgres") {
  const database = await createTestDatabase(kind);
  const { db } = database;
  try {
    const { areaIds, bd, company, officer, vendor } = await createEvalLab(db);
    // An existing catalogue: last changed an hour ago (the index re-reads only recent changes).
    const now = new Date(Date.now() - 3_600_000);
    const started = performance.now();
    for (let offset = 0; offset < solutionCount; offset += 2000) {
      const rows = Array.from({ length: Math.min(2000, solutionCount - offset) }, (_, i) => {
        const a = pick(texts);
        const b = pick(texts);
        const id = offset + i + 1;
        return {
          id,
          refCode: `SOL-B-${id}`,
          title: `${a.t[1]} ${id}`,
          description: `${a.t[2]} ${b.t[2]}`,
          useCases: b.t[1],
          language: a.t[0],
          status: "PUBLISHED" as const,
          organisationId: company.id,
          submittedById: vendor.id,
          submittedAt: now,
          publishedAt: now,
          updatedAt: now,
        };
      });
      await db.solution.createMany({ data: rows });
      await db.solutionTechArea.createMany({
        data: rows.flatMap((row) =>
          [...new Set([pick(EVAL_AREAS), pick(EVAL_AREAS)])].map((slug) => ({
            solutionId: row.id,
            techAreaId: areaIds.get(slug)!,
          })),
        ),
      });
    }
    if (kind === "postgres")
      await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Solution"', 'id'), ${solutionCount})`);
    await db.$executeRawUnsafe("ANALYZE");
    const needIds: number[] = [];
    for (const topic of EVAL_TOPICS) {
      for (const [language, title, description] of topic.needs) {
        const need = await db.serviceNeed.create({
          data: {
            refCode: `SN-B-${needIds.length + 1}`,
            title,
            description,
            language,
            status: "PUBLISHED",
            organisationId: bd.id,
            submittedById: officer.id,
            publishedAt: now,
            techAreas: { create: topic.areas.map((slug) => ({ techAreaId: areaIds.get(slug)! })) },
          },
        });
        needIds.push(need.id);
      }
    }
    console.log(
      `\n${kind}: ${solutionCount.toLocaleString("en")} solutions written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const index = matching.matchIndex(db, "solution");
    const buildStart = performance.now();
    await index.sync();
    const buildMs = performance.now() - buildStart;
    const rssMb = process.memoryUsage().rss / 1e6;
    console.log(
      `${kind}: index of ${index.size.toLocaleString("en")} solutions built in ${(buildMs / 1000).toFixed(1)} s (process RSS ${rssMb.toFixed(0)} MB)`,
    );

    const api = createCaller(
      createContext({ db, source: "web", actor: { personId: officer.id, role: "OFFICER", organisationId: bd.id } }),
    );
    const samples: number[] = [];
    for (let round = 0; round < iterations; round++) {
      for (const id of needIds) {
        const start = performance.now();
        await api.match.suggestionsForNeed({ id, limit: 10 });
        samples.push(performance.now() - start);
      }
    }

    // Ranking alone (no database), to compare with the baseline below.
    const needRows = await db.serviceNeed.findMany({ include: { techAreas: true } });
    const rankOnly: number[] = [];
    for (const need of needRows) {
      const start = performance.now();
      matching.rank(index, {
        text: `${need.title}\n${need.title}\n${need.description}`,
        areaIds: need.techAreas.map((l) => l.techAreaId),
        limit: 10,
      });
      rankOnly.push(performance.now() - start);
    }

    // Baseline: score every solution by shared terms, no index.
    const documents = (
      await db.solution.findMany({ select: { id: true, title: true, description: true, useCases: true } })
    ).map((row) => ({
      id: row.id,
      terms: new Set(matching.terms(`${row.title} ${row.description} ${row.useCases ?? ""}`)),
    }));
    const needs = await db.serviceNeed.findMany({ select: { title: true, description: true } });
    const baseline: number[] = [];
    for (const need of needs.slice(0, 20)) {
      const start = performance.now();
      const wanted = new Set(matching.terms(`${need.title} ${need.description}`));
      const scored = documents.map((doc) => {
        let shared = 0;
        for (const term of wanted) if (doc.terms.has(term)) shared++;
        return { id: doc.id, score: shared / (wanted.size + doc.terms.size - shared || 1) };
      });
      scored.sort((x, y) => y.score - x.score);
      baseline.push(performance.now() - start);
    }
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    console.log(
      `${kind}: rank one need against ${index.size.toLocaleString("en")} solutions via the API: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${samples.length} calls (target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? "met" : "NOT met"})`,
    );
    const rankP95 = percentile(rankOnly, 95);
    console.log(
      `${kind}: ranking alone (index, no database): p50 ${percentile(rankOnly, 50).toFixed(1)} ms, p95 ${rankP95.toFixed(1)} ms`,
    );
    console.log(
      `${kind}: baseline, scanning every solution's terms in memory (no BM25, no areas): p95 ${percentile(baseline, 95).toFixed(1)} ms; baseline ÷ ranking ×${(percentile(baseline, 95) / rankP95).toFixed(1)}`,
    );
  } finally {
    await database.drop();
  }
}

for (const kind of values.databases.split(",").map((d) => d.trim())) {
  if (kind === "postgres" && !(await postgresReachable())) {
    console.log("postgres: not reachable, skipped");
    continue;
  }
  await benchDatabase(kind as "sqlite" | "postgres");
}
