import { type DatabaseKind, type Db, dialectOf, Prisma, queryReadOnly } from "@innolab/db";
import { FILTER_KEYS, type KpiFilters, PARTICIPATION_SOURCES, type ParticipantKind } from "./metrics";
import { bucketOfSql } from "./sql";

/** The participation sources that can answer under the filters. */
export function participantSources(filters: KpiFilters) {
  return PARTICIPATION_SOURCES.filter((source) =>
    FILTER_KEYS.every((key) => filters[key] === undefined || source.supports.includes(key)),
  );
}

export interface ParticipationCounts {
  /** Distinct organisations of the kind in each bucket. */
  active: number[];
  /** Organisations whose first bucket is each bucket. */
  first: number[];
  /** Distinct organisations in buckets `fromBucket` and after. */
  inRange: number;
}

const listSql = (dialect: DatabaseKind, expression: Prisma.Sql) =>
  dialect === "sqlite"
    ? Prisma.sql`group_concat(${expression})`
    : Prisma.sql`string_agg(CAST(${expression} AS text), ',')`;

/**
 * B/Ds and companies taking part, counted per bucket (see `bucketOfSql`). The database reads
 * each source once in index order and hands back, per organisation (or per occasion, such as a
 * forum), the list of buckets it took part in (or the organisations that took part); the sets
 * are then counted here, which costs far less than having the database form and sort distinct
 * (organisation, bucket) pairs.
 */
export async function participationCounts(
  db: Db,
  filters: KpiFilters & { to: Date },
  starts: Date[],
  fromBucket: number,
): Promise<Record<ParticipantKind, ParticipationCounts>> {
  const dialect = dialectOf(db);
  const gathered = participantSources(filters).map((source) => {
    const occasions = source.occasions?.(filters);
    if (occasions) {
      return Prisma.sql`SELECT (SELECT ${listSql(dialect, Prisma.sql`d.o`)} FROM (${occasions.organisations}) d) AS orgs,
          CAST(${bucketOfSql(dialect, occasions.at, starts)} AS text) AS buckets
        FROM ${occasions.from}
        WHERE ${Prisma.join([...occasions.where, Prisma.sql`${Prisma.raw(occasions.at)} < ${filters.to}`], " AND ")}`;
    }
    return Prisma.sql`SELECT CAST(s.org AS text) AS orgs, ${listSql(dialect, bucketOfSql(dialect, "s.at", starts))} AS buckets
        FROM (${source.sql(filters)}) s WHERE s.at < ${filters.to} GROUP BY s.org`;
  });
  // One query per source, so that they run side by side (PostgreSQL's connections, SQLite's readers).
  const [organisations, ...perSource] = await Promise.all([
    queryReadOnly<{ id: number; kind: ParticipantKind }>(
      db,
      Prisma.sql`SELECT "id", "kind" FROM "Organisation" WHERE "kind" IN ('GOVERNMENT', 'COMPANY')`,
    ),
    ...gathered.map((sql) => queryReadOnly<{ orgs: string | null; buckets: string }>(db, sql)),
  ]);
  const rows = perSource.flat();

  const bucketCount = starts.length + 1;
  const bucketsOf = new Map<number, Uint8Array>();
  const seenBy = (org: number): Uint8Array => {
    let seen = bucketsOf.get(org);
    if (!seen) {
      seen = new Uint8Array(bucketCount);
      bucketsOf.set(org, seen);
    }
    return seen;
  };
  for (const row of rows) {
    if (row.orgs === null) continue; // an occasion no organisation took part in
    // One of the two lists has one item: an organisation's buckets, or an occasion's organisations.
    const buckets = String(row.buckets);
    forEachNumber(String(row.orgs), (org) => {
      const seen = seenBy(org);
      forEachNumber(buckets, (bucket) => (seen[bucket] = 1));
    });
  }

  const empty = (): ParticipationCounts => ({
    active: new Array(bucketCount).fill(0),
    first: new Array(bucketCount).fill(0),
    inRange: 0,
  });
  const counts: Record<ParticipantKind, ParticipationCounts> = { GOVERNMENT: empty(), COMPANY: empty() };
  for (const { id, kind } of organisations) {
    const seen = bucketsOf.get(Number(id));
    if (!seen) continue;
    const of = counts[kind];
    const first = seen.indexOf(1);
    if (first < 0) continue;
    of.first[first]! += 1;
    let inRange = false;
    for (let b = first; b < bucketCount; b++) {
      if (!seen[b]) continue;
      of.active[b]! += 1;
      if (b >= fromBucket) inRange = true;
    }
    if (inRange) of.inRange += 1;
  }
  return counts;
}

/** Calls `each` with every number of a comma-separated list of non-negative integers (no arrays built: lists run to thousands). */
function forEachNumber(list: string, each: (n: number) => void): void {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      each(n);
      n = 0;
    } else n = n * 10 + c - 48;
  }
  each(n);
}
