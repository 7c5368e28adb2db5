// KPI query benchmark: builds the synthetic dataset (scale 1: ten years, 1k organisations,
// 100k registrations, 50k needs and solutions) on SQLite and PostgreSQL, then times every KPI
// query. Baseline, measured in the same run: the naive way — load the rows' dates with Prisma
// and bucket them in JavaScript.
//
//   pnpm bench:kpi [--scale 1] [--iterations 30] [--databases sqlite,postgres]
import { parseArgs } from "node:util";
import { kpi } from "@innolab/core";
import { type Db, seed } from "@innolab/db";
import { createTestDatabase, postgresReachable, type TestDatabase } from "@innolab/db/testing";
import { benchArgs, percentile } from "./stats";

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    scale: { type: "string", default: "1" },
    iterations: { type: "string", default: "30" },
    databases: { type: "string", default: "sqlite,postgres" },
  },
});
const scale = Number(values.scale);
const iterations = Number(values.iterations);
const TARGET_P95_MS = 50;
const PAGE_TARGET_P95_MS = 100;

const query: kpi.KpiQuery = {
  from: new Date("2019-04-01T00:00:00+08:00"),
  to: new Date("2029-04-01T00:00:00+08:00"),
  granularity: "quarter",
  now: new Date("2029-04-01T00:00:00+08:00"),
};

async function time(work: () => Promise<unknown>, runs: number) {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The baseline: every row's date through the ORM, bucketed in JavaScript. */
async function naiveNeedsSubmitted(db: Db) {
  const rows = await db.serviceNeed.findMany({
    where: { submittedAt: { lt: query.to } },
    select: { submittedAt: true },
  });
  const counts = new Map<string, number>();
  for (const { submittedAt } of rows) {
    if (!submittedAt) continue;
    const key = kpi.periodKey(submittedAt, query.granularity);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function benchDatabase(kind: "sqlite" | "postgres") {
  const database: TestDatabase = await createTestDatabase(kind);
  try {
    const started = performance.now();
    let lastStep = "";
    await seed.seedSynthetic(database.db, {
      scale,
      progress: (step, done, total) => {
        if (done === total && step !== lastStep) {
          lastStep = step;
          process.stderr.write(`  [${kind}] ${step}: ${total.toLocaleString("en")} rows\n`);
        }
      },
    });
    const seedSeconds = (performance.now() - started) / 1000;
    const counts = {
      registrations: await database.db.forumRegistration.count(),
      needs: await database.db.serviceNeed.count(),
      solutions: await database.db.solution.count(),
      organisations: await database.db.organisation.count(),
    };
    console.log(`\n${kind}: seeded in ${seedSeconds.toFixed(1)} s — ${JSON.stringify(counts)}`);
    const rows: Array<{ query: string; p50: number; p95: number }> = [];
    for (const name of kpi.COUNT_METRIC_NAMES) {
      rows.push({ query: name, ...(await time(() => kpi.countSeries(database.db, name, query), iterations)) });
    }
    rows.push({
      query: "B/Ds and companies taking part (active, first-time)",
      ...(await time(() => kpi.participationSeries(database.db, query), iterations)),
    });
    const robotics = { ...query, techArea: "robotics" };
    rows.push({
      query: "taking part, techArea filter",
      ...(await time(() => kpi.participationSeries(database.db, robotics), iterations)),
    });
    rows.push({
      query: "needsSubmitted, techArea filter",
      ...(await time(() => kpi.countSeries(database.db, "needsSubmitted", robotics), iterations)),
    });
    rows.push({
      query: "all series at once (overview)",
      ...(await time(() => kpi.kpiSeries(database.db, query), iterations)),
    });
    // The dashboard's KPI page: everything it draws, in the one call it makes (kpi.overview),
    // computed from scratch (a new filter) and as served again (same filter, data unchanged).
    const page = await time(() => kpi.kpiOverview(database.db, query), iterations);
    const pageFiltered = await time(
      () => kpi.kpiOverview(database.db, { ...robotics, granularity: "month" }),
      iterations,
    );
    const pageServedAgain = await time(() => kpi.cachedKpiOverview(database.db, query), iterations);
    const baseline = await time(() => naiveNeedsSubmitted(database.db), Math.min(iterations, 10));
    const ours = rows.find((row) => row.query === "needsSubmitted");
    console.table(
      rows.map((row) => ({ query: row.query, "p50 ms": row.p50.toFixed(1), "p95 ms": row.p95.toFixed(1) })),
    );
    const perQuery = rows.filter((row) => !row.query.startsWith("all series"));
    const worst = Math.max(...perQuery.map((row) => row.p95));
    console.log(
      `${kind}: worst per-query p95 ${worst.toFixed(1)} ms (target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "NOT met"})`,
    );
    console.log(
      `${kind}: baseline (ORM rows + JS bucketing) needsSubmitted p95 ${baseline.p95.toFixed(1)} ms; SQL p95 ${ours?.p95.toFixed(1)} ms; speed-up ×${(baseline.p95 / (ours?.p95 ?? 1)).toFixed(1)}`,
    );
    const computed = Math.max(page.p95, pageFiltered.p95);
    console.log(
      `${kind}: KPI page data (kpi.overview: cards with previous period, all series, funnel, breakdowns), computed: p50 ${page.p50.toFixed(1)} / p95 ${page.p95.toFixed(1)} ms; ` +
        `by month with a technology area p50 ${pageFiltered.p50.toFixed(1)} / p95 ${pageFiltered.p95.toFixed(1)} ms (target p95 < ${PAGE_TARGET_P95_MS} ms: ${computed < PAGE_TARGET_P95_MS ? "met" : "NOT met"}); ` +
        `served again with the data unchanged: p50 ${pageServedAgain.p50.toFixed(1)} / p95 ${pageServedAgain.p95.toFixed(1)} ms (×${(page.p95 / pageServedAgain.p95).toFixed(0)} faster)`,
    );
    return { kind, seedSeconds, counts, rows, baseline, worst, page };
  } finally {
    await database.drop();
  }
}

const wanted = values.databases.split(",").map((d) => d.trim());
for (const kind of wanted) {
  if (kind === "postgres" && !(await postgresReachable())) {
    console.log("postgres: not reachable, skipped");
    continue;
  }
  await benchDatabase(kind as "sqlite" | "postgres");
}
