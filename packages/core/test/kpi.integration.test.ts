import { seed } from "@innolab/db";
import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContext, type kpi } from "../src";
import { drillRange, periodsBetween } from "../src/domain/kpi/periods";
import { random as seeded } from "./fuzz-input";

const TODAY = new Date("2026-11-24T00:00:00Z");

/** Period key of an instant on Hong Kong's calendar, computed with Intl (not the code under test). */
const hkCalendar = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Hong_Kong", year: "numeric", month: "2-digit" });
function hkKey(date: Date, granularity: kpi.Granularity): string {
  const parts = hkCalendar.formatToParts(date);
  const year = parts.find((p) => p.type === "year")?.value;
  const month = Number(parts.find((p) => p.type === "month")?.value);
  if (granularity === "year") return `${year}`;
  if (granularity === "quarter") return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, "0")}`;
}

function bucket(dates: Array<Date | null>, keys: string[], from: Date, to: Date, granularity: kpi.Granularity) {
  const perPeriod = keys.map(() => 0);
  let before = 0;
  for (const date of dates) {
    if (!date || date >= to) continue;
    if (date < from) before++;
    else perPeriod[keys.indexOf(hkKey(date, granularity))]! += 1;
  }
  let running = before;
  return { perPeriod, cumulative: perPeriod.map((n) => (running += n)) };
}

describe("Hong Kong periods", () => {
  it("split at Hong Kong midnight, not UTC", () => {
    const periods = periodsBetween(new Date("2019-03-31T16:00:00Z"), new Date("2019-07-01T00:00:00Z"), "quarter");
    expect(periods.map((p) => p.key)).toEqual(["2019-Q2", "2019-Q3"]);
    expect(periods[0]?.start.toISOString()).toBe("2019-03-31T16:00:00.000Z");
    expect(periods[1]?.start.toISOString()).toBe("2019-06-30T16:00:00.000Z");
    expect(
      periodsBetween(new Date("2019-12-31T15:59:59Z"), new Date("2019-12-31T16:00:01Z"), "year").map((p) => p.key),
    ).toEqual(["2019", "2020"]);
  });
});

describeEachDatabase("KPI series equal an independent count of the seeded rows", (database) => {
  let rows: Awaited<ReturnType<typeof loadRows>>;
  let api: ReturnType<typeof createCaller>;

  async function loadRows() {
    const db = database().db;
    return {
      needs: await db.serviceNeed.findMany({ include: { techAreas: { include: { techArea: true } } } }),
      solutions: await db.solution.findMany({ include: { techAreas: { include: { techArea: true } } } }),
      forums: await db.forum.findMany(),
      registrations: await db.forumRegistration.findMany({ include: { forum: true } }),
      matches: await db.match.findMany({
        include: { need: { include: { techAreas: { include: { techArea: true } } } } },
      }),
      workshops: await db.workshop.findMany({
        include: { invites: true, need: { include: { techAreas: { include: { techArea: true } } } } },
      }),
      pocs: await db.poc.findMany({
        include: { adoption: true, need: { include: { techAreas: { include: { techArea: true } } } } },
      }),
      organisations: await db.organisation.findMany(),
      bookings: await db.booking.findMany({ include: { person: true } }),
    };
  }

  beforeAll(async () => {
    const db = database().db;
    await seed.seedDemo(db, { today: TODAY });
    rows = await loadRows();
    const admin = await db.person.findFirstOrThrow({ where: { role: "MANAGER" } });
    api = createCaller(
      createContext({
        db,
        source: "web",
        actor: { personId: admin.id, role: admin.role, organisationId: admin.organisationId },
        now: () => TODAY,
      }),
    );
  }, 120_000);

  const hasArea = (links: Array<{ techArea: { slug: string } }>, slug?: string) =>
    !slug || links.some((l) => l.techArea.slug === slug);

  function expectedCounts(
    from: Date,
    to: Date,
    granularity: kpi.Granularity,
    filter: { techArea?: string; organisationId?: number },
  ) {
    const keys = periodsBetween(from, to, granularity).map((p) => p.key);
    const bd = (id: number) => !filter.organisationId || id === filter.organisationId;
    const needs = rows.needs.filter((n) => hasArea(n.techAreas, filter.techArea) && bd(n.organisationId));
    const solutions = rows.solutions.filter((s) => hasArea(s.techAreas, filter.techArea));
    const pocs = rows.pocs.filter((p) => hasArea(p.need.techAreas, filter.techArea) && bd(p.governmentOrgId));
    const registrations = rows.registrations.filter(
      (r) => r.forum.status !== "CANCELLED" && (!filter.organisationId || r.organisationId === filter.organisationId),
    );
    const b = (dates: Array<Date | null>) => bucket(dates, keys, from, to, granularity);
    const confirmedMatches = (source?: string) =>
      b(
        rows.matches
          .filter(
            (m) =>
              m.status === "CONFIRMED" &&
              (!source || m.source === source) &&
              hasArea(m.need.techAreas, filter.techArea) &&
              bd(m.need.organisationId),
          )
          .map((m) => m.decidedAt),
      );
    return {
      needsSubmitted: b(needs.map((n) => n.submittedAt)),
      needsPublished: b(needs.map((n) => n.publishedAt)),
      solutionsSubmitted: b(solutions.map((s) => s.submittedAt)),
      solutionsPublished: b(solutions.map((s) => s.publishedAt)),
      matchesConfirmed: confirmedMatches(),
      matchesFromEngine: confirmedMatches("ENGINE"),
      matchesFromStaff: confirmedMatches("STAFF"),
      matchesFromVendors: confirmedMatches("VENDOR"),
      forumsHeld: b(
        rows.forums
          .filter((x) => x.status === "HELD" || (x.status === "SCHEDULED" && x.endsAt <= TODAY))
          .map((x) => x.startsAt),
      ),
      forumRegistrations: b(
        registrations.filter((r) => r.status === "REGISTERED" || r.status === "ATTENDED").map((r) => r.forum.startsAt),
      ),
      forumAttendance: b(registrations.filter((r) => r.status === "ATTENDED").map((r) => r.forum.startsAt)),
      workshopsHeld: b(
        rows.workshops
          .filter(
            (w) =>
              w.status !== "CANCELLED" &&
              w.scheduledAt <= TODAY &&
              hasArea(w.need.techAreas, filter.techArea) &&
              bd(w.need.organisationId),
          )
          .map((w) => w.scheduledAt),
      ),
      pocsStarted: b(pocs.map((p) => p.startDate)),
      pocsCompleted: b(pocs.filter((p) => p.status === "COMPLETED").map((p) => p.completedAt)),
      adoptions: b(pocs.map((p) => p.adoption?.adoptedOn ?? null)),
      bookings: b(
        rows.bookings
          .filter((x) => x.status === "CONFIRMED" && !x.maintenance && bd(x.person.organisationId ?? -1))
          .map((x) => x.startsAt),
      ),
    };
  }

  function expectedParticipation(
    from: Date,
    to: Date,
    granularity: kpi.Granularity,
    kind: "GOVERNMENT" | "COMPANY",
    techArea?: string,
    organisationId?: number,
  ) {
    const keys = periodsBetween(from, to, granularity).map((p) => p.key);
    const kindOf = new Map(rows.organisations.map((o) => [o.id, o.kind]));
    // Under a B/D: that B/D's registrations, needs, workshops (with their invitees) and PoCs (with
    // their companies); solutions have no B/D, so they drop out.
    const bd = (id: number | null) => organisationId === undefined || id === organisationId;
    const events: Array<[number, Date]> = [];
    if (!techArea) {
      for (const r of rows.registrations) {
        if (r.status !== "CANCELLED" && r.forum.status !== "CANCELLED" && r.organisationId && bd(r.organisationId))
          events.push([r.organisationId, r.forum.startsAt]);
      }
    }
    for (const n of rows.needs)
      if (n.submittedAt && hasArea(n.techAreas, techArea) && bd(n.organisationId))
        events.push([n.organisationId, n.submittedAt]);
    if (organisationId === undefined) {
      for (const s of rows.solutions)
        if (s.submittedAt && hasArea(s.techAreas, techArea)) events.push([s.organisationId, s.submittedAt]);
    }
    for (const w of rows.workshops) {
      if (w.status === "CANCELLED" || !hasArea(w.need.techAreas, techArea) || !bd(w.need.organisationId)) continue;
      events.push([w.need.organisationId, w.scheduledAt]);
      for (const invite of w.invites) events.push([invite.organisationId, w.scheduledAt]);
    }
    for (const p of rows.pocs) {
      if (!hasArea(p.need.techAreas, techArea) || !bd(p.governmentOrgId)) continue;
      events.push([p.governmentOrgId, p.startDate], [p.companyId, p.startDate]);
    }
    const relevant = events.filter(([org, at]) => kindOf.get(org) === kind && at < to);
    const activeSets = keys.map(() => new Set<number>());
    for (const [org, at] of relevant) if (at >= from) activeSets[keys.indexOf(hkKey(at, granularity))]?.add(org);
    const active = activeSets.map((set) => set.size);
    const first = new Map<number, Date>();
    for (const [org, at] of relevant) if (!first.has(org) || at < first.get(org)!) first.set(org, at);
    const firsts = bucket([...first.values()], keys, from, to, granularity);
    return { active, new: firsts.perPeriod, cumulative: firsts.cumulative };
  }

  const cases: Array<{
    name: string;
    from: string;
    to: string;
    granularity: kpi.Granularity;
    techArea?: string;
    bd?: boolean;
  }> = [
    {
      name: "since launch by quarter",
      from: "2019-04-01T00:00:00+08:00",
      to: "2026-11-24T00:00:00Z",
      granularity: "quarter",
    },
    {
      name: "2020–2022 by month",
      from: "2020-01-01T00:00:00+08:00",
      to: "2023-01-01T00:00:00+08:00",
      granularity: "month",
    },
    {
      name: "by year, robotics only",
      from: "2019-01-01T00:00:00+08:00",
      to: "2027-01-01T00:00:00+08:00",
      granularity: "year",
      techArea: "robotics",
    },
    {
      name: "by year, one B/D",
      from: "2019-01-01T00:00:00+08:00",
      to: "2027-01-01T00:00:00+08:00",
      granularity: "year",
      bd: true,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const from = new Date(c.from);
      const to = new Date(c.to);
      const organisationId = c.bd ? rows.organisations.find((o) => o.acronym === "BD")?.id : undefined;
      const result = await api.kpi.series({
        from,
        to,
        granularity: c.granularity,
        techArea: c.techArea,
        organisationId,
      });
      const expected = expectedCounts(from, to, c.granularity, { techArea: c.techArea, organisationId });
      for (const [name, series] of Object.entries(expected)) {
        const actual = result.metrics[name as keyof typeof result.metrics];
        expect({ name, perPeriod: actual.perPeriod, cumulative: actual.cumulative }).toEqual({ name, ...series });
      }
      expect(result.participation.governments).toEqual(
        expectedParticipation(from, to, c.granularity, "GOVERNMENT", c.techArea, organisationId),
      );
      expect(result.participation.companies).toEqual(
        expectedParticipation(from, to, c.granularity, "COMPANY", c.techArea, organisationId),
      );
      // The numbers are not trivially zero.
      expect(result.metrics.needsSubmitted.cumulative.at(-1)).toBeGreaterThan(0);
    });
  }

  it("the demo reproduces the lab's early reach: 60+ B/Ds and 170+ companies by early 2020", async () => {
    const result = await api.kpi.series({
      from: new Date("2019-04-01T00:00:00+08:00"),
      to: new Date("2020-04-01T00:00:00+08:00"),
      granularity: "quarter",
    });
    expect(result.periods.map((p) => p.key)).toEqual(["2019-Q2", "2019-Q3", "2019-Q4", "2020-Q1"]);
    expect(result.participation.governments.cumulative.at(-1)).toBeGreaterThanOrEqual(60);
    expect(result.participation.companies.cumulative.at(-1)).toBeGreaterThanOrEqual(170);
    expect(result.metrics.forumsHeld.perPeriod).toEqual([1, 1, 1, 1]);
  });

  it("filters a metric cannot apply are reported, not silently dropped", async () => {
    const result = await api.kpi.series({ from: new Date("2019-04-01"), to: TODAY, techArea: "robotics" });
    expect(result.metrics.forumsHeld.ignoredFilters).toEqual(["techArea"]);
    expect(result.metrics.needsPublished.ignoredFilters).toEqual([]);
  });

  /** Distinct organisations of a kind taking part in [from, to), from the raw rows. */
  function expectedDistinct(from: Date, to: Date, kind: "GOVERNMENT" | "COMPANY", techArea?: string) {
    // One period spanning the range: its "active" count is the distinct count.
    const periods = expectedParticipation(from, to, "year", kind, techArea);
    const keys = periodsBetween(from, to, "year");
    if (keys.length === 1) return periods.active[0];
    throw new Error("use a range within one year");
  }

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  for (const filter of [{}, { techArea: "artificial-intelligence" }] as Array<{ techArea?: string }>) {
    it(`overview cards equal the raw rows, with the previous period${filter.techArea ? " (one area)" : ""}`, async () => {
      const from = new Date("2020-01-01T00:00:00+08:00");
      const to = new Date("2020-07-01T00:00:00+08:00");
      const before = new Date(from.getTime() - (to.getTime() - from.getTime()));
      const { cards, funnel } = await api.kpi.overview({ from, to, granularity: "month", ...filter });
      const now = expectedCounts(from, to, "month", filter);
      const then = expectedCounts(before, from, "month", filter);
      for (const [name, series] of Object.entries(now)) {
        const card = cards.find((c) => c.key === name);
        const previous = sum(then[name as keyof typeof then].perPeriod);
        expect({ name, value: card?.value, previous: card?.previous }).toEqual({
          name,
          value: sum(series.perPeriod),
          previous,
        });
      }
      expect(cards.find((c) => c.key === "governments")?.value).toBe(
        expectedDistinct(from, to, "GOVERNMENT", filter.techArea),
      );
      expect(cards.find((c) => c.key === "companies")?.value).toBe(
        expectedDistinct(from, to, "COMPANY", filter.techArea),
      );
      // The funnel: needs submitted in the range and how far each went.
      const needs = rows.needs.filter(
        (n) => n.submittedAt && n.submittedAt >= from && n.submittedAt < to && hasArea(n.techAreas, filter.techArea),
      );
      const matched = new Set(rows.matches.filter((m) => m.status === "CONFIRMED").map((m) => m.needId));
      const withPoc = new Set(rows.pocs.map((p) => p.needId));
      const adopted = new Set(rows.pocs.filter((p) => p.adoption).map((p) => p.needId));
      expect(funnel).toEqual({
        needs: needs.length,
        matched: needs.filter((n) => matched.has(n.id)).length,
        pocs: needs.filter((n) => withPoc.has(n.id)).length,
        adopted: needs.filter((n) => adopted.has(n.id)).length,
      });
      expect(funnel.needs).toBeGreaterThan(0);
    });
  }

  // Since launch covers most records (counted as all minus those outside); one year, few.
  for (const [label, fromIso, toIso] of [
    ["since launch", "2019-04-01T00:00:00+08:00", null],
    ["one year", "2021-01-01T00:00:00+08:00", "2022-01-01T00:00:00+08:00"],
  ] as const) {
    it(`the breakdowns by technology area and by B/D equal the raw rows (${label})`, async () => {
      const from = new Date(fromIso);
      const to = toIso ? new Date(toIso) : TODAY;
      const { techAreas, departments } = await api.kpi.overview({ from, to });
      const inRange = (d: Date | null) => !!d && d >= from && d < to;
      for (const area of techAreas) {
        expect({
          slug: area.slug,
          needs: area.needs,
          solutions: area.solutions,
          pocs: area.pocs,
        }).toEqual({
          slug: area.slug,
          needs: rows.needs.filter((n) => inRange(n.submittedAt) && hasArea(n.techAreas, area.slug)).length,
          solutions: rows.solutions.filter((s) => inRange(s.submittedAt) && hasArea(s.techAreas, area.slug)).length,
          pocs: rows.pocs.filter((p) => inRange(p.startDate) && hasArea(p.need.techAreas, area.slug)).length,
        });
      }
      expect(techAreas.some((area) => area.needs > 0)).toBe(true);
      for (const department of departments.top) {
        expect({
          id: department.id,
          needs: department.needs,
          pocs: department.pocs,
          adoptions: department.adoptions,
        }).toEqual({
          id: department.id,
          needs: rows.needs.filter((n) => n.organisationId === department.id && inRange(n.submittedAt)).length,
          pocs: rows.pocs.filter((p) => p.governmentOrgId === department.id && inRange(p.startDate)).length,
          adoptions: rows.pocs.filter(
            (p) => p.governmentOrgId === department.id && inRange(p.adoption?.adoptedOn ?? null),
          ).length,
        });
      }
      const busy = new Set(
        [
          ...rows.needs.filter((n) => inRange(n.submittedAt)).map((n) => n.organisationId),
          ...rows.pocs
            .filter((p) => inRange(p.startDate) || inRange(p.adoption?.adoptedOn ?? null))
            .map((p) => p.governmentOrgId),
        ].filter((id) => rows.organisations.find((o) => o.id === id)?.kind === "GOVERNMENT"),
      );
      expect(departments.departments).toBe(busy.size);
      expect(departments.top.map((d) => d.needs)).toEqual(
        [...departments.top.map((d) => d.needs)].sort((a, b) => b - a),
      );
    });
  }

  it("a chart point's drill-down lists exactly what it counts, for ranges that cut periods short and cumulative points", async () => {
    const random = seeded(20261130).next;
    const day = 86_400_000;
    const earliest = new Date("2019-04-01T00:00:00+08:00").getTime();
    const metrics = ["forumRegistrations", "needsSubmitted", "matchesConfirmed", "pocsStarted"] as const;
    for (let trial = 0; trial < 12; trial++) {
      // Ranges that start and end mid-month (often mid-day), so the first and last periods are cut.
      const from = new Date(earliest + Math.floor(random() * 2200) * day + Math.floor(random() * 86_400) * 1000);
      const to = new Date(
        from.getTime() + (40 + Math.floor(random() * 700)) * day + Math.floor(random() * 86_400) * 1000,
      );
      const granularity = (["month", "quarter", "year"] as const)[trial % 3]!;
      const series = await api.kpi.series({ from, to, granularity, metrics: [...metrics] });
      for (const metric of metrics) {
        const counted = series.metrics[metric]!;
        for (const [index, period] of series.periods.entries()) {
          if (index !== 0 && index !== series.periods.length - 1 && random() > 0.3) continue;
          for (const cumulative of [false, true]) {
            const records = await api.kpi.records({ ...drillRange(period, { from, to }, cumulative), metric });
            const listed = records.kind === "records" ? records.total : records.organisations.length;
            const expected = cumulative ? counted.cumulative[index] : counted.perPeriod[index];
            expect({ metric, period: period.key, cumulative, listed }).toEqual({
              metric,
              period: period.key,
              cumulative,
              listed: expected,
            });
          }
        }
      }
    }
  });

  it("the public headlines equal the since-launch cards a manager sees", async () => {
    const headlines = await createCaller(
      createContext({ db: database().db, source: "web", now: () => TODAY }),
    ).kpi.headlines();
    const { cards } = await api.kpi.overview({
      from: new Date("2019-04-01T00:00:00+08:00"),
      to: new Date(TODAY.getTime() + 86_400_000),
      granularity: "year",
    });
    for (const { key, value } of headlines) {
      expect({ key, value }).toEqual({ key, value: cards.find((card) => card.key === key)?.value });
    }
    expect(headlines.map((h) => h.key)).toEqual(["governments", "companies", "forumsHeld", "pocsStarted", "adoptions"]);
    expect(headlines.every((h) => h.value > 0)).toBe(true);
  });

  it("a drill-down lists exactly the records behind each card", async () => {
    const from = new Date("2019-04-01T00:00:00+08:00");
    const query = { from, to: TODAY };
    const { cards } = await api.kpi.overview(query);
    for (const card of cards) {
      const drill = await api.kpi.records({ ...query, metric: card.key });
      if (drill.kind === "organisations") {
        expect({ key: card.key, n: drill.organisations.length }).toEqual({ key: card.key, n: card.value });
      } else {
        expect({ key: card.key, total: drill.total, listed: sum(drill.records.map((r) => r.count)) }).toEqual({
          key: card.key,
          total: card.value,
          listed: card.value,
        });
      }
    }
    const pocs = await api.kpi.records({ ...query, metric: "pocsStarted" });
    expect(pocs.records[0]).toMatchObject({ ref: expect.stringMatching(/^POC-/), title: expect.any(String) });
  });

  it("the KPI page's numbers follow a change made through the core at once (no stale cache)", async () => {
    const db = database().db;
    const query = { from: new Date("2026-01-01T00:00:00+08:00"), to: new Date("2027-01-01T00:00:00+08:00") };
    const needs = async () => (await api.kpi.overview(query)).cards.find((c) => c.key === "needsSubmitted")?.value;
    const before = await needs();
    expect(await needs()).toBe(before); // served again, same numbers
    const officer = await db.person.findFirstOrThrow({ where: { role: "OFFICER", organisationId: { not: null } } });
    const asOfficer = createCaller(
      createContext({
        db,
        source: "web",
        actor: { personId: officer.id, role: officer.role, organisationId: officer.organisationId },
        now: () => TODAY,
      }),
    );
    await asOfficer.need.create({
      title: "Cache check",
      description: "A need submitted between two reads of the KPI page",
      techAreas: ["robotics"],
      language: "en",
      submit: true,
    });
    expect(await needs()).toBe((before ?? 0) + 1);
  });

  it("a reversed range is refused", async () => {
    await expect(api.kpi.series({ from: TODAY, to: new Date("2019-01-01") })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid input: To: must be after the start",
    });
  });
});
