import { Prisma } from "@innolab/db";

export interface KpiFilters {
  /** A technology area's slug. */
  techArea?: string;
  /** A B/D's organisation id. */
  organisationId?: number;
}

/** How one count metric reads the raw records: which rows, dated by which column. */
export interface CountMetric {
  from: Prisma.Sql;
  dateColumn: string;
  /** Row conditions; `now` lets a metric leave out what has not happened yet. */
  where: Prisma.Sql[] | ((now: Date) => Prisma.Sql[]);
  byTechArea?: (slug: string) => Prisma.Sql;
  byOrganisation?: (organisationId: number) => Prisma.Sql;
}

const needHasArea = (needColumn: string) => (slug: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "NeedTechArea" nta JOIN "TechArea" ta ON ta."id" = nta."techAreaId"
    WHERE nta."needId" = ${Prisma.raw(needColumn)} AND ta."slug" = ${slug})`;
const solutionHasArea = (solutionColumn: string) => (slug: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "SolutionTechArea" sta JOIN "TechArea" ta ON ta."id" = sta."techAreaId"
    WHERE sta."solutionId" = ${Prisma.raw(solutionColumn)} AND ta."slug" = ${slug})`;
const orgIs = (column: string) => (organisationId: number) => Prisma.sql`${Prisma.raw(column)} = ${organisationId}`;

const nonCancelledForum = Prisma.sql`f."status" <> 'CANCELLED'`;

