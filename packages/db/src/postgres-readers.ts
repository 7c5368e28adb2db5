import pg from "pg";
import type { Prisma } from "./generated/sqlite/client";
import { createPostgresPool, schemaOf } from "./postgres-adapter";

/**
 * Read-only PostgreSQL queries for reports on a pool of their own, past the ORM's query engine:
 * on the KPI page that engine cost a third of the server thread's time. The server refuses
 * writes on these connections, and a report's burst of queries leaves the ORM's pool free.
 */

const PG_TIMESTAMP = 1114;
const readerTypes = {
  // TIMESTAMP(3) columns hold UTC, as Prisma writes them; the driver alone would read local time.
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === PG_TIMESTAMP
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Server settings of a reader connection: read-only, and the URL's `schema` (which the ORM's
 * adapter honours and the driver alone would not) as the search path.
 */
function readerOptions(url: string): string {
  const schema = schemaOf(url);
  if (!schema) return "-c default_transaction_read_only=on";
  // A quoted identifier, with the spaces and backslashes escaped for the options string.
  const path = `"${schema.replaceAll('"', '""')}"`.replace(/[\\ ]/g, "\\$&");
  return `-c default_transaction_read_only=on -c search_path=${path}`;
}

export function createReaderPool(url: string, size: number): pg.Pool {
  return createPostgresPool({
    connectionString: url,
    max: size,
    idleTimeoutMillis: 5_000,
    options: readerOptions(url),
  });
}

/** A date parameter as UTC wall-clock text: the driver alone would write it in local time. */
const utcParameter = (value: unknown) =>
  value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;

/** Runs `sql` on a reader connection: rows as the driver gives them (COUNT as text, dates as Date). */
export async function queryInReaderPool<T>(pool: pg.Pool, sql: Prisma.Sql): Promise<T[]> {
  const result = await pool.query({ text: sql.text, values: sql.values.map(utcParameter), types: readerTypes });
  return result.rows as T[];
}
