import { type Db, dialectOf, Prisma, queryReadOnly } from "@innolab/db";
import {
  COUNT_METRIC_NAMES,
  COUNT_METRICS,
  type CountMetric,
  type CountMetricName,
  FILTER_KEYS,
  type KpiFilters,
  type ParticipantKind,
} from "./metrics";
import { participationCounts } from "./participation";
import { type Granularity, type Period, periodsBetween } from "./periods";
import { bucketOfSql, bucketRangesSql } from "./sql";

export interface KpiQuery extends KpiFilters {
  from: Date;
  to: Date;
  granularity: Granularity;
  /** The current time (default: the clock). */
  now?: Date;
}

export interface Series {
  /** Count in each period. */
  perPeriod: number[];
  /** All-time running total at each period's end (counts before `from` included). */
  cumulative: number[];
}

export interface ParticipationSeries {
  /** Distinct organisations taking part in each period. */
  active: number[];
  /** Organisations taking part for the first time ever in each period. */
  new: number[];
  /** Distinct organisations that had taken part by each period's end, since the lab began. */
  cumulative: number[];
}

/**
 * Every row a view counts falls in one bucket: 0 before the comparison range, 1 in the
 * comparison range (as long as the view's range, just before it, for the cards' change), and
 * 2 + i in the view's period i. One scan then answers the series, the cumulative totals and
 * the previous period's number together.
 */
const PREVIOUS = 1;
const FIRST_PERIOD = 2;

interface Buckets {
  periods: Period[];
  /** Where buckets 1, 2, … start; rows from `to` on are not counted. */
  starts: Date[];
  to: Date;
}

function bucketsOf(query: KpiQuery): Buckets {
  const periods = periodsBetween(query.from, query.to, query.granularity);
  const previousFrom = new Date(2 * query.from.getTime() - query.to.getTime());
  const starts = [previousFrom, query.from, ...periods.slice(1).map((period) => period.start)];
  return { periods, starts, to: query.to };
}

/** The counts of the view's periods, out of per-bucket counts. */
const periodsOf = (counts: number[], buckets: Buckets) => buckets.periods.map((_, i) => counts[FIRST_PERIOD + i] ?? 0);

/** Running totals of per-bucket counts: the range's series, starting from all that came before. */
function toSeries(counts: number[], buckets: Buckets): Series {
  let running = (counts[0] ?? 0) + (counts[PREVIOUS] ?? 0);
  const perPeriod = periodsOf(counts, buckets);
  const cumulative = perPeriod.map((n) => (running += n));
  return { perPeriod, cumulative };
}

/** The filters a metric cannot apply (it has no link to a technology area or a B/D). */
export function ignoredFilters(metric: CountMetric, filters: KpiFilters): Array<keyof KpiFilters> {
  return FILTER_KEYS.filter((key) => filters[key] !== undefined && !metric.supports.includes(key));
}

const countedByRanges = (metric: CountMetric, query: KpiQuery) =>
  metric.indexedByDate && !(query.techArea && metric.supports.includes("techArea"));

type BuiltMetric = ReturnType<CountMetric["build"]>;

const sqlKey = (sql: Prisma.Sql) => `${sql.sql}\u0000${JSON.stringify(sql.values)}`;

/**
 * Metrics over the same rows and date, each counted in every bucket by one index range count per
 * bucket. Several (registrations and attendance) share each range on PostgreSQL: the conditions
 * they all have select the rows, and each metric sums those that meet its own. SQLite has no
 * LATERAL: there each metric is a query of its own, which its reader threads run side by side.
 */
