import { type Db, dialectOf, Prisma, queryReadOnly } from "@innolab/db";
import { COUNT_METRICS, type KpiFilters, needHasArea, techAreaIdSql } from "./metrics";
import type { RangeQuery } from "./overview";
import { timeOf } from "./sql";

const num = (value: unknown) => Number(value ?? 0);

/** Needs submitted in the range and how far they went: matched → PoC → adopted. */
export async function pipelineFunnel(db: Db, query: RangeQuery) {
  const metric = COUNT_METRICS.needsSubmitted;
  const built = metric.build(query, query.now ?? new Date());
  const conditions = [
    ...built.where,
    Prisma.sql`x."submittedAt" >= ${query.from}`,
    Prisma.sql`x."submittedAt" < ${query.to}`,
  ];
  const inRange = Prisma.join(conditions, " AND ");
  const [row] =
    query.techArea && dialectOf(db) === "postgres"
      ? await stagesOfNeedsFoundOnce(db, inRange)
      : await stagesJoinedToNeeds(db, inRange);
  return {
    needs: num(row?.needs),
    matched: num(row?.matched),
    pocs: num(row?.pocs),
    adopted: num(row?.adopted),
  };
}

/**
 * PostgreSQL, under an area: the area's needs of the range found once (a common table used four
 * times is computed once) rather than again in each stage's join: a third less work. (SQLite
 * runs such a table several times slower.)
 */
function stagesOfNeedsFoundOnce(db: Db, inRange: Prisma.Sql) {
  return queryReadOnly<Record<string, unknown>>(
    db,
    Prisma.sql`WITH need AS (SELECT x."id" FROM "ServiceNeed" x WHERE ${inRange})
    SELECT (SELECT COUNT(*) FROM need) AS needs,
      (SELECT COUNT(*) FROM need WHERE need."id" IN (SELECT m."needId" FROM "Match" m WHERE m."status" = 'CONFIRMED')) AS matched,
      (SELECT COUNT(*) FROM need WHERE need."id" IN (SELECT p."needId" FROM "Poc" p)) AS pocs,
      (SELECT COUNT(*) FROM need WHERE need."id" IN (SELECT p."needId" FROM "Adoption" a JOIN "Poc" p ON p."id" = a."pocId")) AS adopted`,
  );
}

/**
 * Each stage counted from its own (smaller) table, joined to the needs in range: every need of
 * the range looked up in three stage tables cost twice as much.
 */
function stagesJoinedToNeeds(db: Db, inRange: Prisma.Sql) {
  return queryReadOnly<Record<string, unknown>>(
    db,
    Prisma.sql`SELECT
    (SELECT COUNT(*) FROM "ServiceNeed" x WHERE ${inRange}) AS needs,
    (SELECT COUNT(DISTINCT m."needId") FROM "Match" m JOIN "ServiceNeed" x ON x."id" = m."needId"
      WHERE m."status" = 'CONFIRMED' AND ${inRange}) AS matched,
    (SELECT COUNT(DISTINCT p."needId") FROM "Poc" p JOIN "ServiceNeed" x ON x."id" = p."needId"
      WHERE ${inRange}) AS pocs,
    (SELECT COUNT(DISTINCT p."needId") FROM "Adoption" a JOIN "Poc" p ON p."id" = a."pocId"
      JOIN "ServiceNeed" x ON x."id" = p."needId" WHERE ${inRange}) AS adopted`,
  );
}

type AreaCount = { area: unknown; n: unknown };
const countOf = (rows: AreaCount[]) => new Map(rows.map((row) => [Number(row.area), num(row.n)]));

/**
 * How many of a table's records dated in the range carry each technology area. A range that
 * holds most records (since launch) is counted as all records' areas minus those outside it,
 * so the work follows whichever side is smaller. One B/D's or one area's records are few:
 * counted directly.
 */
async function areaCounts(
  db: Db,
  table: "ServiceNeed" | "Solution",
  query: RangeQuery,
  { organisationId, techArea }: KpiFilters,
): Promise<Map<number, number>> {
  const { from, to } = query;
  const entity = Prisma.raw(`"${table}"`);
  const [link, key] =
    table === "ServiceNeed" ? [`"NeedTechArea" l`, `l."needId"`] : [`"SolutionTechArea" l`, `l."solutionId"`];
  const linked = Prisma.raw(`"${table}" x JOIN ${link} ON ${key} = x."id"`);
  // Which side is smaller, judged by how much of the records' span the range covers: the
  // span's ends are the two ends of the date's index.
  const [span] = await queryReadOnly<{ first: unknown; last: unknown }>(
    db,
    Prisma.sql`SELECT MIN(x."submittedAt") AS first, MAX(x."submittedAt") AS last FROM ${entity} x`,
  );
  const first = timeOf(span?.first);
  const last = timeOf(span?.last);
  const covered = Math.max(0, Math.min(to.getTime(), last) - Math.max(from.getTime(), first));
  const rows = await queryReadOnly<AreaCount>(
    db,
    organisationId !== undefined || techArea !== undefined || covered <= (last - first) / 2
      ? Prisma.sql`SELECT l."techAreaId" AS area, COUNT(*) AS n FROM ${linked}
          WHERE x."submittedAt" >= ${from} AND x."submittedAt" < ${to}
          ${organisationId !== undefined ? Prisma.sql`AND x."organisationId" = ${organisationId}` : Prisma.empty}
          ${techArea !== undefined ? Prisma.sql`AND l."techAreaId" = ${techAreaIdSql(techArea)}` : Prisma.empty}
          GROUP BY l."techAreaId"`
      : Prisma.sql`SELECT t.area AS area, SUM(t.n) AS n FROM (
          SELECT l."techAreaId" AS area, COUNT(*) AS n FROM ${Prisma.raw(link)} GROUP BY l."techAreaId"
          UNION ALL
          SELECT l."techAreaId" AS area, -COUNT(*) AS n FROM ${linked}
            WHERE x."submittedAt" IS NULL OR x."submittedAt" < ${from} OR x."submittedAt" >= ${to}
            GROUP BY l."techAreaId"
        ) t GROUP BY t.area`,
  );
  return countOf(rows);
}

