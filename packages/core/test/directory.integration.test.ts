import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, DAY, type Fixture, tableCounts } from "./fixture";

describeEachDatabase("organisations, invitations and chat identities", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  it("staff create and edit organisations; anyone lists and filters them", async () => {
    const created = await f.as("admin").organisation.create({
      kind: "COMPANY",
      nameEn: "Lion Rock Vision Systems Limited",
      nameZh: "獅子山視覺系統有限公司",
      isStartup: true,
      isSme: true,
      website: "https://lionrock.example",
    });
    const updated = await f.as("admin").organisation.update({ id: created.id, acronym: "LRVS" });
    expect(updated.acronym).toBe("LRVS");
    const companies = await f.asPublic().organisation.list({ kind: "COMPANY", text: "Lion" });
    expect(companies.map((o) => o.nameEn)).toEqual(["Lion Rock Vision Systems Limited"]);
    const byChinese = await f.asPublic().organisation.list({ text: "獅子山" });
    expect(byChinese.map((o) => o.id)).toEqual([created.id]);
    expect((await f.asPublic().organisation.get({ id: created.id })).nameZh).toBe("獅子山視覺系統有限公司");
    await expect(f.asPublic().organisation.get({ id: 999_999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the technology area taxonomy is extendable by staff", async () => {
    await f.as("admin").techArea.create({ slug: "quantum-computing", nameEn: "Quantum computing", nameZh: "量子運算" });
    const slugs = (await f.asPublic().techArea.list()).map((a) => a.slug);
    expect(slugs).toContain("quantum-computing");
    await expect(
      f.as("admin").techArea.create({ slug: "Quantum Computing", nameEn: "x", nameZh: "x" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a chat user becomes a subscriber, redeems an officer invitation once, and is an officer of that B/D", async () => {
    const identity = await f.asPublic({ source: "telegram" }).person.upsertChatIdentity({
      channel: "TELEGRAM",
      externalId: "7001",
      chatId: "7001",
      displayName: "Wong Tai Man",
      language: "zh-HK",
    });
    expect(identity.person.role).toBe("SUBSCRIBER");
    // The same Telegram user again is the same person.
    const again = await f.asPublic({ source: "telegram" }).person.upsertChatIdentity({
      channel: "TELEGRAM",
      externalId: "7001",
      displayName: "Wong Tai Man",
    });
    expect(again.personId).toBe(identity.personId);

    const invitation = await f.as("admin").invitation.create({ role: "OFFICER", organisationId: f.orgs.bd.id });
    expect(invitation.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const user = f.callerFor(
      { personId: identity.personId, role: "SUBSCRIBER", organisationId: null },
      { language: "zh-HK" },
    );
    const person = await user.invitation.redeem({ code: invitation.code.toLowerCase() });
    expect(person).toMatchObject({ role: "OFFICER", organisationId: f.orgs.bd.id });
    const me = await f
      .callerFor({ personId: identity.personId, role: "OFFICER", organisationId: f.orgs.bd.id })
      .person.me();
    expect(me.organisation?.nameEn).toBe("Buildings Department");
    await expect(user.invitation.redeem({ code: invitation.code })).rejects.toMatchObject({
      message: "此邀請碼已被使用。",
    });
  });

  it("unknown, expired and revoked codes are refused with their reason", async () => {
    const user = f.as("subscriber");
    await expect(user.invitation.redeem({ code: "AAAA-BBBB" })).rejects.toMatchObject({
      message: "This invitation code is not valid.",
    });
    const expiring = await f
      .as("admin")
      .invitation.create({ role: "VENDOR", organisationId: f.orgs.company.id, validDays: 1 });
    f.advance(2 * DAY);
    await expect(user.invitation.redeem({ code: expiring.code })).rejects.toMatchObject({
      message: "This invitation code has expired.",
    });
    const revoked = await f.as("admin").invitation.create({ role: "VENDOR", organisationId: f.orgs.company.id });
    await f.as("admin").invitation.revoke({ code: revoked.code });
    await expect(user.invitation.redeem({ code: revoked.code })).rejects.toMatchObject({
      message: "This invitation code has been revoked.",
    });
    const subscriber = await f.db.person.findUniqueOrThrow({ where: { id: f.people.subscriber.id } });
    expect(subscriber.role).toBe("SUBSCRIBER");
    const open = await f.as("admin").invitation.list({ onlyOpen: true });
    expect(open.map((i) => i.code)).not.toContain(revoked.code);
  });

  it("an officer invitation must name a B/D, a vendor invitation a company", async () => {
    const before = await tableCounts(f.db);
    await expect(f.as("admin").invitation.create({ role: "OFFICER" })).rejects.toMatchObject({
      message: "Officer and vendor invitations need an organisation.",
    });
    await expect(
      f.as("admin").invitation.create({ role: "VENDOR", organisationId: f.orgs.bd.id }),
    ).rejects.toMatchObject({
      message: "This needs an organisation of kind COMPANY.",
    });
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("two people redeeming one code at once: one wins", async () => {
    const invitation = await f.as("admin").invitation.create({ role: "VENDOR", organisationId: f.orgs.company2.id });
    const people = await Promise.all(
      [1, 2, 3, 4].map((i) => f.db.person.create({ data: { displayName: `Racer ${i}` } })),
    );
    const outcomes = await Promise.allSettled(
      people.map((p) =>
        f
          .callerFor({ personId: p.id, role: "SUBSCRIBER", organisationId: null })
          .invitation.redeem({ code: invitation.code }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const vendors = await f.db.person.count({ where: { id: { in: people.map((p) => p.id) }, role: "VENDOR" } });
    expect(vendors).toBe(1);
  });

  it("only the chat channels link identities; preferences are saved for the person", async () => {
    await expect(
      f
        .asPublic({ source: "web" })
        .person.upsertChatIdentity({ channel: "TEAMS", externalId: "x", displayName: "Mallory" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const teams = await f.asPublic({ source: "teams" }).person.upsertChatIdentity({
      channel: "TEAMS",
      externalId: "aad-123",
      conversationRef: { conversation: { id: "conv-1" }, serviceUrl: "http://127.0.0.1:9/" },
      displayName: "Chan Siu Ming",
    });
    expect(teams.conversationRef).toMatchObject({ conversation: { id: "conv-1" } });
    const caller = f.callerFor({ personId: teams.personId, role: "SUBSCRIBER", organisationId: null });
    const prefs = await caller.person.updatePreferences({
      language: "zh-HK",
      digestMode: "DAILY",
      quietHours: { startMin: 22 * 60, endMin: 7 * 60 },
    });
    expect(prefs).toMatchObject({ language: "zh-HK", digestMode: "DAILY", quietStartMin: 1320, quietEndMin: 420 });
    const identity = await f.db.chatIdentity.findUniqueOrThrow({ where: { id: teams.id } });
    expect(identity.language).toBe("zh-HK");
    // A blocked user who writes again is reachable again.
    await f.db.chatIdentity.update({ where: { id: teams.id }, data: { blocked: true, blockedAt: f.clock.now } });
    const back = await f
      .asPublic({ source: "teams" })
      .person.upsertChatIdentity({ channel: "TEAMS", externalId: "aad-123", displayName: "Chan Siu Ming" });
    expect(back.blocked).toBe(false);
  });

  it("staff list people of an organisation", async () => {
    const people = await f.as("admin").person.list({ organisationId: f.orgs.bd.id });
    expect(people.map((p) => p.displayName)).toContain("Olivia Officer");
    expect(people.every((p) => p.organisationId === f.orgs.bd.id)).toBe(true);
  });
});