async function rangeBuckets(
  db: Db,
  metrics: CountMetric[],
  built: BuiltMetric[],
  buckets: Buckets,
): Promise<number[][]> {
  const date = Prisma.raw(metrics[0]!.dateColumn);
  const from = built[0]!.from;
  const inBucket = [Prisma.sql`${date} >= kpi_bucket.lo`, Prisma.sql`${date} < kpi_bucket.hi`];
  const ranges = bucketRangesSql(dialectOf(db), buckets.starts, buckets.to);
  let sql: Prisma.Sql;
  if (built.length === 1) {
    sql = Prisma.sql`WITH ${ranges}
      SELECT kpi_bucket.i AS i, (SELECT COUNT(*) FROM ${from} WHERE ${Prisma.join(
        [...built[0]!.where, ...inBucket],
        " AND ",
      )}) AS n0 FROM kpi_bucket`;
  } else {
    const keys = built.map(({ where }) => new Set(where.map(sqlKey)));
    const shared = built[0]!.where.filter((condition) => keys.every((of) => of.has(sqlKey(condition))));
    const sharedKeys = new Set(shared.map(sqlKey));
    const sums = built.map(({ where }, k) => {
      const own = where.filter((condition) => !sharedKeys.has(sqlKey(condition)));
      const n = Prisma.raw(`n${k}`);
      return own.length
        ? Prisma.sql`SUM(CASE WHEN ${Prisma.join(own, " AND ")} THEN 1 ELSE 0 END) AS ${n}`
        : Prisma.sql`COUNT(*) AS ${n}`;
    });
    sql = Prisma.sql`WITH ${ranges}
      SELECT kpi_bucket.i AS i, c.* FROM kpi_bucket CROSS JOIN LATERAL (
        SELECT ${Prisma.join(sums, ", ")} FROM ${from} WHERE ${Prisma.join([...shared, ...inBucket], " AND ")}
      ) c`;
  }
  const rows = await queryReadOnly<Record<string, unknown>>(db, sql);
  const counts = built.map((): number[] => []);
  for (const row of rows) {
    counts.forEach((of, k) => {
      of[Number(row.i)] = Number(row[`n${k}`] ?? 0);
    });
  }
  return counts;
}

/**
 * Metrics that count the same rows (the same tables and conditions), each by its own date, in
 * one scan: each row gets one bucket per date (width_bucket, or SQLite's tree of comparisons),
 * and each metric's counts are the sums over its own bucket.
 */
async function scannedBuckets(
  db: Db,
  metrics: CountMetric[],
  { from, where }: BuiltMetric,
  buckets: Buckets,
): Promise<number[][]> {
  const dialect = dialectOf(db);
  const dates = metrics.map((metric) => Prisma.raw(metric.dateColumn));
  const columns = metrics.map((_, k) => Prisma.raw(`b${k}`));
  const bucketed = metrics.map(
    (metric, k) =>
      Prisma.sql`CASE WHEN ${dates[k]!} < ${buckets.to} THEN ${bucketOfSql(dialect, metric.dateColumn, buckets.starts)} END AS ${columns[k]!}`,
  );
  const counted = Prisma.join(
    dates.map((date) => Prisma.sql`${date} < ${buckets.to}`),
    " OR ",
  );
  const rows = await queryReadOnly<Record<string, unknown>>(
    db,
    Prisma.sql`SELECT ${Prisma.join(bucketed, ", ")}, COUNT(*) AS n FROM ${from}
      WHERE ${Prisma.join([...where, Prisma.sql`(${counted})`], " AND ")} GROUP BY ${Prisma.join(columns, ", ")}`,
  );
  const counts = metrics.map((): number[] => []);
  for (const row of rows) {
    counts.forEach((of, k) => {
      const bucket = row[`b${k}`];
      if (bucket === null || bucket === undefined) return;
      of[Number(bucket)] = (of[Number(bucket)] ?? 0) + Number(row.n);
    });
  }
  return counts;
}

/**
 * Each metric's count in every bucket. A metric whose date is indexed is counted by an index
 * range count per bucket (on PostgreSQL shared by the metrics over the same rows and date); the
 * others, and any metric under a technology area (a set of records that each range would build
 * again), by a scan, shared by the metrics that count the same rows (needs submitted and published).
 */
async function metricBuckets(db: Db, names: CountMetricName[], query: KpiQuery, buckets: Buckets): Promise<number[][]> {
  const now = query.now ?? new Date();
  const sharesRanges = dialectOf(db) === "postgres";
  const groups = new Map<string, { metrics: CountMetric[]; built: BuiltMetric[]; byRanges: boolean }>();
  for (const name of names) {
    const metric: CountMetric = COUNT_METRICS[name];
    const built = metric.build(query, now);
    const byRanges = countedByRanges(metric, query);
    const key = byRanges
      ? sharesRanges
        ? `ranges\u0000${sqlKey(built.from)}\u0000${metric.dateColumn}`
        : name
      : sqlKey(Prisma.join([built.from, ...built.where], " | "));
    const group = groups.get(key);
    if (group) {
      group.metrics.push(metric);
      group.built.push(built);
    } else groups.set(key, { metrics: [metric], built: [built], byRanges });
  }
  const counted = await Promise.all(
    [...groups.values()].map(({ metrics, built, byRanges }) =>
      byRanges ? rangeBuckets(db, metrics, built, buckets) : scannedBuckets(db, metrics, built[0]!, buckets),
    ),
  );
  const byMetric = new Map(
    [...groups.values()].flatMap(({ metrics }, g) => metrics.map((metric, k) => [metric, counted[g]![k]!] as const)),
  );
  return names.map((name) => byMetric.get(COUNT_METRICS[name])!);
}