export const COUNT_METRICS = {
  needsSubmitted: {
    from: Prisma.sql`"ServiceNeed" n`,
    dateColumn: `n."submittedAt"`,
    where: [],
    byTechArea: needHasArea(`n."id"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  needsPublished: {
    from: Prisma.sql`"ServiceNeed" n`,
    dateColumn: `n."publishedAt"`,
    where: [],
    byTechArea: needHasArea(`n."id"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  solutionsSubmitted: {
    from: Prisma.sql`"Solution" s`,
    dateColumn: `s."submittedAt"`,
    where: [],
    byTechArea: solutionHasArea(`s."id"`),
  },
  solutionsPublished: {
    from: Prisma.sql`"Solution" s`,
    dateColumn: `s."publishedAt"`,
    where: [],
    byTechArea: solutionHasArea(`s."id"`),
  },
  matchesConfirmed: {
    from: Prisma.sql`"Match" m JOIN "ServiceNeed" n ON n."id" = m."needId"`,
    dateColumn: `m."decidedAt"`,
    where: [Prisma.sql`m."status" = 'CONFIRMED'`],
    byTechArea: needHasArea(`m."needId"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  forumsHeld: {
    from: Prisma.sql`"Forum" f`,
    dateColumn: `f."startsAt"`,
    // Held: marked so by staff, or over and not cancelled.
    where: (now) => [Prisma.sql`(f."status" = 'HELD' OR (f."status" = 'SCHEDULED' AND f."endsAt" <= ${now}))`],
  },
  forumRegistrations: {
    from: Prisma.sql`"ForumRegistration" r JOIN "Forum" f ON f."id" = r."forumId"`,
    dateColumn: `f."startsAt"`,
    where: [nonCancelledForum, Prisma.sql`r."status" IN ('REGISTERED', 'ATTENDED')`],
    byOrganisation: orgIs(`r."organisationId"`),
  },
  forumAttendance: {
    from: Prisma.sql`"ForumRegistration" r JOIN "Forum" f ON f."id" = r."forumId"`,
    dateColumn: `f."startsAt"`,
    where: [nonCancelledForum, Prisma.sql`r."status" = 'ATTENDED'`],
    byOrganisation: orgIs(`r."organisationId"`),
  },
  workshopsHeld: {
    from: Prisma.sql`"Workshop" w`,
    dateColumn: `w."scheduledAt"`,
    where: [Prisma.sql`w."status" <> 'CANCELLED'`],
    byTechArea: needHasArea(`w."needId"`),
    byOrganisation: (organisationId) =>
      Prisma.sql`EXISTS (SELECT 1 FROM "ServiceNeed" wn WHERE wn."id" = w."needId" AND wn."organisationId" = ${organisationId})`,
  },
  pocsStarted: {
    from: Prisma.sql`"Poc" p`,
    dateColumn: `p."startDate"`,
    where: [],
    byTechArea: needHasArea(`p."needId"`),
    byOrganisation: orgIs(`p."governmentOrgId"`),
  },
  pocsCompleted: {
    from: Prisma.sql`"Poc" p`,
    dateColumn: `p."completedAt"`,
    where: [Prisma.sql`p."status" = 'COMPLETED'`],
    byTechArea: needHasArea(`p."needId"`),
    byOrganisation: orgIs(`p."governmentOrgId"`),
  },
  adoptions: {
    from: Prisma.sql`"Adoption" a JOIN "Poc" p ON p."id" = a."pocId"`,
    dateColumn: `a."adoptedOn"`,
    where: [],
    byTechArea: needHasArea(`p."needId"`),
    byOrganisation: orgIs(`p."governmentOrgId"`),
  },
} satisfies Record<string, CountMetric>;

export type CountMetricName = keyof typeof COUNT_METRICS;
export const COUNT_METRIC_NAMES = Object.keys(COUNT_METRICS) as CountMetricName[];

/**
 * Where an organisation takes part, dated: its people register for a forum (dated by the forum),
 * it submits a need or solution, it is invited to a workshop, or it is party to a PoC.
 */
export interface ParticipationSource {
  sql: Prisma.Sql;
  /** Column aliases inside `sql`: the organisation id and the date. */
  byTechArea?: (slug: string) => Prisma.Sql;
  byOrganisation?: (organisationId: number) => Prisma.Sql;
}

export const PARTICIPATION_SOURCES: ParticipationSource[] = [
  {
    sql: Prisma.sql`SELECT DISTINCT r."organisationId" AS org, f."startsAt" AS at FROM "ForumRegistration" r
      JOIN "Forum" f ON f."id" = r."forumId"
      WHERE r."organisationId" IS NOT NULL AND r."status" <> 'CANCELLED' AND f."status" <> 'CANCELLED'`,
    byOrganisation: orgIs(`r."organisationId"`),
  },
  {
    sql: Prisma.sql`SELECT n."organisationId" AS org, n."submittedAt" AS at FROM "ServiceNeed" n WHERE n."submittedAt" IS NOT NULL`,
    byTechArea: needHasArea(`n."id"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  {
    sql: Prisma.sql`SELECT s."organisationId" AS org, s."submittedAt" AS at FROM "Solution" s WHERE s."submittedAt" IS NOT NULL`,
    byTechArea: solutionHasArea(`s."id"`),
  },
  {
    sql: Prisma.sql`SELECT wi."organisationId" AS org, w."scheduledAt" AS at FROM "WorkshopInvite" wi
      JOIN "Workshop" w ON w."id" = wi."workshopId" JOIN "ServiceNeed" n ON n."id" = w."needId"
      WHERE w."status" <> 'CANCELLED'`,
    byTechArea: needHasArea(`w."needId"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  {
    sql: Prisma.sql`SELECT n."organisationId" AS org, w."scheduledAt" AS at FROM "Workshop" w
      JOIN "ServiceNeed" n ON n."id" = w."needId" WHERE w."status" <> 'CANCELLED'`,
    byTechArea: needHasArea(`w."needId"`),
    byOrganisation: orgIs(`n."organisationId"`),
  },
  {
    sql: Prisma.sql`SELECT p."governmentOrgId" AS org, p."startDate" AS at FROM "Poc" p WHERE 1 = 1`,
    byTechArea: needHasArea(`p."needId"`),
    byOrganisation: orgIs(`p."governmentOrgId"`),
  },
  {
    sql: Prisma.sql`SELECT p."companyId" AS org, p."startDate" AS at FROM "Poc" p WHERE 1 = 1`,
    byTechArea: needHasArea(`p."needId"`),
    byOrganisation: orgIs(`p."governmentOrgId"`),
  },
];
