import { Prisma } from "@innolab/db";

export interface KpiFilters {
  /** A technology area's slug. */
  techArea?: string;
  /** A B/D's organisation id. */
  organisationId?: number;
}

export const FILTER_KEYS = ["techArea", "organisationId"] as const satisfies ReadonlyArray<keyof KpiFilters>;

/** How one count metric reads the raw records: which rows, dated by which column. */
export interface CountMetric {
  /** The filters this metric can apply; the others are reported as ignored. */
  supports: Array<keyof KpiFilters>;
  dateColumn: string;
  /**
   * Whether an index on the date (with the metric's conditions) makes each period's count one
   * index range: then the series count each period separately instead of bucketing every row.
   */
  indexedByDate: boolean;
  /**
   * The drill-down: SQL for each listed record's id, reference and title, and, when rows are
   * grouped into one record (`groupBy`), how many of the count it stands for (`weight`).
   */
  record: { id: string; ref: string; title: string; weight?: string; groupBy?: string };
  /** FROM and conditions of the counted rows, for the filters and the current time. */
  build(filters: KpiFilters, now: Date): { from: Prisma.Sql; where: Prisma.Sql[] };
}

const raw = Prisma.raw;
// The area's records as one set, computed once per query (not a lookup per counted row).
export const techAreaIdSql = (slug: string) =>
  Prisma.sql`(SELECT ta."id" FROM "TechArea" ta WHERE ta."slug" = ${slug})`;
export const needHasArea = (needColumn: string, slug: string) =>
  Prisma.sql`${raw(needColumn)} IN (SELECT nta."needId" FROM "NeedTechArea" nta WHERE nta."techAreaId" = ${techAreaIdSql(slug)})`;
const solutionHasArea = (solutionColumn: string, slug: string) =>
  Prisma.sql`${raw(solutionColumn)} IN (SELECT sta."solutionId" FROM "SolutionTechArea" sta WHERE sta."techAreaId" = ${techAreaIdSql(slug)})`;

/** Conditions for the filters a metric supports, from how it links to an area and a B/D. */
function filterConditions(filters: KpiFilters, links: { area?: (slug: string) => Prisma.Sql; organisation?: string }) {
  const conditions: Prisma.Sql[] = [];
  if (filters.techArea && links.area) conditions.push(links.area(filters.techArea));
  if (filters.organisationId && links.organisation)
    conditions.push(Prisma.sql`${raw(links.organisation)} = ${filters.organisationId}`);
  return conditions;
}

function submissionMetric(table: "ServiceNeed" | "Solution", dateColumn: "submittedAt" | "publishedAt"): CountMetric {
  const isNeed = table === "ServiceNeed";
  return {
    supports: isNeed ? ["techArea", "organisationId"] : ["techArea"],
    dateColumn: `x."${dateColumn}"`,
    indexedByDate: true,
    record: { id: `x."id"`, ref: `x."refCode"`, title: `x."title"` },
    build: (filters) => ({
      from: raw(`"${table}" x`),
      where: filterConditions(filters, {
        area: (slug) => (isNeed ? needHasArea(`x."id"`, slug) : solutionHasArea(`x."id"`, slug)),
        organisation: isNeed ? `x."organisationId"` : undefined,
      }),
    }),
  };
}

/** Registrations, dated by their forum; the drill-down lists each forum with how many of its registrations count. */
function registrationMetric(statuses: string[]): CountMetric {
  return {
    supports: ["organisationId"],
    dateColumn: `f."startsAt"`,
    // A forum's registrations are one range of the (forumId, status) index.
    indexedByDate: true,
    record: { id: `f."id"`, ref: `''`, title: `f."title"`, weight: "COUNT(*)", groupBy: `f."id"` },
    build: (filters) => ({
      from: Prisma.sql`"Forum" f JOIN "ForumRegistration" r ON r."forumId" = f."id"`,
      where: [
        Prisma.sql`f."status" <> 'CANCELLED'`,
        Prisma.sql`r."status" IN (${Prisma.join(statuses)})`,
        ...filterConditions(filters, { organisation: `r."organisationId"` }),
      ],
    }),
  };
}

const needTitleOf = (needColumn: string) => `(SELECT nt."title" FROM "ServiceNeed" nt WHERE nt."id" = ${needColumn})`;
const needRefOf = (needColumn: string) => `(SELECT nr."refCode" FROM "ServiceNeed" nr WHERE nr."id" = ${needColumn})`;
// A workshop's B/D, looked up per workshop: a join made PostgreSQL hash all the needs (twice the time).
const needOrgOf = (needColumn: string) =>
  `(SELECT wn."organisationId" FROM "ServiceNeed" wn WHERE wn."id" = ${needColumn})`;