/** Needs, solutions and PoCs of the range per technology area (every area, busiest first). */
export async function byTechArea(db: Db, query: RangeQuery) {
  const { from, to } = query;
  const [areas, needsBy, solutionsBy, pocs] = await Promise.all([
    queryReadOnly<{ id: number; slug: string; nameEn: string; nameZh: string }>(
      db,
      Prisma.sql`SELECT "id" AS id, "slug" AS slug, "nameEn" AS "nameEn", "nameZh" AS "nameZh" FROM "TechArea"`,
    ),
    areaCounts(db, "ServiceNeed", query, query),
    // A solution has no B/D.
    areaCounts(db, "Solution", query, { techArea: query.techArea }),
    queryReadOnly<AreaCount>(
      db,
      Prisma.sql`SELECT l."techAreaId" AS area, COUNT(*) AS n FROM "Poc" p
      JOIN "NeedTechArea" l ON l."needId" = p."needId"
      WHERE p."startDate" >= ${from} AND p."startDate" < ${to}
      ${query.organisationId ? Prisma.sql`AND p."governmentOrgId" = ${query.organisationId}` : Prisma.empty}
      GROUP BY l."techAreaId"`,
    ),
  ]);
  const pocsBy = countOf(pocs);
  return areas
    .map((area) => ({
      slug: area.slug,
      nameEn: area.nameEn,
      nameZh: area.nameZh,
      needs: needsBy.get(area.id) ?? 0,
      solutions: solutionsBy.get(area.id) ?? 0,
      pocs: pocsBy.get(area.id) ?? 0,
    }))
    .filter((row) => !query.techArea || row.slug === query.techArea)
    .sort((a, b) => b.needs + b.solutions + b.pocs - (a.needs + a.solutions + a.pocs) || a.slug.localeCompare(b.slug));
}

/** Needs, PoCs and adoptions of the range per B/D: the `limit` busiest, and how many B/Ds in all. */
export async function byDepartment(db: Db, query: RangeQuery, limit = 15) {
  const { from, to } = query;
  const area = (needColumn: string) =>
    query.techArea ? Prisma.sql`AND ${needHasArea(needColumn, query.techArea)}` : Prisma.empty;
  const only = query.organisationId ? Prisma.sql`AND o."id" = ${query.organisationId}` : Prisma.empty;
  // Each count grouped by B/D in one pass, then joined to the B/Ds (not three lookups per B/D).
  // A PoC's B/D is its own column: the need is read only for its area, through the link table.
  const rows = await queryReadOnly<Record<string, unknown>>(
    db,
    Prisma.sql`
    SELECT o."id" AS id, o."acronym" AS acronym, o."nameEn" AS "nameEn", o."nameZh" AS "nameZh",
      SUM(t.needs) AS needs, SUM(t.pocs) AS pocs, SUM(t.adoptions) AS adoptions
    FROM (
      SELECT n."organisationId" AS org, COUNT(*) AS needs, 0 AS pocs, 0 AS adoptions FROM "ServiceNeed" n
        WHERE n."submittedAt" >= ${from} AND n."submittedAt" < ${to} ${area(`n."id"`)} GROUP BY n."organisationId"
      UNION ALL
      SELECT p."governmentOrgId", 0, COUNT(*), 0 FROM "Poc" p
        WHERE p."startDate" >= ${from} AND p."startDate" < ${to} ${area(`p."needId"`)} GROUP BY p."governmentOrgId"
      UNION ALL
      SELECT p."governmentOrgId", 0, 0, COUNT(*) FROM "Adoption" a JOIN "Poc" p ON p."id" = a."pocId"
        WHERE a."adoptedOn" >= ${from} AND a."adoptedOn" < ${to} ${area(`p."needId"`)} GROUP BY p."governmentOrgId"
    ) t JOIN "Organisation" o ON o."id" = t.org
    WHERE o."kind" = 'GOVERNMENT' ${only}
    GROUP BY o."id", o."acronym", o."nameEn", o."nameZh"`,
  );
  const all = rows
    .map((row) => ({
      id: num(row.id),
      acronym: row.acronym ? String(row.acronym) : null,
      nameEn: String(row.nameEn),
      nameZh: String(row.nameZh),
      needs: num(row.needs),
      pocs: num(row.pocs),
      adoptions: num(row.adoptions),
    }))
    .filter((row) => row.needs + row.pocs + row.adoptions > 0)
    .sort((a, b) => b.needs - a.needs || b.pocs - a.pocs || a.nameEn.localeCompare(b.nameEn));
  return { departments: all.length, top: all.slice(0, limit) };
}
