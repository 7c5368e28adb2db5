import { type Db, dialectOf, Prisma } from "@innolab/db";

// LIKE reads these as wildcards (and PostgreSQL's as its escape); the ORM's `contains` passes
// them through, and SQLite's LIKE has no escape character without an ESCAPE clause.
const LIKE_SPECIAL = /[%_\\]/;

type SearchedTable = "ServiceNeed" | "Solution" | "Organisation";

/**
 * A filter matching rows where any of `columns` contains `word` literally. Plain words use the
 * ORM's `contains`; a word with a LIKE wildcard is looked up by position (instr / strpos),
 * which has no wildcards, and becomes a set of ids.
 */
export async function literalContains(
  db: Db,
  table: SearchedTable,
  columns: readonly string[],
  word: string,
): Promise<Record<string, unknown>> {
  if (!LIKE_SPECIAL.test(word)) {
    const each = columns.map((column) => ({ [column]: { contains: word } }));
    return each.length === 1 ? each[0]! : { OR: each };
  }
  const position = dialectOf(db) === "postgres" ? "strpos" : "instr";
  const conditions = columns.map((column) => Prisma.sql`${Prisma.raw(`${position}("${column}", `)}${word}) > 0`);
  const rows = await db.$queryRaw<Array<{ id: number | bigint }>>`
    SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.join(conditions, " OR ")}`;
  return { id: { in: rows.map((row) => Number(row.id)) } };
}
