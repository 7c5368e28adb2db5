// Generated input for fuzzing the API: values of every type, field names the procedures take,
// text and dates no database stores, lists and nesting past every limit. Seeded, so that a
// failing run can be repeated. Used by test/fuzz.integration.test.ts and bench/fuzz.bench.ts.
import superjson from "superjson";
import { DAY, T0 } from "./fixture";

/** A small seeded generator (mulberry32): a failing run can be repeated with its seed. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}
type Random = ReturnType<typeof random>;

// Field names the procedures take, so that generated objects reach past the first check.
const FIELDS = [
  "id",
  "needId",
  "solutionId",
  "forumId",
  "pocId",
  "resourceId",
  "organisationId",
  "companyIds",
  "text",
  "title",
  "titleZh",
  "description",
  "extra",
  "techAreas",
  "language",
  "submit",
  "page",
  "pageSize",
  "statuses",
  "status",
  "decision",
  "reason",
  "from",
  "to",
  "granularity",
  "techArea",
  "code",
  "topic",
  "topics",
  "email",
  "password",
  "startsAt",
  "endsAt",
  "scheduledAt",
  "startDate",
  "endDate",
  "adoptedOn",
  "capacity",
  "venue",
  "theme",
  "themeZh",
  "registrationOpensAt",
  "registrationClosesAt",
  "kind",
  "nameEn",
  "nameZh",
  "acronym",
  "website",
  "slug",
  "role",
  "validDays",
  "channel",
  "externalId",
  "chatId",
  "displayName",
  "reachable",
  "quietHours",
  "digestMode",
  "day",
  "purpose",
  "quantity",
  "titleEn",
  "bodyEn",
  "bodyZh",
  "scale",
  "metrics",
  "mine",
  "entity",
  "entityId",
  "day",
  "__proto__",
  "constructor",
] as const;

function text(r: Random): string {
  return r.pick([
    "",
    " ",
    "x",
    "Signboard",
    "招牌",
    "x".repeat(201),
    "y".repeat(20_000),
    "\ud800",
    "a\u0000b",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "[link](http://phish.invalid)",
    "2026-12-01",
    "9999-99-99",
    "-271821-04-20",
    "artificial-intelligence",
    "robotics",
    "TECH_AREA:no-such-area",
    "FORUMS",
    "PUBLISHED",
    "REJECT",
    "PUBLISH",
    "OFFICER",
    "ADMIN",
    "TELEGRAM",
    "quarter",
    "zh-HK",
    "en",
    "👩‍💻",
    "NaN",
    "1e309",
  ]);
}

function number(r: Random): number {
  return r.pick([0, 1, 2, 3, 5, -1, 1.5, 2 ** 31, 2 ** 53, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 100, 10_001]);
}

function date(r: Random): Date {
  return r.pick([
    new Date(T0.getTime() + 2 * DAY),
    new Date(T0.getTime() - 400 * DAY),
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date("1899-12-31T00:00:00Z"),
  ]);
}

export function value(r: Random, depth: number): unknown {
  const roll = r.next();
  if (roll < 0.08) return undefined;
  if (roll < 0.12) return null;
  if (roll < 0.18) return r.next() < 0.5;
  if (roll < 0.38) return number(r);
  if (roll < 0.62) return text(r);
  if (roll < 0.72) return date(r);
  if (roll < 0.78 || depth > 2) {
    const length = r.pick([0, 1, 2, 7]);
    return Array.from({ length }, () => (depth > 2 ? text(r) : value(r, depth + 1)));
  }
  // A list longer than any the schemas accept.
  if (roll < 0.8) return Array.from({ length: 1_500 }, (_, i) => i + 1);
  return object(r, depth + 1);
}

function object(r: Random, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = 1 + Math.floor(r.next() * 6);
  for (let i = 0; i < keys; i++)
    Object.defineProperty(out, r.pick(FIELDS), {
      value: value(r, depth),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return out;
}

export function input(r: Random): unknown {
  const roll = r.next();
  if (roll < 0.05) return undefined;
  if (roll < 0.1) return value(r, 0);
  if (roll < 0.13) {
    // Nested far past any schema.
    let deep: unknown = "bottom";
    for (let i = 0; i < 1_000; i++) deep = { id: deep };
    return deep;
  }
  return object(r, 0);
}

/** As a tRPC client would send it; superjson itself refuses `__proto__` keys, so those go as plain JSON. */
export function wire(value: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(value)) ?? "{}";
  } catch {
    return JSON.stringify({ json: value }) ?? "{}";
  }
}

/** What must never be in an answer or a log. */
export const SECRETS = /passwordHash|tokenHash|scrypt\$/;
/** A stack trace or a server path. */
export const STACK = /"stack"|\bat [\w.<>]+ \(|node_modules|\/work\//;
export const ACTORS = ["public", "subscriber", "officer", "vendor", "admin", "manager"] as const;
