import { type Db, dialectOf, Prisma } from "@innolab/db";
import {
  COUNT_METRIC_NAMES,
  COUNT_METRICS,
  type CountMetric,
  type CountMetricName,
  type KpiFilters,
  PARTICIPATION_SOURCES,
  type ParticipantKind,
} from "./metrics";
import { type Granularity, type Period, periodsBetween } from "./periods";
import { type Dialect, periodKeySql } from "./sql";

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

const BEFORE = "before";

interface BucketRow {
  bucket: string;
  n: bigint | number;
}

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** A CASE that puts each row before the range in one "before" bucket, the rest in their period. */
function bucketSql(dialect: Dialect, column: string, query: KpiQuery): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${Prisma.raw(column)} < ${query.from} THEN ${BEFORE} ELSE ${periodKeySql(dialect, column, query.granularity)} END`;
}

function toSeries(rows: BucketRow[], periods: Period[]): Series {
  const counts = new Map(rows.map((row) => [row.bucket, Number(row.n)]));
  let running = counts.get(BEFORE) ?? 0;
  const perPeriod = periods.map((period) => counts.get(period.key) ?? 0);
  const cumulative = perPeriod.map((n) => (running += n));
  return { perPeriod, cumulative };
}

/** The filters a metric cannot apply (it has no link to a technology area or a B/D). */
export function ignoredFilters(metric: CountMetric, filters: KpiFilters): Array<keyof KpiFilters> {
  return (["techArea", "organisationId"] as const).filter(
    (key) => filters[key] !== undefined && !metric.supports.includes(key),
  );
}

/** One metric's series, counted by the database. */
export async function countSeries(db: Db, name: CountMetricName, query: KpiQuery): Promise<Series> {
  const dialect = dialectOf(db);
  const metric: CountMetric = COUNT_METRICS[name];
  const { from, where, count } = metric.build(query, query.now ?? new Date());
  const conditions = [...where, Prisma.sql`${Prisma.raw(metric.dateColumn)} < ${query.to}`];
  const bucket = bucketSql(dialect, metric.dateColumn, query);
  const rows = await db.$queryRaw<BucketRow[]>`
    SELECT ${bucket} AS bucket, ${count ?? Prisma.sql`COUNT(*)`} AS n FROM ${from} ${whereClause(conditions)} GROUP BY 1`;
  return toSeries(rows, periodsBetween(query.from, query.to, query.granularity));
}

/** The participation sources that can answer for a kind of organisation under the filters. */
export function participantSources(query: KpiFilters, kind: ParticipantKind): Prisma.Sql[] {
  return PARTICIPATION_SOURCES.filter(
    (source) =>
      source.kinds.includes(kind) &&
      (["techArea", "organisationId"] as const).every(
        (key) => query[key] === undefined || source.supports.includes(key),
      ),
  ).map((source) => source.sql(query, kind));
}

/** Distinct organisations of a kind taking part in each period (each source reduced first, then merged). */
export async function activeParticipants(db: Db, query: KpiQuery, kind: ParticipantKind): Promise<number[]> {
  const periods = periodsBetween(query.from, query.to, query.granularity);
  const sources = participantSources(query, kind);
  if (sources.length === 0) return periods.map(() => 0);
  const key = periodKeySql(dialectOf(db), "s.at", query.granularity);
  const pairs = sources.map(
    (source) => Prisma.sql`SELECT DISTINCT s.org AS org, ${key} AS bucket FROM (${source}) s
      WHERE s.at >= ${query.from} AND s.at < ${query.to}`,
  );
  const rows = await db.$queryRaw<BucketRow[]>`
    SELECT p.bucket AS bucket, COUNT(*) AS n FROM (${Prisma.join(pairs, " UNION ")}) p GROUP BY p.bucket`;
  return toSeries(rows, periods).perPeriod;
}

/** Organisations of a kind taking part for the first time, per period, and the running total. */
export async function firstParticipants(db: Db, query: KpiQuery, kind: ParticipantKind): Promise<Series> {
  const periods = periodsBetween(query.from, query.to, query.granularity);
  const sources = participantSources(query, kind);
  if (sources.length === 0) return { perPeriod: periods.map(() => 0), cumulative: periods.map(() => 0) };
  const firstDates = sources.map(
    (source) =>
      Prisma.sql`SELECT s.org AS org, MIN(s.at) AS at FROM (${source}) s WHERE s.at < ${query.to} GROUP BY s.org`,
  );
  const rows = await db.$queryRaw<BucketRow[]>`
    SELECT ${bucketSql(dialectOf(db), "f.at", query)} AS bucket, COUNT(*) AS n
    FROM (SELECT u.org AS org, MIN(u.at) AS at FROM (${Prisma.join(firstDates, " UNION ALL ")}) u GROUP BY u.org) f
    GROUP BY 1`;
  return toSeries(rows, periods);
}

export async function participationSeries(
  db: Db,
  query: KpiQuery,
  kind: ParticipantKind,
): Promise<ParticipationSeries> {
  const [active, firsts] = await Promise.all([activeParticipants(db, query, kind), firstParticipants(db, query, kind)]);
  return { active, new: firsts.perPeriod, cumulative: firsts.cumulative };
}

export interface KpiSeriesResult {
  granularity: Granularity;
  from: Date;
  to: Date;
  periods: Period[];
  participation: { governments: ParticipationSeries; companies: ParticipationSeries };
  metrics: Record<CountMetricName, Series & { ignoredFilters: Array<keyof KpiFilters> }>;
}

/** Every KPI series for a range, granularity and filters. */
export async function kpiSeries(db: Db, query: KpiQuery, only?: CountMetricName[]): Promise<KpiSeriesResult> {
  const names = only ?? COUNT_METRIC_NAMES;
  const [governments, companies, ...counts] = await Promise.all([
    participationSeries(db, query, "GOVERNMENT"),
    participationSeries(db, query, "COMPANY"),
    ...names.map((name) => countSeries(db, name, query)),
  ]);
  const metrics = Object.fromEntries(
    names.map((name, i) => [name, { ...counts[i]!, ignoredFilters: ignoredFilters(COUNT_METRICS[name], query) }]),
  ) as KpiSeriesResult["metrics"];
  return {
    granularity: query.granularity,
    from: query.from,
    to: query.to,
    periods: periodsBetween(query.from, query.to, query.granularity),
    participation: { governments, companies },
    metrics,
  };
}
