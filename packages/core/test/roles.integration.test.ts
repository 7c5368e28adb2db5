import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@innolab/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth, DomainError } from "../src";
import { createApiServer } from "../src/server";
import { createFixture, DAY, draft, type Fixture, type FixtureRole, forumInput } from "./fixture";
import { allProcedures, callPath } from "./procedures";

type Who = "public" | "subscriber" | "officer" | "vendor" | "admin" | "manager";
const EVERYONE: Who[] = ["public", "subscriber", "officer", "vendor", "admin", "manager"];
const MEMBERS: Who[] = ["subscriber", "officer", "vendor", "admin", "manager"];
const STAFF: Who[] = ["admin"];
const OVERSIGHT: Who[] = ["admin", "manager"];

/** Who may call what: written out here, independently of the router's own role groups. */
const EXPECTED: Record<string, Who[]> = {
  "organisation.list": EVERYONE,
  "organisation.get": EVERYONE,
  "organisation.create": STAFF,
  "organisation.update": STAFF,
  "techArea.list": EVERYONE,
  "techArea.create": STAFF,
  "invitation.create": STAFF,
  "invitation.list": STAFF,
  "invitation.revoke": STAFF,
  "invitation.redeem": MEMBERS,
  "person.upsertChatIdentity": EVERYONE,
  "person.setChatReachable": EVERYONE,
  "person.me": MEMBERS,
  "person.updatePreferences": MEMBERS,
  "person.list": STAFF,
  "need.search": EVERYONE,
  "need.get": EVERYONE,
  "need.journey": EVERYONE,
  "need.mine": ["officer"],
  "need.create": ["officer"],
  "need.update": ["officer"],
  "need.submit": ["officer"],
  "need.withdraw": ["officer"],
  "need.review": STAFF,
  "need.close": STAFF,
  "solution.search": EVERYONE,
  "solution.get": EVERYONE,
  "solution.mine": ["vendor"],
  "solution.create": ["vendor"],
  "solution.update": ["vendor"],
  "solution.submit": ["vendor"],
  "solution.withdraw": ["vendor"],
  "solution.review": STAFF,
  "solution.close": STAFF,
  "match.list": MEMBERS,
  "match.create": STAFF,
  "match.decide": STAFF,
  "match.suggestionsForNeed": MEMBERS,
  "match.suggestionsForSolution": MEMBERS,
  "match.decideSuggestion": STAFF,
  "match.propose": ["vendor"],
  "match.decideProposal": MEMBERS,
  "match.desk": STAFF,
  "match.decidePairs": STAFF,
  "workshop.list": OVERSIGHT,
  "workshop.create": STAFF,
  "workshop.update": STAFF,
  "apiToken.list": STAFF,
  "apiToken.create": STAFF,
  "apiToken.revoke": STAFF,
  "forum.list": EVERYONE,
  "forum.get": EVERYONE,
  "forum.create": STAFF,
  "forum.update": STAFF,
  "forum.cancel": STAFF,
  "forum.markHeld": STAFF,
  "forum.register": MEMBERS,
  "forum.cancelRegistration": MEMBERS,
  "forum.myRegistrations": MEMBERS,
  "forum.registrations": OVERSIGHT,
  "forum.checkIn": STAFF,
  "poc.list": OVERSIGHT,
  "poc.get": OVERSIGHT,
  "poc.start": STAFF,
  "poc.update": STAFF,
  "adoption.list": OVERSIGHT,
  "adoption.record": STAFF,
  "subscription.mine": MEMBERS,
  "subscription.subscribe": MEMBERS,
  "subscription.unsubscribe": MEMBERS,
  "alert.audience": STAFF,
  "alert.create": STAFF,
  "alert.list": STAFF,
  "alert.get": STAFF,
  "alert.deliveries": STAFF,
  "kpi.headlines": EVERYONE,
  "kpi.series": OVERSIGHT,
  "kpi.overview": OVERSIGHT,
  "kpi.records": OVERSIGHT,
  "kpi.targets": OVERSIGHT,
  "kpi.setTarget": STAFF,
  "auth.signIn": EVERYONE,
  "resource.list": EVERYONE,
  "resource.availability": EVERYONE,
  "resource.create": STAFF,
  "resource.update": STAFF,
  "booking.create": MEMBERS,
  "booking.mine": MEMBERS,
  "booking.cancel": MEMBERS,
  "booking.decide": STAFF,
  "booking.blockOut": STAFF,
  "booking.calendar": OVERSIGHT,
  "showroom.list": EVERYONE,
  "showroom.upsert": STAFF,
  "audit.log": STAFF,
  "audit.events": STAFF,
};

const ROLE_ERRORS = new Set(["SIGN_IN_REQUIRED", "ROLE_FORBIDDEN"]);

