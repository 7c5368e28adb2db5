import { type Db, dialectOf, Prisma } from "@innolab/db";
import {
  COUNT_METRIC_NAMES,
  COUNT_METRICS,
  type CountMetric,
  type CountMetricName,
  type KpiFilters,
  PARTICIPATION_SOURCES,
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
  const ignored: Array<keyof KpiFilters> = [];
  if (filters.techArea && !metric.byTechArea) ignored.push("techArea");
  if (filters.organisationId && !metric.byOrganisation) ignored.push("organisationId");
  return ignored;
}

/** One metric's series, counted by the database. */
export async function countSeries(db: Db, name: CountMetricName, query: KpiQuery): Promise<Series> {
  const dialect = dialectOf(db);
  const metric: CountMetric = COUNT_METRICS[name];
  const where = typeof metric.where === "function" ? metric.where(query.now ?? new Date()) : metric.where;
  const conditions = [...where, Prisma.sql`${Prisma.raw(metric.dateColumn)} < ${query.to}`];
  if (query.techArea && metric.byTechArea) conditions.push(metric.byTechArea(query.techArea));
  if (query.organisationId && metric.byOrganisation) conditions.push(metric.byOrganisation(query.organisationId));
  const bucket = bucketSql(dialect, metric.dateColumn, query);
  const rows = await db.$queryRaw<BucketRow[]>`
    SELECT ${bucket} AS bucket, COUNT(*) AS n FROM ${metric.from} ${whereClause(conditions)} GROUP BY 1`;
  return toSeries(rows, periodsBetween(query.from, query.to, query.granularity));
}

/**
 * Distinct participating organisations of a kind. Sources with no link to a filter are left out
 * under that filter (forum registrations have no technology area).
 */
export async function participationSeries(
  db: Db,
  kind: "GOVERNMENT" | "COMPANY",
  query: KpiQuery,
): Promise<ParticipationSeries> {
  const dialect = dialectOf(db);
  const sources = PARTICIPATION_SOURCES.flatMap((source) => {
    if (query.techArea && !source.byTechArea) return [];
    if (query.organisationId && !source.byOrganisation) return [];
    const extra: Prisma.Sql[] = [];
    if (query.techArea && source.byTechArea) extra.push(source.byTechArea(query.techArea));
    if (query.organisationId && source.byOrganisation) extra.push(source.byOrganisation(query.organisationId));
    return [extra.length ? Prisma.sql`${source.sql} AND ${Prisma.join(extra, " AND ")}` : source.sql];
  });
  const periods = periodsBetween(query.from, query.to, query.granularity);
  if (sources.length === 0) {
    const zeros = periods.map(() => 0);
    return { active: zeros, new: zeros, cumulative: zeros };
  }
  const participation = Prisma.sql`
    WITH part AS (${Prisma.join(sources, " UNION ALL ")}),
    kinded AS (
      SELECT part.org AS org, part.at AS at FROM part JOIN "Organisation" o ON o."id" = part.org
      WHERE o."kind" = ${kind} AND part.at < ${query.to}
    )`;
  const [activeRows, firstRows] = await Promise.all([
    db.$queryRaw<BucketRow[]>`${participation}
      SELECT ${periodKeySql(dialect, "at", query.granularity)} AS bucket, COUNT(DISTINCT org) AS n
      FROM kinded WHERE at >= ${query.from} GROUP BY 1`,
    db.$queryRaw<BucketRow[]>`${participation},
      firsts AS (SELECT org, MIN(at) AS at FROM kinded GROUP BY org)
      SELECT ${bucketSql(dialect, "at", query)} AS bucket, COUNT(*) AS n FROM firsts GROUP BY 1`,
  ]);
  const active = toSeries(activeRows, periods).perPeriod;
  const firsts = toSeries(firstRows, periods);
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
    participationSeries(db, "GOVERNMENT", query),
    participationSeries(db, "COMPANY", query),
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
