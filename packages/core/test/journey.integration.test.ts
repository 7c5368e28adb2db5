import { describeEachDatabase } from "@innolab/db/testing";
import { expect, it } from "vitest";
import { createFixture, DAY, draft } from "./fixture";

describeEachDatabase("a need's journey: published → matched → workshop → PoC → adopted", (database) => {
  it("each stage is dated when it is reached, in order; hidden needs stay hidden", async () => {
    const f = await createFixture(database().db);
    const need = await f.as("officer").need.create({ ...draft({ title: "Smart lamp posts" }), submit: true });
    const hidden = await f
      .asPublic()
      .need.journey({ id: need.id })
      .catch((e: { code: string }) => e.code);
    expect(hidden).toBe("NOT_FOUND");
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    const stage = async () =>
      Object.fromEntries((await f.asPublic().need.journey({ id: need.id })).stages.map((s) => [s.key, s.at]));
    expect(await stage()).toMatchObject({
      published: f.clock.now,
      matched: null,
      workshop: null,
      poc: null,
      adopted: null,
    });

    const solution = await f.as("vendor").solution.create({ ...draft({ title: "Lamp post sensors" }), submit: true });
    await f.as("admin").solution.review({ id: solution.id, decision: "PUBLISH" });
    await f.as("admin").match.create({ needId: need.id, solutionId: solution.id });
    const journey = await f.asPublic().need.journey({ id: need.id });
    expect(journey.matches.map((m) => m.title)).toEqual(["Lamp post sensors"]);
    expect((await stage()).matched).toEqual(f.clock.now);

    // A workshop planned for next week is not reached yet; its day is.
    const workshopDay = new Date(f.clock.now.getTime() + 7 * DAY);
    await f
      .as("admin")
      .workshop.create({ title: "Lamps", needId: need.id, scheduledAt: workshopDay, inviteConfirmedMatches: true });
    expect((await f.asPublic().need.journey({ id: need.id })).stages.find((s) => s.key === "workshop")).toMatchObject({
      at: null,
      planned: workshopDay,
    });
    f.clock.now = new Date(workshopDay.getTime() + DAY);
    const poc = await f.as("admin").poc.start({ needId: need.id, solutionId: solution.id, startDate: f.clock.now });
    await f.as("admin").poc.update({ id: poc.id, status: "IN_PROGRESS" });
    await f.as("admin").poc.update({ id: poc.id, status: "COMPLETED" });
    await f.as("admin").adoption.record({ pocId: poc.id, adoptedOn: f.clock.now, scale: "All districts" });
    const done = await stage();
    expect(done.workshop).toEqual(workshopDay);
    expect(done.poc).toEqual(f.clock.now);
    expect(done.adopted).toEqual(f.clock.now);
  });
});
