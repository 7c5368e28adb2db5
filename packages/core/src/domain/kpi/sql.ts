import { type DatabaseKind, Prisma } from "@innolab/db";

/**
 * A timestamp as an SQL literal. Only dates the KPI code computed itself are written this way
 * (period bounds), never user text: literals let SQLite and PostgreSQL plan index range scans
 * on them, and PostgreSQL type a VALUES list without casts of parameters.
 */
export function timestampSql(dialect: DatabaseKind, date: Date): Prisma.Sql {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new Error("timestampSql: invalid date");
  // SQLite stores timestamps as Unix milliseconds; PostgreSQL as TIMESTAMP(3) in UTC.
  if (dialect === "sqlite") return Prisma.raw(String(ms));
  return Prisma.raw(`TIMESTAMP '${date.toISOString().slice(0, 23).replace("T", " ")}'`);
}

// A report's queries share one list of bucket starts: its literal is written once.
const timestampArrays = new WeakMap<Date[], Prisma.Sql>();

function timestampArraySql(dates: Date[]): Prisma.Sql {
  let array = timestampArrays.get(dates);
  if (!array) {
    array = Prisma.sql`ARRAY[${Prisma.join(
      dates.map((date) => timestampSql("postgres", date)),
      ", ",
    )}]::timestamp[]`;
    timestampArrays.set(dates, array);
  }
  return array;
}

/** A lower bound below every timestamp: the first bucket has no start. */
function minimumTimestampSql(dialect: DatabaseKind): Prisma.Sql {
  return Prisma.raw(dialect === "sqlite" ? String(-8.64e15) : `'-infinity'::timestamp`);
}

/**
 * SQL for which bucket a timestamp column falls in, given the buckets' ascending starts: 0
 * before `starts[0]`, i for `starts[i - 1] <= at < starts[i]`, … (PostgreSQL's width_bucket
 * semantics). SQLite gets the same answer from a balanced tree of comparisons: a handful per
 * row, where formatting each row's date to find its period cost several times more.
 */
export function bucketOfSql(dialect: DatabaseKind, column: string, starts: Date[]): Prisma.Sql {
  if (dialect === "postgres") return Prisma.sql`width_bucket(${Prisma.raw(column)}, ${timestampArraySql(starts)})`;
  const tree = (low: number, high: number): string => {
    // The answer lies in [low, high]: `low` starts counted so far, up to `high`.
    if (low === high) return String(low);
    const middle = Math.ceil((low + high) / 2);
    return `CASE WHEN ${column} < ${starts[middle - 1]!.getTime()} THEN ${tree(low, middle - 1)} ELSE ${tree(middle, high)} END`;
  };
  return Prisma.raw(tree(0, starts.length));
}

/**
 * A common table `kpi_bucket(i, lo, hi)` of the buckets, for counting each by an index range scan:
 * bucket 0 is everything before `starts[0]`, bucket i is [starts[i - 1], starts[i]), and the
 * last ends at `end`. Written after WITH.
 */
export function bucketRangesSql(dialect: DatabaseKind, starts: Date[], end: Date): Prisma.Sql {
  const lows = [minimumTimestampSql(dialect), ...starts.map((start) => timestampSql(dialect, start))];
  const highs = [...starts, end].map((date) => timestampSql(dialect, date));
  const rows = lows.map((low, i) => Prisma.sql`(${Prisma.raw(String(i))}, ${low}, ${highs[i]!})`);
  return Prisma.sql`kpi_bucket(i, lo, hi) AS (VALUES ${Prisma.join(rows, ", ")})`;
}

/** A timestamp read by raw SQL: SQLite hands back Unix milliseconds, PostgreSQL a date. */
export const timeOf = (value: unknown) => (value == null ? 0 : value instanceof Date ? value.getTime() : Number(value));
