import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { FIELD_LABELS } from "../src/lib/field-labels";
import { createFixture, draft, type Fixture, type FixtureRole, forumInput, tableCounts } from "./fixture";
import { allProcedures, callPath } from "./procedures";

const long = (n: number) => "x".repeat(n);

/** For every mutation: who may call it, a bad input a real user could send, and the field blamed. */
const BAD_INPUTS: Record<string, { as: FixtureRole; input: unknown; field: string }> = {
  "kpi.setTarget": { as: "admin", input: { key: "forumsHeld", perYear: -4 }, field: "perYear" },
  "organisation.create": { as: "admin", input: { kind: "SHOP", nameEn: "A", nameZh: "甲" }, field: "kind" },
  "organisation.update": { as: "admin", input: { id: 1, website: "not a url" }, field: "website" },
  "techArea.create": { as: "admin", input: { slug: "Bad Slug!", nameEn: "x", nameZh: "x" }, field: "slug" },
  "invitation.create": {
    as: "admin",
    input: { role: "OFFICER", organisationId: 1, validDays: 365 },
    field: "validDays",
  },
  "invitation.revoke": { as: "admin", input: { code: "" }, field: "code" },
  "invitation.redeem": { as: "subscriber", input: { code: "ab" }, field: "code" },
  "person.upsertChatIdentity": {
    as: "subscriber",
    input: { channel: "WHATSAPP", externalId: "1", displayName: "x" },
    field: "channel",
  },
  "person.setChatReachable": {
    as: "subscriber",
    input: { channel: "TELEGRAM", externalId: "1", reachable: "no" },
    field: "reachable",
  },
  "person.updatePreferences": {
    as: "subscriber",
    input: { quietHours: { startMin: 1500, endMin: 0 } },
    field: "quietHours.startMin",
  },
  "resource.create": {
    as: "admin",
    input: {
      kind: "EQUIPMENT",
      nameEn: "Kit",
      nameZh: "套件",
      location: "Lab",
      capacity: 0,
      opensAtMin: 540,
      closesAtMin: 1080,
    },
    field: "capacity",
  },
  "resource.update": { as: "admin", input: { id: 1, opensAtMin: 2000 }, field: "opensAtMin" },
  "booking.create": {
    as: "officer",
    input: { resourceId: 1, startsAt: "tomorrow-ish", endsAt: "2026-12-01T03:00:00Z", purpose: "Demo" },
    field: "startsAt",
  },
  "booking.cancel": { as: "officer", input: { id: "first" }, field: "id" },
  "booking.decide": { as: "admin", input: { id: 1, decision: "MAYBE" }, field: "decision" },
  "booking.blockOut": {
    as: "admin",
    input: { resourceId: 1, startsAt: "2026-12-01T01:00:00Z", endsAt: "2026-12-01T03:00:00Z", reason: "  " },
    field: "reason",
  },
  "showroom.upsert": { as: "admin", input: { solutionId: 1, status: "SHOWN" }, field: "status" },
  "auth.signIn": { as: "subscriber", input: { email: "not an email", password: "x" }, field: "email" },
  "need.create": { as: "officer", input: draft({ title: long(201) }), field: "title" },
  "need.update": { as: "officer", input: { id: 1, description: "   " }, field: "description" },
  "need.submit": { as: "officer", input: { id: -1 }, field: "id" },
  "need.withdraw": { as: "officer", input: { id: "one" }, field: "id" },
  "need.review": { as: "admin", input: { id: 1, decision: "MAYBE" }, field: "decision" },
  "need.close": { as: "admin", input: {}, field: "id" },
  "solution.create": { as: "vendor", input: draft({ techAreas: [] }), field: "techAreas" },
  "solution.update": { as: "vendor", input: { id: 1, extra: long(3001) }, field: "extra" },
  "solution.submit": { as: "vendor", input: { id: 1.5 }, field: "id" },
  "solution.withdraw": { as: "vendor", input: { id: 0 }, field: "id" },
  "solution.review": { as: "admin", input: { id: 1, decision: "REJECT", reason: long(1001) }, field: "reason" },
  "solution.close": { as: "admin", input: { id: null }, field: "id" },
  "match.create": { as: "admin", input: { needId: 1 }, field: "solutionId" },
  "match.decide": { as: "admin", input: { id: 1, decision: "ACCEPT" }, field: "decision" },
  "match.decideSuggestion": {
    as: "admin",
    input: { needId: 1, solutionId: "two", decision: "DISMISS" },
    field: "solutionId",
  },
  "match.propose": {
    as: "vendor",
    input: { needId: 1, solutionId: 2, pitch: "x".repeat(501) },
    field: "pitch",
  },
  "match.decideProposal": {
    as: "officer",
    input: { needId: 1, solutionId: 2, decision: "DECLINE", reason: "" },
    field: "reason",
  },
  "match.decidePairs": {
    as: "admin",
    input: { needId: 1, solutionIds: [2, 2], decision: "DISMISS" },
    field: "solutionIds",
  },
  "workshop.create": {
    as: "admin",
    input: { title: "W", needId: 1, scheduledAt: "not a date", companyIds: [1] },
    field: "scheduledAt",
  },
  "workshop.update": { as: "admin", input: { id: 1, status: "POSTPONED" }, field: "status" },
  "apiToken.create": { as: "admin", input: { email: "tools@example.org", name: "Tool", days: 0 }, field: "days" },
  "apiToken.revoke": { as: "admin", input: { id: -1 }, field: "id" },
  "forum.create": { as: "admin", input: forumInput(new Date(), { capacity: 0 }), field: "capacity" },
  "forum.update": { as: "admin", input: { id: 1, capacity: -5 }, field: "capacity" },
  "forum.cancel": { as: "admin", input: { id: "x" }, field: "id" },
  "forum.markHeld": { as: "admin", input: {}, field: "id" },
  "forum.register": { as: "subscriber", input: { forumId: "first" }, field: "forumId" },
  "forum.cancelRegistration": { as: "subscriber", input: {}, field: "forumId" },
  "forum.checkIn": { as: "admin", input: { forumId: 1, code: long(41) }, field: "code" },
  "poc.start": { as: "admin", input: { needId: 1, solutionId: 1 }, field: "startDate" },
  "poc.update": { as: "admin", input: { id: 1, status: "PAUSED" }, field: "status" },
  "adoption.record": { as: "admin", input: { pocId: 1, adoptedOn: new Date(), scale: "" }, field: "scale" },
  "subscription.subscribe": { as: "subscriber", input: { topic: "TECH_AREA:" }, field: "topic" },
  "subscription.unsubscribe": { as: "subscriber", input: { topic: 42 }, field: "topic" },
  "alert.create": {
    as: "admin",
    input: { titleEn: "t", titleZh: "", bodyEn: "b", bodyZh: "b", topics: ["FORUMS"] },
    field: "titleZh",
  },
};

