import { type Db, Prisma } from "@innolab/db";
import {
  COUNT_METRICS,
  type CountMetric,
  type CountMetricName,
  type KpiFilters,
  type ParticipantKind,
} from "./metrics";
import { participantSources } from "./participation";

/** A range [from, to) with filters: what one dashboard view looks at. */
export interface RangeQuery extends KpiFilters {
  from: Date;
  to: Date;
  now?: Date;
}

const whereSql = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

function metricRange(name: CountMetricName, query: RangeQuery) {
  const metric: CountMetric = COUNT_METRICS[name];
  const built = metric.build(query, query.now ?? new Date());
  const date = Prisma.raw(metric.dateColumn);
  const where = whereSql([...built.where, Prisma.sql`${date} >= ${query.from}`, Prisma.sql`${date} < ${query.to}`]);
  return { metric, built, where };
}

/** How many records a metric counts in a range. */
export async function metricTotal(db: Db, name: CountMetricName, query: RangeQuery): Promise<number> {
  const { built, where } = metricRange(name, query);
  const [row] = await db.$queryRaw<Array<{ n: bigint | number | null }>>`
    SELECT COUNT(*) AS n FROM ${built.from} ${where}`;
  return Number(row?.n ?? 0);
}

/** SQL for the organisations of a kind taking part in a range (each once), or null if no source can answer. */
function participantsInRange(query: RangeQuery, kind: ParticipantKind): Prisma.Sql | null {
  const sources = participantSources(query).map((source) => source.sql(query));
  if (sources.length === 0) return null;
  return Prisma.sql`SELECT DISTINCT s.org AS org FROM (${Prisma.join(sources, " UNION ALL ")}) s
    JOIN "Organisation" o ON o."id" = s.org
    WHERE o."kind" = ${kind} AND s.at >= ${query.from} AND s.at < ${query.to}`;
}

export interface KpiRecord {
  id: number;
  ref: string;
  title: string;
  at: Date;
  /** How many of the metric's count this record stands for (registrations: per forum). */
  count: number;
}

/** The records behind a metric's number in a range (the drill-down), newest first. */
export async function metricRecords(
  db: Db,
  name: CountMetricName,
  query: RangeQuery,
  limit = 500,
): Promise<{ total: number; records: KpiRecord[] }> {
  const { metric, built, where } = metricRange(name, query);
  const { id, ref, title, weight, groupBy } = metric.record;
  const rows = await db.$queryRaw<Array<{ id: number; ref: string; title: string; at: Date | number; count: unknown }>>`
    SELECT ${Prisma.raw(id)} AS id, ${Prisma.raw(ref)} AS ref, ${Prisma.raw(title)} AS title,
      ${Prisma.raw(metric.dateColumn)} AS at, ${Prisma.raw(weight ?? "1")} AS count
    FROM ${built.from} ${where} ${groupBy ? Prisma.sql`GROUP BY ${Prisma.raw(groupBy)}` : Prisma.empty}
    ORDER BY 4 DESC, 1 DESC LIMIT ${limit}`;
  const records = rows.map((row) => ({
    id: Number(row.id),
    ref: row.ref ?? "",
    title: row.title ?? "",
    at: new Date(row.at),
    count: Number(row.count),
  }));
  return { total: await metricTotal(db, name, query), records };
}

/** The organisations of a kind taking part in a range (the drill-down of the participation charts). */
export async function participantRecords(db: Db, query: RangeQuery, kind: ParticipantKind) {
  const participants = participantsInRange(query, kind);
  if (!participants) return [];
  const rows = await db.$queryRaw<Array<{ org: number }>>`SELECT u.org AS org FROM (${participants}) u`;
  return db.organisation.findMany({
    where: { id: { in: rows.map((row) => Number(row.org)) } },
    select: { id: true, acronym: true, nameEn: true, nameZh: true },
    orderBy: { nameEn: "asc" },
  });
}