describeEachDatabase("role × procedure matrix", (database) => {
  let f: Fixture;
  let inputs: Record<string, unknown>;

  beforeAll(async () => {
    f = await createFixture(database().db);
    const need = await f.as("officer").need.create({ ...draft(), submit: true });
    const solution = await f.as("vendor").solution.create({ ...draft(), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    await f.as("admin").solution.review({ id: solution.id, decision: "PUBLISH" });
    const forum = await f.as("admin").forum.create({ ...forumInput(f.clock.now), capacity: 100 });
    const poc = await f.as("admin").poc.start({ needId: need.id, solutionId: solution.id, startDate: f.clock.now });
    const invitation = await f.as("admin").invitation.create({ role: "SUBSCRIBER" });
    const now = f.clock.now;
    inputs = {
      "organisation.list": {},
      "organisation.get": { id: f.orgs.bd.id },
      "organisation.create": { kind: "COMPANY", nameEn: `Matrix Co ${Math.random()}`, nameZh: "矩陣公司" },
      "organisation.update": { id: f.orgs.company2.id, website: "https://example.com" },
      "techArea.list": undefined,
      "techArea.create": { slug: `area-${Date.now()}`, nameEn: "Area", nameZh: "範疇" },
      "invitation.create": { role: "SUBSCRIBER" },
      "invitation.list": {},
      "invitation.revoke": { code: "ZZZZ-ZZZZ" },
      "invitation.redeem": { code: invitation.code },
      "person.upsertChatIdentity": { channel: "TELEGRAM", externalId: "matrix", displayName: "Matrix" },
      "person.setChatReachable": { channel: "TELEGRAM", externalId: "nobody", reachable: true },
      "person.me": undefined,
      "person.updatePreferences": { digestMode: "DAILY" },
      "person.list": {},
      "need.search": {},
      "need.get": { id: need.id },
      "need.journey": { id: need.id },
      "need.mine": {},
      "need.create": draft(),
      "need.update": { id: need.id, title: "Edited" },
      "need.submit": { id: need.id },
      "need.withdraw": { id: 999_999 },
      "need.review": { id: need.id, decision: "PUBLISH" },
      "need.close": { id: 999_999 },
      "solution.search": {},
      "solution.get": { id: solution.id },
      "solution.mine": {},
      "solution.create": draft(),
      "solution.update": { id: solution.id, title: "Edited" },
      "solution.submit": { id: solution.id },
      "solution.withdraw": { id: 999_999 },
      "solution.review": { id: solution.id, decision: "PUBLISH" },
      "solution.close": { id: 999_999 },
      "match.list": {},
      "match.create": { needId: need.id, solutionId: solution.id },
      "match.decide": { id: 999_999, decision: "CONFIRM" },
      "match.suggestionsForNeed": { id: need.id },
      "match.suggestionsForSolution": { id: solution.id },
      "match.decideSuggestion": { needId: need.id, solutionId: solution.id, decision: "DISMISS" },
      "match.propose": { needId: need.id, solutionId: solution.id },
      "match.decideProposal": { needId: need.id, solutionId: solution.id, decision: "DECLINE", reason: "No" },
      "match.desk": {},
      "match.decidePairs": { needId: need.id, solutionIds: [solution.id], decision: "DISMISS" },
      "workshop.list": {},
      "workshop.create": { title: "W", needId: need.id, scheduledAt: now, companyIds: [f.orgs.company.id] },
      "workshop.update": { id: 999_999, outcome: "x" },
      "apiToken.list": {},
      "apiToken.create": { email: "nobody@example.org", name: "Tool", days: 30 },
      "apiToken.revoke": { id: 999_999 },
      "forum.list": {},
      "forum.get": { id: forum.id },
      "forum.create": forumInput(now),
      "forum.update": { id: forum.id, venue: "Hong Kong Science Park" },
      "forum.cancel": { id: 999_999 },
      "forum.markHeld": { id: 999_999 },
      "forum.register": { forumId: forum.id },
      "forum.cancelRegistration": { forumId: forum.id },
      "forum.myRegistrations": undefined,
      "forum.registrations": { forumId: forum.id },
      "forum.checkIn": { forumId: forum.id, code: "ZZZZ-ZZZZ-ZZZZ" },
      "poc.list": {},
      "poc.get": { id: poc.id },
      "poc.start": { needId: need.id, solutionId: solution.id, startDate: now },
      "poc.update": { id: poc.id, findings: "Noted" },
      "adoption.list": {},
      "adoption.record": { pocId: poc.id, adoptedOn: now, scale: "Pilot" },
      "subscription.mine": undefined,
      "subscription.subscribe": { topic: "FORUMS" },
      "subscription.unsubscribe": { topic: "FORUMS" },
      "alert.audience": { topics: ["FORUMS"] },
      "alert.create": { titleEn: "t", titleZh: "t", bodyEn: "b", bodyZh: "b", topics: ["FORUMS"] },
      "alert.list": {},
      "alert.get": { id: 999_999 },
      "alert.deliveries": { id: 999_999 },
      "kpi.headlines": undefined,
      "kpi.series": { from: new Date(now.getTime() - 400 * DAY), to: now },
      "kpi.overview": { from: new Date(now.getTime() - 400 * DAY), to: now },
      "kpi.records": { from: new Date(now.getTime() - 400 * DAY), to: now, metric: "governments" },
      "kpi.targets": undefined,
      "kpi.setTarget": { key: "forumsHeld", perYear: 4 },
      "auth.signIn": { email: "nobody@example.org", password: "wrong" },
      "resource.list": undefined,
      "resource.availability": { resourceId: 999_999, day: "2026-12-01" },
      "resource.create": {
        kind: "EQUIPMENT",
        nameEn: "Kit",
        nameZh: "套件",
        location: "Lab",
        capacity: 2,
        opensAtMin: 540,
        closesAtMin: 1080,
      },
      "resource.update": { id: 999_999, capacity: 3 },
      "booking.create": {
        resourceId: 999_999,
        startsAt: now,
        endsAt: new Date(now.getTime() + 3_600_000),
        purpose: "x",
      },
      "booking.mine": undefined,
      "booking.cancel": { id: 999_999 },
      "booking.decide": { id: 999_999, decision: "APPROVE" },
      "booking.blockOut": {
        resourceId: 999_999,
        startsAt: now,
        endsAt: new Date(now.getTime() + 3_600_000),
        reason: "x",
      },
      "booking.calendar": { from: now, to: new Date(now.getTime() + 7 * DAY) },
      "showroom.list": {},
      "showroom.upsert": { solutionId: 999_999, status: "TESTED" },
      "audit.log": {},
      "audit.events": {},
    };
  });

  it("the matrix names every procedure of the router", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      allProcedures()
        .map((p) => p.path)
        .sort(),
    );
  });

  for (const who of EVERYONE) {
    it(`${who}: reaches exactly the procedures of the matrix`, async () => {
      const caller = who === "public" ? f.asPublic() : f.as(who as FixtureRole);
      const wrong: string[] = [];
      for (const { path } of allProcedures()) {
        const allowed = EXPECTED[path]?.includes(who) ?? false;
        const outcome = await callPath(caller, path, inputs[path]).then(
          () => "ok",
          (error: unknown) =>
            error instanceof DomainError ? error.key : ((error as { code?: string }).code ?? "error"),
        );
        const refusedForRole = ROLE_ERRORS.has(outcome);
        if (allowed === refusedForRole) wrong.push(`${path}: ${allowed ? "allowed" : "forbidden"} but got ${outcome}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  // The same matrix over HTTP, as another team's tool meets it: each role through an API token of
  // a person with that role (the public with none); queries GET, mutations POST, as the
  // OpenAPI document says. The chat channels' own procedures are refused to any web request.
  describe("over HTTP with API tokens", () => {
    let server: ReturnType<typeof createApiServer>;
    let base: string;
    const tokens = new Map<Who, string>();
    beforeAll(async () => {
      server = createApiServer(f.db);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const who of MEMBERS) {
        const email = `matrix-${who}@lab.gov.hk`;
        await f.db.person.update({ where: { id: f.people[who as FixtureRole].id }, data: { email } });
        tokens.set(who, (await auth.createApiToken(f.db, { email, name: `matrix ${who}`, days: 1 })).token);
      }
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    for (const who of EVERYONE) {
      it(`${who}: reaches exactly the procedures of the matrix`, async () => {
        const token = tokens.get(who);
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (token) headers.authorization = `Bearer ${token}`;
        const wrong: string[] = [];
        for (const { path, type } of allProcedures()) {
          const wire = JSON.stringify(superjson.serialize(inputs[path]));
          const response =
            type === "query"
              ? await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(wire)}`, { headers })
              : await fetch(`${base}/trpc/${path}`, { method: "POST", headers, body: wire });
          const body = (await response.json()) as { error?: { json?: { data?: { reason?: string } } } };
          const reason = body.error?.json?.data?.reason;
          if (reason === "CHANNEL_ONLY") continue;
          const allowed = EXPECTED[path]?.includes(who) ?? false;
          // Refused for who is asking (not for what was asked: a wrong password, someone else's record).
          const refusedForRole = reason !== undefined && ROLE_ERRORS.has(reason);
          if (refusedForRole) expect(response.status).toBe(reason === "SIGN_IN_REQUIRED" ? 401 : 403);
          if (allowed === refusedForRole)
            wrong.push(`${path}: ${allowed ? "allowed" : "forbidden"} but got ${response.status} ${reason ?? ""}`);
          if (response.status >= 500) wrong.push(`${path}: ${response.status}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  });

  it("a refusal says why, in the caller's language", async () => {
    await expect(f.asPublic().person.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Please sign in first.",
    });
    await expect(
      f.as("manager", { language: "zh-HK" }).need.review({ id: 1, decision: "PUBLISH" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "你的角色（管理層）不可進行此操作。",
    });
  });
});
