import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createFixture, DAY, draft, type Fixture, tableCounts } from "./fixture";

describeEachDatabase("service needs and solutions", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  it("an officer drafts, edits and submits a need; staff publish it; the public finds it", async () => {
    const officer = f.as("officer");
    const created = await officer.need.create(draft());
    expect(created.status).toBe("DRAFT");
    expect(created.refCode).toMatch(/^SN-2026-\d{4}$/);
    expect(created.organisation.id).toBe(f.orgs.bd.id);
    expect(created.techAreas.map((a) => a.slug)).toEqual(["artificial-intelligence"]);

    // Drafts are not public.
    await expect(f.asPublic().need.get({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const edited = await officer.need.update({
      id: created.id,
      title: "DSDS phase 2",
      techAreas: ["internet-of-things", "robotics"],
    });
    expect(edited.title).toBe("DSDS phase 2");
    expect(edited.techAreas.map((a) => a.slug).sort()).toEqual(["internet-of-things", "robotics"]);

    const submitted = await officer.need.submit({ id: created.id });
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.submittedAt).toEqual(f.clock.now);

    const published = await f.as("admin").need.review({ id: created.id, decision: "PUBLISH" });
    expect(published.status).toBe("PUBLISHED");

    const found = await f.asPublic().need.search({ text: "dsds PHASE" });
    expect(found.items.map((n) => n.id)).toContain(created.id);
    const byArea = await f.asPublic().need.search({ techAreas: ["robotics"] });
    expect(byArea.items.map((n) => n.id)).toContain(created.id);
    const otherArea = await f.asPublic().need.search({ techAreas: ["artificial-intelligence"] });
    expect(otherArea.items.map((n) => n.id)).not.toContain(created.id);

    const events = await f.db.domainEvent.findMany({ where: { type: { in: ["need.submitted", "need.published"] } } });
    expect(events.map((e) => e.type).sort()).toEqual(["need.published", "need.submitted"]);
  });

  it("reference codes count up per year in Hong Kong time", async () => {
    const officer = f.as("officer");
    const first = await officer.need.create(draft({ title: "Year end need" }));
    const second = await officer.need.create(draft({ title: "Another need" }));
    expect(Number(second.refCode.slice(-4))).toBe(Number(first.refCode.slice(-4)) + 1);
    const before = f.clock.now;
    // 2026-12-31T16:30Z is already 1 January 2027 in Hong Kong.
    f.clock.now = new Date("2026-12-31T16:30:00Z");
    const nextYear = await officer.need.create(draft({ title: "New year need" }));
    expect(nextYear.refCode).toBe("SN-2027-0001");
    f.clock.now = before;
  });

  it("rejection needs a reason, is told to the submitter, and an edited rejection goes back to draft", async () => {
    const vendor = f.as("vendor");
    const solution = await vendor.solution.create({ ...draft({ title: "OpenLegacy API factory" }), submit: true });
    expect(solution.refCode).toMatch(/^SOL-2026-\d{4}$/);
    const before = await tableCounts(f.db);
    await expect(f.as("admin").solution.review({ id: solution.id, decision: "REJECT" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Give a reason when rejecting.",
    });
    expect(await tableCounts(f.db)).toEqual(before);
    const rejected = await f.as("admin").solution.review({ id: solution.id, decision: "REJECT", reason: "Too vague" });
    expect(rejected.status).toBe("REJECTED");
    const event = await f.db.domainEvent.findFirst({ where: { type: "solution.rejected" }, orderBy: { id: "desc" } });
    expect(event?.payload).toMatchObject({ id: solution.id, submittedById: f.people.vendor.id, reason: "Too vague" });
    const edited = await vendor.solution.update({ id: solution.id, description: "Now with use cases" });
    expect(edited.status).toBe("DRAFT");
  });

  it("only the submitter edits, and only while not published", async () => {
    const mine = await f.as("officer").need.create({ ...draft(), submit: true });
    await expect(f.as("officer2").need.update({ id: mine.id, title: "Hijack" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await f.as("admin").need.review({ id: mine.id, decision: "PUBLISH" });
    await expect(f.as("officer").need.update({ id: mine.id, title: "Late edit" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Reviewing twice is refused: the first decision stands.
    await expect(f.as("admin").need.review({ id: mine.id, decision: "REJECT", reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const withdrawn = await f.as("officer").need.withdraw({ id: mine.id });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect((await f.asPublic().need.search({ text: "defective" })).items.map((n) => n.id)).not.toContain(mine.id);
  });

  it("a vendor cannot post a need, an officer cannot post a solution", async () => {
    await expect(f.as("vendor").need.create(draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(f.as("officer").solution.create(draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an unknown technology area is named in the error and nothing is written", async () => {
    const before = await tableCounts(f.db);
    await expect(f.as("officer").need.create(draft({ techAreas: ["quantum"] }))).rejects.toMatchObject({
      message: "Unknown technology area: quantum.",
    });
    await expect(
      f.as("officer", { language: "zh-HK" }).need.create(draft({ techAreas: ["quantum"] })),
    ).rejects.toMatchObject({ message: "未知的科技範疇：quantum。" });
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("mine lists the organisation's own records in every status; staff filter by status", async () => {
    const created = await f.as("officer").need.create(draft({ title: "Private draft" }));
    const mine = await f.as("officer").need.mine({});
    expect(mine.items.map((n) => n.id)).toContain(created.id);
    expect((await f.as("officer2").need.mine({})).items.map((n) => n.id)).not.toContain(created.id);
    const drafts = await f.as("admin").need.search({ statuses: ["DRAFT"] });
    expect(drafts.items.every((n) => n.status === "DRAFT")).toBe(true);
    expect(drafts.items.map((n) => n.id)).toContain(created.id);
    // The public asking for drafts gets none; published and closed records are theirs to filter.
    const sneaky = await f.asPublic().need.search({ statuses: ["DRAFT"] });
    expect(sneaky.total).toBe(0);
    const closed = await f.asPublic().need.search({ statuses: ["CLOSED", "DRAFT"] });
    expect(closed.items.every((n) => n.status === "CLOSED")).toBe(true);
    expect((await f.asPublic().need.search({})).items.every((n) => n.status === "PUBLISHED")).toBe(true);
  });

  it("Chinese text is searchable and pages are stable", async () => {
    const officer = f.as("officer");
    for (let i = 0; i < 5; i++) {
      const need = await officer.need.create({
        ...draft({ title: `街市衞生巡查機械人 ${i}`, language: "zh-HK" }),
        submit: true,
      });
      await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
      f.advance(DAY);
    }
    const page1 = await f.asPublic().need.search({ text: "巡查", pageSize: 3, page: 1 });
    const page2 = await f.asPublic().need.search({ text: "巡查", pageSize: 3, page: 2 });
    expect(page1.total).toBe(5);
    expect(page1.items).toHaveLength(3);
    expect(page2.items).toHaveLength(2);
    expect(new Set([...page1.items, ...page2.items].map((n) => n.id)).size).toBe(5);
    // Newest first.
    expect(page1.items[0]?.title).toBe("街市衞生巡查機械人 4");
  });

  it("words find published records by meaning across the two languages; exact words first; filters still apply", async () => {
    const officer = f.as("officer");
    const publish = async (overrides: Record<string, unknown>) => {
      const need = await officer.need.create({ ...draft(overrides), submit: true });
      await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
      return need;
    };
    const zh = await publish({
      title: "渠務滲漏監測",
      description: "以感應器監測地下水管滲漏，及早維修。",
      extra: "減少爆管",
      language: "zh-HK",
      techAreas: ["internet-of-things"],
    });
    const en = await publish({
      title: "Water pipe leak monitoring",
      description: "Sensors watch underground mains for leaks.",
      extra: "Fewer bursts",
      techAreas: ["internet-of-things"],
    });
    const ids = async (text: string, extra: Record<string, unknown> = {}) =>
      (await f.asPublic().need.search({ text, ...extra })).items.map((n) => n.id);
    // Chinese words find the English record, English words the Chinese one; the record holding
    // the words as typed comes first.
    const watched = await ids("監測");
    expect(watched[0]).toBe(zh.id);
    expect(watched).toContain(en.id);
    const monitoring = await ids("monitoring");
    expect(monitoring[0]).toBe(en.id);
    expect(monitoring).toContain(zh.id);
    // A filter narrows what meaning brings in; words meaning nothing here find nothing.
    expect(await ids("監測", { techAreas: ["robotics"] })).toEqual([]);
    expect(await ids("horse racing commentary")).toEqual([]);
    // Drafts and records staff have not published are never found by meaning.
    const hidden = await officer.need.create(
      draft({ title: "Pipe leak survey draft", techAreas: ["internet-of-things"] }),
    );
    expect(await ids("leak")).not.toContain(hidden.id);
  });

  it("closing a published record is for staff", async () => {
    const need = await f.as("officer").need.create({ ...draft(), submit: true });
    await f.as("admin").need.review({ id: need.id, decision: "PUBLISH" });
    const closed = await f.as("admin").need.close({ id: need.id });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toEqual(f.clock.now);
  });
});
