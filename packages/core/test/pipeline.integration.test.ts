import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, DAY, draft, type Fixture } from "./fixture";

describeEachDatabase("matches, workshops, PoCs and adoptions", (database) => {
  let f: Fixture;
  let needId: number;
  let solutionId: number;
  let otherSolutionId: number;

  beforeAll(async () => {
    f = await createFixture(database().db);
    const need = await f
      .as("officer")
      .need.create({ ...draft({ title: "Approved Signboards Identification System (ASIS)" }), submit: true });
    const solution = await f
      .as("vendor")
      .solution.create({ ...draft({ title: "Iris by HKT - From Surveillance to Intelligence" }), submit: true });
    const other = await f
      .as("vendor2")
      .solution.create({ ...draft({ title: "Robotic signboard inspector" }), submit: true });
    for (const [kind, id] of [
      ["need", need.id],
      ["solution", solution.id],
      ["solution", other.id],
    ] as const) {
      await f.as("admin")[kind].review({ id, decision: "PUBLISH" });
    }
    needId = need.id;
    solutionId = solution.id;
    otherSolutionId = other.id;
  });

  it("staff match a need and a solution once; officers and vendors see their own matches", async () => {
    const match = await f.as("admin").match.create({ needId, solutionId, reason: "Computer vision for signboards" });
    expect(match).toMatchObject({ status: "CONFIRMED", decidedById: f.people.admin.id });
    await expect(f.as("admin").match.create({ needId, solutionId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await f.as("officer").match.list({})).map((m) => m.id)).toContain(match.id);
    expect((await f.as("vendor").match.list({})).map((m) => m.id)).toContain(match.id);
    expect((await f.as("officer2").match.list({})).map((m) => m.id)).not.toContain(match.id);
    expect((await f.as("vendor2").match.list({})).map((m) => m.id)).not.toContain(match.id);
  });

  it("a suggestion is confirmed or dismissed once", async () => {
    // Publishing already suggested the pair, or it is suggested here.
    const pair = { needId, solutionId: otherSolutionId };
    const suggestion = await f.db.match.upsert({
      where: { needId_solutionId: pair },
      create: { ...pair, score: 0.7, source: "ENGINE" },
      update: { status: "SUGGESTED" },
    });
    const dismissed = await f.as("admin").match.decide({ id: suggestion.id, decision: "DISMISS" });
    expect(dismissed.status).toBe("DISMISSED");
    await expect(f.as("admin").match.decide({ id: suggestion.id, decision: "CONFIRM" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a draft cannot be matched", async () => {
    const unpublished = await f.as("vendor").solution.create(draft({ title: "Not yet" }));
    await expect(f.as("admin").match.create({ needId, solutionId: unpublished.id })).rejects.toMatchObject({
      message: `solution ${unpublished.refCode} is not published.`,
    });
  });

  it("a thematic workshop invites companies and records the outcome", async () => {
    const workshop = await f.as("admin").workshop.create({
      title: "Signboard identification workshop",
      needId,
      scheduledAt: new Date(f.clock.now.getTime() + 7 * DAY),
      companyIds: [f.orgs.company.id, f.orgs.company2.id],
    });
    expect(workshop.invites.map((i) => i.organisationId).sort()).toEqual(
      [f.orgs.company.id, f.orgs.company2.id].sort(),
    );
    await expect(
      f.as("admin").workshop.create({ title: "Wrong", needId, scheduledAt: f.clock.now, companyIds: [f.orgs.bd.id] }),
    ).rejects.toMatchObject({ message: "This needs an organisation of kind COMPANY." });
    // Held only once its time has come; nothing changes before.
    await expect(f.as("admin").workshop.update({ id: workshop.id, status: "HELD" })).rejects.toMatchObject({
      message: "This workshop's time has not come yet; it can be marked held once it has.",
    });
    expect((await f.as("manager").workshop.list({ needId })).find((w) => w.id === workshop.id)?.status).toBe("PLANNED");
    f.advance(7 * DAY);
    const held = await f.as("admin").workshop.update({
      id: workshop.id,
      status: "HELD",
      outcome: "Two suppliers shortlisted",
      invites: [{ organisationId: f.orgs.company.id, status: "ATTENDED" }],
    });
    expect(held.status).toBe("HELD");
    expect(held.invites.find((i) => i.organisationId === f.orgs.company.id)?.status).toBe("ATTENDED");
    expect((await f.as("manager").workshop.list({ needId })).map((w) => w.id)).toContain(workshop.id);
    // Held is final: it cannot be cancelled afterwards; its outcome can still be recorded.
    await expect(f.as("admin").workshop.update({ id: workshop.id, status: "CANCELLED" })).rejects.toMatchObject({
      message: "This workshop is held; it cannot be changed now.",
    });
    const noted = await f.as("admin").workshop.update({ id: workshop.id, status: "HELD", outcome: "Pilot agreed" });
    expect(noted.outcome).toBe("Pilot agreed");
  });

  it("a PoC moves forward only, tells both parties, and a completed one can be adopted once", async () => {
    const poc = await f.as("admin").poc.start({ needId, solutionId, startDate: f.clock.now });
    expect(poc).toMatchObject({ status: "PLANNED", governmentOrgId: f.orgs.bd.id, companyId: f.orgs.company.id });
    expect(poc.refCode).toMatch(/^POC-2026-\d{4}$/);
    await expect(
      f.as("admin").adoption.record({ pocId: poc.id, adoptedOn: f.clock.now, scale: "Department-wide" }),
    ).rejects.toMatchObject({
      message: "Only a completed PoC can lead to an adoption.",
    });
    await f.as("admin").poc.update({ id: poc.id, status: "IN_PROGRESS" });
    f.advance(90 * DAY);
    const done = await f.as("admin").poc.update({
      id: poc.id,
      status: "COMPLETED",
      findings: "92% accuracy",
      feedbackToProvider: "Improve night shots",
    });
    expect(done.completedAt).toEqual(f.clock.now);
    await expect(f.as("admin").poc.update({ id: poc.id, status: "IN_PROGRESS" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const changes = await f.db.domainEvent.findMany({ where: { type: "poc.status_changed" }, orderBy: { id: "asc" } });
    expect(changes.map((e) => (e.payload as { to: string }).to)).toEqual(["IN_PROGRESS", "COMPLETED"]);
    const adoption = await f
      .as("admin")
      .adoption.record({ pocId: poc.id, adoptedOn: f.clock.now, scale: "Department-wide" });
    expect(adoption.pocId).toBe(poc.id);
    await expect(
      f.as("admin").adoption.record({ pocId: poc.id, adoptedOn: f.clock.now, scale: "Again" }),
    ).rejects.toMatchObject({
      message: "This PoC already has an adoption.",
    });
    expect((await f.as("manager").poc.get({ id: poc.id })).adoption?.id).toBe(adoption.id);
    expect((await f.as("manager").poc.list({ status: "COMPLETED" })).map((p) => p.id)).toContain(poc.id);
    expect((await f.as("manager").adoption.list({})).map((a) => a.id)).toContain(adoption.id);
  });
});
