import { type Db, Prisma } from "@innolab/db";
import { COUNT_METRICS } from "./metrics";
import type { RangeQuery } from "./overview";

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
  // Each stage as a set of need ids joined once (hash joins), not a lookup per need.
  const [row] = await db.$queryRaw<Array<Record<string, unknown>>>`
    SELECT COUNT(*) AS needs, COUNT(m."needId") AS matched, COUNT(p."needId") AS pocs, COUNT(a."needId") AS adopted
    FROM "ServiceNeed" x
    LEFT JOIN (SELECT DISTINCT "needId" FROM "Match" WHERE "status" = 'CONFIRMED') m ON m."needId" = x."id"
    LEFT JOIN (SELECT DISTINCT "needId" FROM "Poc") p ON p."needId" = x."id"
    LEFT JOIN (SELECT DISTINCT pa."needId" FROM "Poc" pa JOIN "Adoption" ad ON ad."pocId" = pa."id") a ON a."needId" = x."id"
    WHERE ${Prisma.join(conditions, " AND ")}`;
  return {
    needs: num(row?.needs),
    matched: num(row?.matched),
    pocs: num(row?.pocs),
    adopted: num(row?.adopted),
  };
}

/** Needs, solutions and PoCs of the range per technology area (every area, busiest first). */
export async function byTechArea(db: Db, query: RangeQuery) {
  const { from, to } = query;
  const organisation = query.organisationId
    ? Prisma.sql`AND n."organisationId" = ${query.organisationId}`
    : Prisma.empty;
  type Counted = Array<{ area: number; n: unknown }>;
  const [areas, needs, solutions, pocs] = await Promise.all([
    db.techArea.findMany({ select: { id: true, slug: true, nameEn: true, nameZh: true } }),
    db.$queryRaw<Counted>`SELECT l."techAreaId" AS area, COUNT(*) AS n FROM "NeedTechArea" l
      JOIN "ServiceNeed" n ON n."id" = l."needId"
      WHERE n."submittedAt" >= ${from} AND n."submittedAt" < ${to} ${organisation} GROUP BY l."techAreaId"`,
    db.$queryRaw<Counted>`SELECT l."techAreaId" AS area, COUNT(*) AS n FROM "SolutionTechArea" l
      JOIN "Solution" s ON s."id" = l."solutionId"
      WHERE s."submittedAt" >= ${from} AND s."submittedAt" < ${to} GROUP BY l."techAreaId"`,
    db.$queryRaw<Counted>`SELECT l."techAreaId" AS area, COUNT(*) AS n FROM "Poc" p
      JOIN "NeedTechArea" l ON l."needId" = p."needId" JOIN "ServiceNeed" n ON n."id" = p."needId"
      WHERE p."startDate" >= ${from} AND p."startDate" < ${to} ${organisation} GROUP BY l."techAreaId"`,
  ]);
  const countOf = (rows: Counted) => new Map(rows.map((row) => [Number(row.area), num(row.n)]));
  const [needsBy, solutionsBy, pocsBy] = [countOf(needs), countOf(solutions), countOf(pocs)];
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
  const area = query.techArea
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "NeedTechArea" l JOIN "TechArea" ta ON ta."id" = l."techAreaId"
        WHERE l."needId" = n."id" AND ta."slug" = ${query.techArea})`
    : Prisma.empty;
  const only = query.organisationId ? Prisma.sql`AND o."id" = ${query.organisationId}` : Prisma.empty;
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>`
    SELECT * FROM (
      SELECT o."id" AS id, o."acronym" AS acronym, o."nameEn" AS "nameEn", o."nameZh" AS "nameZh",
        (SELECT COUNT(*) FROM "ServiceNeed" n WHERE n."organisationId" = o."id"
          AND n."submittedAt" >= ${from} AND n."submittedAt" < ${to} ${area}) AS needs,
        (SELECT COUNT(*) FROM "Poc" p JOIN "ServiceNeed" n ON n."id" = p."needId" WHERE p."governmentOrgId" = o."id"
          AND p."startDate" >= ${from} AND p."startDate" < ${to} ${area}) AS pocs,
        (SELECT COUNT(*) FROM "Adoption" a JOIN "Poc" p ON p."id" = a."pocId" JOIN "ServiceNeed" n ON n."id" = p."needId"
          WHERE p."governmentOrgId" = o."id" AND a."adoptedOn" >= ${from} AND a."adoptedOn" < ${to} ${area}) AS adoptions
      FROM "Organisation" o WHERE o."kind" = 'GOVERNMENT' ${only}
    ) t WHERE t.needs + t.pocs + t.adoptions > 0`;
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
    .sort((a, b) => b.needs - a.needs || b.pocs - a.pocs || a.nameEn.localeCompare(b.nameEn));
  return { departments: all.length, top: all.slice(0, limit) };
}
