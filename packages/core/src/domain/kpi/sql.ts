import { Prisma } from "@innolab/db";
import type { Granularity } from "./periods";

export type Dialect = "sqlite" | "postgres";

/**
 * SQL for a timestamp column's Hong Kong period key, matching `periodKey`. Hong Kong has kept
 * UTC+8 without daylight saving since 1979, so a fixed offset is exact.
 */
export function periodKeySql(dialect: Dialect, column: string, granularity: Granularity): Prisma.Sql {
  if (dialect === "postgres") {
    const pattern = { month: "YYYY-MM", quarter: 'YYYY-"Q"Q', year: "YYYY" }[granularity];
    return Prisma.raw(`to_char(${column} + interval '8 hours', '${pattern}')`);
  }
  // SQLite stores timestamps as Unix milliseconds.
  const seconds = `${column} / 1000 + 28800, 'unixepoch'`;
  if (granularity === "month") return Prisma.raw(`strftime('%Y-%m', ${seconds})`);
  if (granularity === "year") return Prisma.raw(`strftime('%Y', ${seconds})`);
  return Prisma.raw(`strftime('%Y', ${seconds}) || '-Q' || ((CAST(strftime('%m', ${seconds}) AS INTEGER) + 2) / 3)`);
}