/** A table whose rows belong to a need, joined to the need only when its B/D is asked for (the join costs more than the count). */
const withNeedForBd = (table: string, needColumn: string, filters: KpiFilters) =>
  filters.organisationId ? Prisma.raw(`${table} JOIN "ServiceNeed" n ON n."id" = ${needColumn}`) : Prisma.raw(table);

function pocMetric(dateColumn: string, where: Prisma.Sql[], from = `"Poc" p`): CountMetric {
  return {
    supports: ["techArea", "organisationId"],
    dateColumn,
    indexedByDate: false,
    record: { id: `p."id"`, ref: `p."refCode"`, title: needTitleOf(`p."needId"`) },
    build: (filters) => ({
      from: raw(from),
      where: [
        ...where,
        ...filterConditions(filters, {
          area: (slug) => needHasArea(`p."needId"`, slug),
          organisation: `p."governmentOrgId"`,
        }),
      ],
    }),
  };
}

/** Confirmed matches, dated by their confirmation; from one source (the engine, staff, a company's proposal) or all. */
function matchMetric(source?: "ENGINE" | "STAFF" | "VENDOR"): CountMetric {
  return {
    supports: ["techArea", "organisationId"],
    dateColumn: `m."decidedAt"`,
    indexedByDate: false,
    record: { id: `m."id"`, ref: needRefOf(`m."needId"`), title: needTitleOf(`m."needId"`) },
    build: (filters) => ({
      from: withNeedForBd(`"Match" m`, `m."needId"`, filters),
      where: [
        Prisma.sql`m."status" = 'CONFIRMED'`,
        // A literal, not a parameter: PostgreSQL compares its enum with a literal, not with text.
        ...(source ? [raw(`m."source" = '${source}'`)] : []),
        ...filterConditions(filters, {
          area: (slug) => needHasArea(`m."needId"`, slug),
          organisation: `n."organisationId"`,
        }),
      ],
    }),
  };
}

export const COUNT_METRICS = {
  needsSubmitted: submissionMetric("ServiceNeed", "submittedAt"),
  needsPublished: submissionMetric("ServiceNeed", "publishedAt"),
  solutionsSubmitted: submissionMetric("Solution", "submittedAt"),
  solutionsPublished: submissionMetric("Solution", "publishedAt"),
  matchesConfirmed: matchMetric(),
  matchesFromEngine: matchMetric("ENGINE"),
  matchesFromStaff: matchMetric("STAFF"),
  matchesFromVendors: matchMetric("VENDOR"),
  forumsHeld: {
    supports: [],
    dateColumn: `f."startsAt"`,
    indexedByDate: false,
    record: { id: `f."id"`, ref: `''`, title: `f."title"` },
    // Held: marked so by staff, or over and not cancelled.
    build: (_filters, now) => ({
      from: Prisma.sql`"Forum" f`,
      where: [Prisma.sql`(f."status" = 'HELD' OR (f."status" = 'SCHEDULED' AND f."endsAt" <= ${now}))`],
    }),
  },
  forumRegistrations: registrationMetric(["REGISTERED", "ATTENDED"]),
  forumAttendance: registrationMetric(["ATTENDED"]),
  workshopsHeld: {
    supports: ["techArea", "organisationId"],
    dateColumn: `w."scheduledAt"`,
    indexedByDate: false,
    record: { id: `w."id"`, ref: needRefOf(`w."needId"`), title: `w."title"` },
    // Held: not cancelled and its day has come (a planned workshop in the future is not held yet).
    build: (filters, now) => ({
      from: withNeedForBd(`"Workshop" w`, `w."needId"`, filters),
      where: [
        Prisma.sql`w."status" <> 'CANCELLED'`,
        Prisma.sql`w."scheduledAt" <= ${now}`,
        ...filterConditions(filters, {
          area: (slug) => needHasArea(`w."needId"`, slug),
          organisation: `n."organisationId"`,
        }),
      ],
    }),
  },
  pocsStarted: pocMetric(`p."startDate"`, []),
  pocsCompleted: pocMetric(`p."completedAt"`, [Prisma.sql`p."status" = 'COMPLETED'`]),
  adoptions: pocMetric(`a."adoptedOn"`, [], `"Adoption" a JOIN "Poc" p ON p."id" = a."pocId"`),
  bookings: {
    supports: ["organisationId"],
    dateColumn: `b."startsAt"`,
    indexedByDate: false,
    record: { id: `b."id"`, ref: `''`, title: `b."purpose"` },
    // Confirmed bookings of the collaboration platform (not staff block-outs), by the booker's organisation.
    build: (filters) => ({
      from: Prisma.sql`"Booking" b JOIN "Person" pe ON pe."id" = b."personId"`,
      where: [
        Prisma.sql`b."status" = 'CONFIRMED'`,
        Prisma.sql`NOT b."maintenance"`,
        ...filterConditions(filters, { organisation: `pe."organisationId"` }),
      ],
    }),
  },
} satisfies Record<string, CountMetric>;