/** One metric's series. */
export async function countSeries(db: Db, name: CountMetricName, query: KpiQuery): Promise<Series> {
  const buckets = bucketsOf(query);
  const [counts] = await metricBuckets(db, [name], query, buckets);
  return toSeries(counts!, buckets);
}

interface Participation {
  series: ParticipationSeries;
  /** Distinct organisations taking part in the range, and in the comparison range. */
  inRange: number;
  previous: number;
}

/** B/Ds and companies taking part: active and first-time per period, and the cards' two numbers. */
async function participation(
  db: Db,
  query: KpiQuery,
  buckets: Buckets,
): Promise<Record<ParticipantKind, Participation>> {
  const counts = await participationCounts(db, query, buckets.starts, FIRST_PERIOD);
  const of = (kind: ParticipantKind): Participation => {
    const { active, first, inRange } = counts[kind];
    const firsts = toSeries(first, buckets);
    return {
      series: {
        active: periodsOf(active, buckets),
        new: firsts.perPeriod,
        cumulative: firsts.cumulative,
      },
      inRange,
      previous: active[PREVIOUS] ?? 0,
    };
  };
  return { GOVERNMENT: of("GOVERNMENT"), COMPANY: of("COMPANY") };
}

/** B/Ds and companies taking part, per period. */
export async function participationSeries(db: Db, query: KpiQuery) {
  const { GOVERNMENT, COMPANY } = await participation(db, query, bucketsOf(query));
  return { governments: GOVERNMENT.series, companies: COMPANY.series };
}

export interface KpiSeriesResult {
  granularity: Granularity;
  from: Date;
  to: Date;
  periods: Period[];
  participation: { governments: ParticipationSeries; companies: ParticipationSeries };
  metrics: Record<CountMetricName, Series & { ignoredFilters: Array<keyof KpiFilters> }>;
}

/** The headline numbers, in the order the dashboard and the bot show them. */
export const HEADLINE_CARDS = [
  "governments",
  "companies",
  "forumsHeld",
  "forumAttendance",
  "needsSubmitted",
  "solutionsSubmitted",
  "pocsStarted",
  "adoptions",
  "bookings",
] as const;

export interface KpiCard {
  key: "governments" | "companies" | CountMetricName;
  value: number;
  /** The same number in the range of the same length just before, for the change. */
  previous: number;
  ignoredFilters: Array<keyof KpiFilters>;
}

/** Every KPI series for a range, granularity and filters, and the cards with their previous period. */
export async function kpiSeriesAndCards(
  db: Db,
  query: KpiQuery,
  only?: CountMetricName[],
): Promise<{ series: KpiSeriesResult; cards: KpiCard[] }> {
  const names = only ?? COUNT_METRIC_NAMES;
  const buckets = bucketsOf(query);
  const [taking, counts] = await Promise.all([
    participation(db, query, buckets),
    metricBuckets(db, names, query, buckets),
  ]);
  const metrics = Object.fromEntries(
    names.map((name, i) => [
      name,
      { ...toSeries(counts[i]!, buckets), ignoredFilters: ignoredFilters(COUNT_METRICS[name], query) },
    ]),
  ) as KpiSeriesResult["metrics"];
  const cards: KpiCard[] = [
    { key: "governments", value: taking.GOVERNMENT.inRange, previous: taking.GOVERNMENT.previous, ignoredFilters: [] },
    { key: "companies", value: taking.COMPANY.inRange, previous: taking.COMPANY.previous, ignoredFilters: [] },
    ...names.map((name, i) => ({
      key: name,
      value: metrics[name].perPeriod.reduce((sum, n) => sum + n, 0),
      previous: counts[i]![PREVIOUS] ?? 0,
      ignoredFilters: metrics[name].ignoredFilters,
    })),
  ];
  const series: KpiSeriesResult = {
    granularity: query.granularity,
    from: query.from,
    to: query.to,
    periods: buckets.periods,
    participation: { governments: taking.GOVERNMENT.series, companies: taking.COMPANY.series },
    metrics,
  };
  return { series, cards };
}

/** Every KPI series for a range, granularity and filters. */
export async function kpiSeries(db: Db, query: KpiQuery, only?: CountMetricName[]): Promise<KpiSeriesResult> {
  return (await kpiSeriesAndCards(db, query, only)).series;
}
