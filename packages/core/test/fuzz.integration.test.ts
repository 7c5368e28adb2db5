import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiServer } from "../src/server";
import { createFixture, DAY, type Fixture, T0, tableCounts } from "./fixture";
import { allProcedures, callPath } from "./procedures";

/** A small seeded generator (mulberry32): a failing run can be repeated with its seed. */
function random(seed: number) {
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

function value(r: Random, depth: number): unknown {
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

function input(r: Random): unknown {
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
function wire(value: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(value)) ?? "{}";
  } catch {
    return JSON.stringify({ json: value }) ?? "{}";
  }
}

const SECRETS = /passwordHash|tokenHash|scrypt\$/;
const STACK = /"stack"|\bat [\w.<>]+ \(|node_modules|\/work\//;
const ACTORS = ["public", "subscriber", "officer", "vendor", "admin", "manager"] as const;

describeEachDatabase("fuzz: generated input on every procedure, as every role and over HTTP", (database) => {
  let f: Fixture;
  let base: string;
  let server: ReturnType<typeof createApiServer>;
  const seed = Number(process.env.FUZZ_SEED ?? 20261130);

  beforeAll(async () => {
    f = await createFixture(database().db);
    server = createApiServer(f.db);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it(`5,000 calls through the core as each role: no internal error, no secret, nothing written on refusal (seed ${seed})`, async () => {
    const r = random(seed);
    const procedures = allProcedures();
    const outcomes = { answered: 0, refused: 0 };
    const failures: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const procedure = procedures[i % procedures.length]!;
      const who = r.pick(ACTORS);
      const caller = who === "public" ? f.asPublic() : f.as(who);
      const args = input(r);
      // Refusals must write nothing; a failed sign-in is audited by design.
      const watch = procedure.type === "mutation" && procedure.path !== "auth.signIn";
      const before = watch ? await tableCounts(f.db) : undefined;
      try {
        const answer = await callPath(caller, procedure.path, args);
        outcomes.answered++;
        if (SECRETS.test(wire(answer))) failures.push(`${procedure.path} as ${who}: secret in answer`);
      } catch (error) {
        outcomes.refused++;
        const where = `${procedure.path} as ${who} #${i}`;
        if (!(error instanceof TRPCError)) failures.push(`${where}: not a TRPCError: ${String(error)}`);
        else if (error.code === "INTERNAL_SERVER_ERROR") failures.push(`${where}: internal: ${String(error.cause)}`);
        else if (STACK.test(error.message)) failures.push(`${where}: stack in message`);
        if (before) {
          const after = await tableCounts(f.db);
          if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${where}: refused but wrote`);
        }
      }
    }
    console.log(`[fuzz] ${database().kind}: ${outcomes.answered} answered, ${outcomes.refused} refused`);
    expect(failures).toEqual([]);
    expect(outcomes.answered).toBeGreaterThan(50);
  });

  it(`1,000 anonymous HTTP requests: no 500, no stack, no secret (seed ${seed})`, async () => {
    const r = random(seed + 1);
    const procedures = allProcedures();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000; i++) {
      const procedure = r.pick(procedures);
      const roll = r.next();
      let response: Response;
      if (procedure.type === "query" && roll < 0.5) {
        const query = encodeURIComponent(wire(input(r)));
        response = await fetch(`${base}/trpc/${procedure.path}?input=${query}`, {
          headers: { "accept-language": r.pick(["en", "zh-HK", "x"]) },
        });
      } else {
        const body =
          roll < 0.6
            ? r.pick(["", "{", "null", "[]", '{"json":', "\u0000", '{"json":{},"meta":{"values":{"a":["Date"]}}}'])
            : roll < 0.7
              ? JSON.stringify({ json: input(r), meta: { values: value(r, 0) } })
              : wire(input(r));
        response = await fetch(`${base}/trpc/${procedure.path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
      }
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const where = `${procedure.path} #${i} (${response.status})`;
      if (response.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
      if (STACK.test(text)) failures.push(`${where}: stack`);
      if (SECRETS.test(text)) failures.push(`${where}: secret`);
    }
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(
      `[fuzz] ${database().kind} HTTP statuses: ${JSON.stringify(Object.fromEntries(statuses))}; heap ${(heapBefore / 2 ** 20).toFixed(0)} → ${(heapAfter / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(failures).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
