import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, draft, type Fixture } from "../fixture";

describeEachDatabase("suggestions: publish, rank, confirm, dismiss", (database) => {
  let f: Fixture;
  let needId: number;

  const publish = async (kind: "need" | "solution", input: Record<string, unknown>) => {
    const creator = f.as(kind === "need" ? "officer" : "vendor");
    const created = await creator[kind].create({ ...draft(input), submit: true });
    await f.as("admin")[kind].review({ id: created.id, decision: "PUBLISH" });
    return created.id;
  };

  beforeAll(async () => {
    f = await createFixture(database().db);
    await publish("solution", {
      title: "Signboard defect detection with street-view AI",
      description: "Finds corroded and loose signboards in street images.",
    });
    await publish("solution", {
      title: "招牌缺陷影像分析",
      description: "以人工智能偵測招牌生鏽及鬆脫。",
      language: "zh-HK",
    });
    await publish("solution", {
      title: "Robotic toilet cleaning",
      description: "Robots clean public toilets.",
      techAreas: ["robotics"],
    });
    needId = await publish("need", {
      title: "Detect dangerous signboards",
      description: "Find defective signboards on old buildings.",
    });
  });

  it("publishing a need records its strongest suggestions and announces them", async () => {
    const suggested = await f.db.match.findMany({ where: { needId, status: "SUGGESTED", source: "ENGINE" } });
    expect(suggested.length).toBeGreaterThanOrEqual(2);
    const events = await f.db.domainEvent.findMany({ where: { type: "match.suggested" } });
    const payloads = events.map((e) => e.payload as { side: string; id: number; otherIds: number[] });
    // One message for the need's submitter listing its matches, one for each matched solution's.
    const forNeed = payloads.filter((p) => p.side === "need" && p.id === needId);
    expect(forNeed).toHaveLength(1);
    expect(forNeed[0]!.otherIds.sort()).toEqual(suggested.map((m) => m.solutionId).sort());
    for (const match of suggested) {
      expect(payloads).toContainEqual({ side: "solution", id: match.solutionId, otherIds: [needId] });
    }
  });

  it("ranks English and Chinese solutions for the need, with reasons; the unrelated one last or absent", async () => {
    const items = await f.as("officer").match.suggestionsForNeed({ id: needId, limit: 10 });
    const titles = items.map((i) => i.record.title);
    expect(titles.slice(0, 2).sort()).toEqual(
      ["Signboard defect detection with street-view AI", "招牌缺陷影像分析"].sort(),
    );
    expect(items[0]?.reason.matchedWords.length).toBeGreaterThan(0);
    expect(items[0]?.matchStatus).toBe("SUGGESTED");
    const robot = items.findIndex((i) => i.record.title === "Robotic toilet cleaning");
    expect(robot === -1 || robot >= 2).toBe(true);
  });

  it("a solution published later is matchable at once, and an edited one at once too", async () => {
    const fresh = await publish("solution", {
      title: "Drone facade survey for hanging signboards",
      description: "Drones photograph facades and flag defective signboards.",
    });
    const items = await f.as("admin").match.suggestionsForNeed({ id: needId, limit: 10 });
    expect(items.map((i) => i.record.id)).toContain(fresh);
    // Withdrawn: gone at once.
    await f.as("vendor").solution.withdraw({ id: fresh });
    const after = await f.as("admin").match.suggestionsForNeed({ id: needId, limit: 10 });
    expect(after.map((i) => i.record.id)).not.toContain(fresh);
  });

  it("a vendor sees open needs for their solution", async () => {
    const solution = await f.db.solution.findFirstOrThrow({ where: { title: "招牌缺陷影像分析" } });
    const items = await f
      .as("vendor", { language: "zh-HK" })
      .match.suggestionsForSolution({ id: solution.id, limit: 5 });
    expect(items[0]?.record.id).toBe(needId);
    expect(items[0]?.reason.text).toMatch(/^共同科技範疇：/);
  });

  it("suggestions are for the record's own organisation and staff", async () => {
    await expect(f.as("officer2").match.suggestionsForNeed({ id: needId, limit: 5 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Suggestions are shown to the service need's own organisation and to lab staff.",
    });
    await expect(f.as("vendor2").match.suggestionsForNeed({ id: needId, limit: 5 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await f.as("manager").match.suggestionsForNeed({ id: needId, limit: 5 })).length).toBeGreaterThan(0);
  });

  it("a dismissed suggestion stops coming back; a confirmed one becomes a match and a workshop invitation", async () => {
    const items = await f.as("admin").match.suggestionsForNeed({ id: needId, limit: 10 });
    const [first, second] = items;
    await f.as("admin").match.decideSuggestion({ needId, solutionId: first!.record.id, decision: "DISMISS" });
    const afterDismiss = await f.as("admin").match.suggestionsForNeed({ id: needId, limit: 10 });
    expect(afterDismiss.map((i) => i.record.id)).not.toContain(first!.record.id);

    const match = await f
      .as("admin")
      .match.decideSuggestion({ needId, solutionId: second!.record.id, decision: "CONFIRM" });
    expect(match).toMatchObject({ status: "CONFIRMED", source: "ENGINE" });
    const shown = await f.as("admin").match.suggestionsForNeed({ id: needId, limit: 10 });
    expect(shown.find((i) => i.record.id === second!.record.id)?.matchStatus).toBe("CONFIRMED");

    const workshop = await f.as("admin").workshop.create({
      title: "Signboard workshop",
      needId,
      scheduledAt: f.clock.now,
      inviteConfirmedMatches: true,
    });
    expect(workshop.invites.map((i) => i.organisationId)).toEqual([f.orgs.company.id]);
    const invite = await f.db.workshopInvite.findFirstOrThrow({ where: { workshopId: workshop.id } });
    expect(invite.solutionId).toBe(second!.record.id);
  });

  it("a workshop with nobody to invite is refused", async () => {
    const lonely = await publish("need", {
      title: "Quantum-safe tea brewing",
      description: "Nothing matches this.",
      techAreas: ["robotics"],
    });
    await expect(
      f
        .as("admin")
        .workshop.create({ title: "Empty", needId: lonely, scheduledAt: f.clock.now, inviteConfirmedMatches: true }),
    ).rejects.toMatchObject({ message: "Invite at least one company (or confirm a match first)." });
  });

  it("a vendor proposes its solution with a pitch; the need's officers see it ranked, shortlist or decline with a reason", async () => {
    const need = await publish("need", {
      title: "Count pedestrians at crossings",
      description: "Measure how many people cross at busy junctions each hour.",
    });
    const ours = await publish("solution", { title: "Footfall counting cameras", description: "Counts people." });
    const other = await publish("solution", { title: "Queue length sensors", description: "Measures queues." });
    const pitch = "Running at 40 junctions in Kowloon today.";
    const proposal = await f.as("vendor").match.propose({ needId: need, solutionId: ours, pitch });
    expect(proposal).toMatchObject({ source: "VENDOR", status: "SUGGESTED", pitch, proposedById: f.people.vendor.id });
    // Someone else's solution, or twice an answer already decided: refused, nothing written.
    await expect(f.as("vendor2").match.propose({ needId: need, solutionId: other })).rejects.toMatchObject({
      message: "You can propose only your own company's published solutions.",
    });
    const listed = await f.as("officer").match.suggestionsForNeed({ id: need, limit: 10 });
    expect(listed.find((item) => item.record.id === ours)?.proposal).toEqual({ pitch });

    // Only the need's own B/D decides; a decline needs a reason.
    await expect(
      f.as("officer2").match.decideProposal({ needId: need, solutionId: ours, decision: "SHORTLIST" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      f.as("officer").match.decideProposal({ needId: need, solutionId: ours, decision: "DECLINE", reason: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const declined = await f
      .as("officer")
      .match.decideProposal({ needId: need, solutionId: ours, decision: "DECLINE", reason: "We need night counts." });
    expect(declined).toMatchObject({ status: "DISMISSED", declineReason: "We need night counts." });
    await expect(f.as("vendor").match.propose({ needId: need, solutionId: ours })).rejects.toMatchObject({
      message: "The need's officers have already declined this solution for this need.",
    });
    const proposed = await f.as("vendor").match.propose({ needId: need, solutionId: other });
    expect(proposed.source).toBe("VENDOR");
    const shortlisted = await f
      .as("officer")
      .match.decideProposal({ needId: need, solutionId: other, decision: "SHORTLIST" });
    expect(shortlisted.status).toBe("CONFIRMED");

    // The proposer is told each decision; the need's officer was told of each proposal.
    const events = await f.db.domainEvent.findMany({
      where: { type: { in: ["match.proposed", "match.proposal_decided"] } },
    });
    expect(events.map((e) => e.type).sort()).toEqual([
      "match.proposal_decided",
      "match.proposal_decided",
      "match.proposed",
      "match.proposed",
    ]);
  });
});
