import type { Db, Role } from "@innolab/db";
import { type Actor, createCaller, createContext, type Language, type RequestSource } from "../src";

export const T0 = new Date("2026-11-24T02:00:00.000Z");

export type FixtureRole = "admin" | "manager" | "officer" | "officer2" | "vendor" | "vendor2" | "subscriber";

/**
 * A small lab: two technology areas, two B/Ds, two companies, one person per role, and callers
 * acting as each of them (or as the public) on a clock the test controls.
 */
export async function createFixture(db: Db) {
  const clock = { now: T0 };
  const [ai, iot, robotics] = await Promise.all([
    db.techArea.create({
      data: { slug: "artificial-intelligence", nameEn: "Artificial intelligence", nameZh: "人工智能" },
    }),
    db.techArea.create({ data: { slug: "internet-of-things", nameEn: "Internet of things", nameZh: "物聯網" } }),
    db.techArea.create({ data: { slug: "robotics", nameEn: "Robotics", nameZh: "機械人技術" } }),
  ]);
  const org = (kind: "GOVERNMENT" | "COMPANY" | "PARTNER" | "LAB", nameEn: string, nameZh: string, acronym?: string) =>
    db.organisation.create({ data: { kind, nameEn, nameZh, acronym } });
  const lab = await org("LAB", "Smart Government Innovation Lab", "智慧政府創新實驗室", "SGIL");
  const bd = await org("GOVERNMENT", "Buildings Department", "屋宇署", "BD");
  const bd2 = await org("GOVERNMENT", "Lands Department", "地政總署", "LandsD");
  const company = await org("COMPANY", "Harbour AI Labs Limited", "海港人工智能實驗室有限公司");
  const company2 = await org("COMPANY", "Kowloon Robotics Limited", "九龍機械人有限公司");
  const partner = await org("PARTNER", "Cyberport", "數碼港", "Cyberport");
  const person = (displayName: string, role: Role, organisationId: number | null) =>
    db.person.create({ data: { displayName, role, organisationId } });
  const people = {
    admin: await person("Ada Admin", "ADMIN", lab.id),
    manager: await person("Manny Manager", "MANAGER", lab.id),
    officer: await person("Olivia Officer", "OFFICER", bd.id),
    officer2: await person("Oscar Officer", "OFFICER", bd2.id),
    vendor: await person("Victor Vendor", "VENDOR", company.id),
    vendor2: await person("Vera Vendor", "VENDOR", company2.id),
    subscriber: await person("Sam Subscriber", "SUBSCRIBER", null),
  };
  const actorOf = (role: FixtureRole): Actor => {
    const p = people[role];
    return { personId: p.id, role: p.role, organisationId: p.organisationId };
  };
  const callerFor = (actor: Actor | null, options: { language?: Language; source?: RequestSource } = {}) =>
    createCaller(
      createContext({
        db,
        actor,
        source: options.source ?? "telegram",
        language: options.language ?? "en",
        now: () => clock.now,
      }),
    );
  return {
    db,
    clock,
    areas: { ai, iot, robotics },
    orgs: { lab, bd, bd2, company, company2, partner },
    people,
    actorOf,
    as: (role: FixtureRole, options: { language?: Language; source?: RequestSource } = {}) =>
      callerFor(actorOf(role), options),
    asPublic: (options: { language?: Language; source?: RequestSource } = {}) => callerFor(null, options),
    callerFor,
    /** Moves the clock. */
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
}

export type Fixture = Awaited<ReturnType<typeof createFixture>>;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Counts of every table: to show that a rejected call wrote nothing. */
export async function tableCounts(db: Db) {
  const counts = {
    organisations: db.organisation.count(),
    people: db.person.count(),
    identities: db.chatIdentity.count(),
    invitations: db.invitation.count(),
    techAreas: db.techArea.count(),
    needs: db.serviceNeed.count(),
    solutions: db.solution.count(),
    reviews: db.review.count(),
    matches: db.match.count(),
    workshops: db.workshop.count(),
    forums: db.forum.count(),
    registrations: db.forumRegistration.count(),
    pocs: db.poc.count(),
    adoptions: db.adoption.count(),
    subscriptions: db.subscription.count(),
    alerts: db.alert.count(),
    events: db.domainEvent.count(),
    audit: db.auditLog.count(),
    counters: db.counter.count(),
  };
  const values = await Promise.all(Object.values(counts));
  return Object.fromEntries(Object.keys(counts).map((name, i) => [name, values[i]]));
}

/** A need or solution draft that passes validation. */
export function draft(overrides: Record<string, unknown> = {}) {
  return {
    title: "Defective Signboards Diagnostic System (DSDS)",
    description: "Detect defective signboards from street images before typhoon season.",
    extra: "A ranked list of signboards at risk.",
    techAreas: ["artificial-intelligence"],
    language: "en" as const,
    ...overrides,
  };
}

export function forumInput(now: Date, overrides: Record<string, unknown> = {}) {
  return {
    title: "Technology Forum 2026 Q4",
    titleZh: "2026年第4季科技論壇",
    theme: "Robotics Technologies",
    themeZh: "機械人技術",
    startsAt: new Date(now.getTime() + 20 * DAY),
    endsAt: new Date(now.getTime() + 20 * DAY + 3 * HOUR),
    venue: "Cyberport Conference Hall",
    capacity: 3,
    registrationOpensAt: new Date(now.getTime() - DAY),
    registrationClosesAt: new Date(now.getTime() + 19 * DAY),
    ...overrides,
  };
}