export type CountMetricName = keyof typeof COUNT_METRICS;
export const COUNT_METRIC_NAMES = Object.keys(COUNT_METRICS) as CountMetricName[];

/**
 * Where an organisation takes part, dated: its people register for a forum (dated by the
 * forum), it submits a need or solution, it is invited to (or owns the need of) a workshop, or
 * it is party to a PoC. Each source yields rows (org, at); the organisation's kind says whether
 * it counts as a B/D or a company. A source with no link to a filter is left out under that
 * filter (registrations have no technology area).
 */
export type ParticipantKind = "GOVERNMENT" | "COMPANY";

export interface ParticipationSource {
  supports: Array<keyof KpiFilters>;
  /** Rows (org, at): each time an organisation takes part. */
  sql(filters: KpiFilters): Prisma.Sql;
  /**
   * For the series, when many organisations share few dates (a forum's registrations): the
   * dated occasions (`from` and `where`, dated by `at`) and, for one occasion, its distinct organisations
   * (`o`), which an index lists in order. Gathering the rows by organisation instead would
   * first have to form and sort every distinct pair.
   */
  occasions?(filters: KpiFilters): { from: Prisma.Sql; where: Prisma.Sql[]; at: string; organisations: Prisma.Sql };
}

const and = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
const registrantFilter = (filters: KpiFilters, organisationColumn: string) =>
  and(filterConditions(filters, { organisation: organisationColumn }));
const needFilters = (filters: KpiFilters, needColumn: string, organisationColumn: string) =>
  and(filterConditions(filters, { area: (slug) => needHasArea(needColumn, slug), organisation: organisationColumn }));

export const PARTICIPATION_SOURCES: ParticipationSource[] = [
  {
    supports: ["organisationId"],
    sql: (filters) => Prisma.sql`SELECT r.org AS org, f."startsAt" AS at FROM (
        SELECT DISTINCT "forumId", "organisationId" AS org FROM "ForumRegistration"
        WHERE "status" <> 'CANCELLED' ${registrantFilter(filters, `"organisationId"`)}
      ) r JOIN "Forum" f ON f."id" = r."forumId" WHERE f."status" <> 'CANCELLED'`,
    occasions: (filters) => ({
      from: Prisma.sql`"Forum" f`,
      where: [Prisma.sql`f."status" <> 'CANCELLED'`],
      at: `f."startsAt"`,
      organisations: Prisma.sql`SELECT DISTINCT r."organisationId" AS o FROM "ForumRegistration" r
        WHERE r."forumId" = f."id" AND r."status" <> 'CANCELLED' ${registrantFilter(filters, `r."organisationId"`)}`,
    }),
  },
  {
    supports: ["techArea", "organisationId"],
    sql: (filters) => Prisma.sql`SELECT n."organisationId" AS org, n."submittedAt" AS at FROM "ServiceNeed" n
      WHERE n."submittedAt" IS NOT NULL ${needFilters(filters, `n."id"`, `n."organisationId"`)}`,
  },
  {
    supports: ["techArea"],
    sql: (filters) => Prisma.sql`SELECT s."organisationId" AS org, s."submittedAt" AS at FROM "Solution" s
      WHERE s."submittedAt" IS NOT NULL ${and(filterConditions(filters, { area: (slug) => solutionHasArea(`s."id"`, slug) }))}`,
  },
  {
    supports: ["techArea", "organisationId"],
    sql: (filters) => Prisma.sql`SELECT wi."organisationId" AS org, w."scheduledAt" AS at FROM "WorkshopInvite" wi
      JOIN "Workshop" w ON w."id" = wi."workshopId"
      WHERE w."status" <> 'CANCELLED' ${needFilters(filters, `w."needId"`, needOrgOf(`w."needId"`))}`,
  },
  {
    supports: ["techArea", "organisationId"],
    sql: (filters) => Prisma.sql`SELECT ${raw(needOrgOf(`w."needId"`))} AS org, w."scheduledAt" AS at FROM "Workshop" w
      WHERE w."status" <> 'CANCELLED' ${needFilters(filters, `w."needId"`, needOrgOf(`w."needId"`))}`,
  },
  {
    supports: ["techArea", "organisationId"],
    sql: (filters) => Prisma.sql`SELECT p."governmentOrgId" AS org, p."startDate" AS at FROM "Poc" p
      WHERE 1 = 1 ${needFilters(filters, `p."needId"`, `p."governmentOrgId"`)}`,
  },
  {
    supports: ["techArea", "organisationId"],
    sql: (filters) => Prisma.sql`SELECT p."companyId" AS org, p."startDate" AS at FROM "Poc" p
      WHERE 1 = 1 ${needFilters(filters, `p."needId"`, `p."governmentOrgId"`)}`,
  },
];
