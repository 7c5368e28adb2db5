import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, draft, type Fixture, tableCounts } from "../fixture";

describeEachDatabase("the matching desk: waiting pairs per need, decided several at once", (database) => {
  let f: Fixture;
  let signboards: number;
  let crossings: number;
  let english: number;
  let chinese: number;
  let toilets: number;
  let footfall: number;

  const publish = async (kind: "need" | "solution", input: Record<string, unknown>, as?: "vendor2") => {
    const creator = f.as(kind === "need" ? "officer" : (as ?? "vendor"));
    const created = await creator[kind].create({ ...draft(input), submit: true });
    await f.as("admin")[kind].review({ id: created.id, decision: "PUBLISH" });
    return created.id;
  };
  const statusOf = async (needId: number, solutionId: number) =>
    (await f.db.match.findUnique({ where: { needId_solutionId: { needId, solutionId } } }))?.status ?? null;

  beforeAll(async () => {
    f = await createFixture(database().db);
    english = await publish("solution", {
      title: "Signboard defect detection with street-view AI",
      description: "Finds corroded and loose signboards in street images.",
    });
    chinese = await publish("solution", {
      title: "招牌缺陷影像分析",
      description: "以人工智能偵測招牌生鏽及鬆脫。",
      language: "zh-HK",
    });
    toilets = await publish("solution", {
      title: "Robotic toilet cleaning",
      description: "Robots clean public toilets.",
      techAreas: ["robotics"],
    });
    footfall = await publish(
      "solution",
      { title: "Footfall counting cameras", description: "Counts people." },
      "vendor2",
    );
    signboards = await publish("need", {
      title: "Detect dangerous signboards",
      description: "Find defective signboards on old buildings.",
    });
    crossings = await publish("need", {
      title: "Count pedestrians at crossings",
      description: "Measure how many people cross at busy junctions each hour.",
    });
    await f.as("vendor2").match.propose({ needId: crossings, solutionId: footfall, pitch: "At 40 junctions today." });
  });

  it("lists needs with waiting pairs, those with proposals first, with counts that equal the records", async () => {
    const desk = await f.as("admin").match.desk({});
    expect(desk.items.map((item) => item.need.id)).toEqual([crossings, signboards]);
    for (const item of desk.items) {
      const waiting = await f.db.match.count({ where: { needId: item.need.id, status: "SUGGESTED" } });
      expect(item.pending).toBe(waiting);
      const first = await f.db.match.findFirstOrThrow({
        where: { needId: item.need.id, status: "SUGGESTED" },
        orderBy: { id: "asc" },
      });
      expect(item.waitingSince).toEqual(first.createdAt);
    }
    expect(desk.items[0]).toMatchObject({ proposals: 1, need: { refCode: expect.any(String) } });
    expect(desk.items[1]?.proposals).toBe(0);
    expect(desk.items[1]?.pending).toBeGreaterThanOrEqual(2);
    expect(desk.total).toBe(2);
    expect((await f.as("admin").match.desk({ page: 2, pageSize: 1 })).items.map((i) => i.need.id)).toEqual([
      signboards,
    ]);
  });

  it("a company's proposal declined without a reason changes nothing, and says why in the caller's language", async () => {
    const before = await tableCounts(f.db);
    const ref = (await f.db.solution.findUniqueOrThrow({ where: { id: footfall } })).refCode;
    await expect(
      f.as("admin").match.decidePairs({ needId: crossings, solutionIds: [footfall], decision: "DISMISS" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `${ref} was proposed by its company: give a reason when declining it, as the company is told.`,
    });
    await expect(
      f
        .as("admin", { language: "zh-HK" })
        .match.decidePairs({ needId: crossings, solutionIds: [footfall], decision: "DISMISS" }),
    ).rejects.toMatchObject({ message: `${ref} 由其公司提案：婉拒時請提供原因，公司會收到通知。` });
    expect(await tableCounts(f.db)).toEqual(before);
    expect(await statusOf(crossings, footfall)).toBe("SUGGESTED");
  });

  it("confirms several pairs at once: each a match, each announced, ready for a workshop", async () => {
    const decided = await f
      .as("admin")
      .match.decidePairs({ needId: signboards, solutionIds: [english, chinese], decision: "CONFIRM" });
    expect(decided.map((m) => [m.solutionId, m.status])).toEqual([
      [english, "CONFIRMED"],
      [chinese, "CONFIRMED"],
    ]);
    expect(decided.every((m) => m.decidedById === f.people.admin.id)).toBe(true);
    const confirmed = await f.db.domainEvent.findMany({ where: { type: "match.confirmed" } });
    expect(confirmed.map((e) => (e.payload as { solutionId: number }).solutionId).sort()).toEqual(
      [english, chinese].sort(),
    );
    const workshop = await f.as("admin").workshop.create({
      title: "Signboards",
      needId: signboards,
      scheduledAt: f.clock.now,
      inviteConfirmedMatches: true,
    });
    expect(workshop.invites.map((i) => i.organisationId)).toEqual([f.orgs.company.id]);
  });

  it("a company's proposal is held to the desk's rules by every way of deciding it: never dismissed without a reason", async () => {
    const proposal = await f.db.match.findUniqueOrThrow({
      where: { needId_solutionId: { needId: crossings, solutionId: footfall } },
    });
    const before = await tableCounts(f.db);
    const reasonRequired = { code: "BAD_REQUEST", message: expect.stringMatching(/reason/i) };
    await expect(f.as("admin").match.decide({ id: proposal.id, decision: "DISMISS" })).rejects.toMatchObject(
      reasonRequired,
    );
    await expect(
      f.as("admin").match.decideSuggestion({ needId: crossings, solutionId: footfall, decision: "DISMISS" }),
    ).rejects.toMatchObject(reasonRequired);
    expect(await tableCounts(f.db)).toEqual(before);
    expect(await statusOf(crossings, footfall)).toBe("SUGGESTED");
  });

  it("a batch with one pair already decided changes none of them and names that pair", async () => {
    const ref = (await f.db.solution.findUniqueOrThrow({ where: { id: english } })).refCode;
    const before = await tableCounts(f.db);
    await expect(
      f.as("admin").match.decidePairs({ needId: signboards, solutionIds: [toilets, english], decision: "DISMISS" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${ref} has already been decided for this need (shortlisted or declined); nothing was changed.`,
    });
    expect(await tableCounts(f.db)).toEqual(before);
    expect(await statusOf(signboards, toilets)).not.toBe("DISMISSED");
  });

  it("dismisses a pair the engine never recorded, and a proposal with a reason the company is told", async () => {
    const [dismissed] = await f
      .as("admin")
      .match.decidePairs({ needId: signboards, solutionIds: [toilets], decision: "DISMISS" });
    expect(dismissed).toMatchObject({ status: "DISMISSED", source: "ENGINE", declineReason: null });
    const [declined] = await f.as("admin").match.decidePairs({
      needId: crossings,
      solutionIds: [footfall],
      decision: "DISMISS",
      reason: "We need night-time counts.",
    });
    expect(declined).toMatchObject({
      status: "DISMISSED",
      source: "VENDOR",
      declineReason: "We need night-time counts.",
    });
    expect(await f.db.domainEvent.count({ where: { type: "match.proposal_decided" } })).toBe(1);
    // Nothing waits any more: the desk is empty.
    expect(await f.as("admin").match.desk({})).toEqual({ total: 0, items: [] });
  });

  it("refuses pairs of a need that is not published", async () => {
    const draftNeed = await f.as("officer").need.create(draft({ title: "Draft need" }));
    await expect(
      f.as("admin").match.decidePairs({ needId: draftNeed.id, solutionIds: [english], decision: "CONFIRM" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("not published") });
  });
});