describeEachDatabase("invalid input on every mutation", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  it("every mutation has a bad-input case", () => {
    const mutations = allProcedures()
      .filter((p) => p.type === "mutation")
      .map((p) => p.path);
    expect(Object.keys(BAD_INPUTS).sort()).toEqual(mutations.sort());
  });

  for (const [path, bad] of Object.entries(BAD_INPUTS)) {
    it(`${path}: refused, the field named, nothing written`, async () => {
      const before = await tableCounts(f.db);
      for (const language of ["en", "zh-HK"] as const) {
        const caller = f.as(bad.as, { language, source: "telegram" });
        const error = await callPath(caller, path, bad.input).then(
          () => null,
          (e: unknown) => e as { code: string; message: string },
        );
        expect(error, `${path} accepted bad input`).not.toBeNull();
        expect(error?.code).toBe("BAD_REQUEST");
        expect(error?.message.startsWith(language === "en" ? "Invalid input: " : "輸入無效：")).toBe(true);
        // The field as its form labels it (internal fields by name), in the user's language.
        const label = FIELD_LABELS[bad.field]?.[language === "en" ? "en" : "zh"] ?? bad.field;
        expect(error?.message).toContain(`${label}${language === "en" ? ": " : "："}`);
        if (FIELD_LABELS[bad.field]) expect(error?.message).not.toContain(`${bad.field}:`);
        // Plain words, not the validation library's ("Too small: expected string to have >=1 characters").
        expect(error?.message).not.toMatch(/expected|received|Too small|Too big|Invalid option/);
      }
      expect(await tableCounts(f.db)).toEqual(before);
    });
  }
});
