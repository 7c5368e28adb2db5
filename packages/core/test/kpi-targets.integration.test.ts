import { describeEachDatabase } from "@innolab/db/testing";
import { beforeAll, expect, it } from "vitest";
import { kpi } from "../src";
import { createFixture, type Fixture, tableCounts } from "./fixture";

describeEachDatabase("KPI targets: staff set a yearly target per headline card", (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(database().db);
  });

  it("staff set, change and remove targets; management reads them; each change is audited", async () => {
    expect(await f.as("manager").kpi.targets()).toEqual({});
    await f.as("admin").kpi.setTarget({ key: "forumsHeld", perYear: 4 });
    await f.as("admin").kpi.setTarget({ key: "pocsStarted", perYear: 12 });
    expect(await f.as("admin").kpi.setTarget({ key: "forumsHeld", perYear: 6 })).toEqual({
      forumsHeld: 6,
      pocsStarted: 12,
    });
    expect(await f.as("manager").kpi.targets()).toEqual({ forumsHeld: 6, pocsStarted: 12 });
    expect(await f.as("admin").kpi.setTarget({ key: "pocsStarted", perYear: null })).toEqual({ forumsHeld: 6 });
    const audited = await f.db.auditLog.findMany({ where: { entity: "KpiTarget" }, orderBy: { id: "asc" } });
    expect(audited.map((row) => [row.entityId, (row.changes as { perYear: number | null }).perYear])).toEqual([
      ["forumsHeld", 4],
      ["pocsStarted", 12],
      ["forumsHeld", 6],
      ["pocsStarted", null],
    ]);
  });

  it("a target that is not a whole number of at least 0, or for no card, is refused in the user's language and changes nothing", async () => {
    const before = await tableCounts(f.db);
    for (const input of [
      { key: "forumsHeld", perYear: -1 },
      { key: "forumsHeld", perYear: 2.5 },
      { key: "forumsHeld", perYear: "4" },
      { key: "noSuchCard", perYear: 4 },
    ]) {
      await expect(f.as("admin").kpi.setTarget(input as never), JSON.stringify(input)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    // Named as the form labels it, said plainly.
    await expect(f.as("admin").kpi.setTarget({ key: "forumsHeld", perYear: -1 })).rejects.toThrow(
      "Invalid input: Yearly target: must be 0 or more",
    );
    await expect(f.as("admin").kpi.setTarget({ key: "forumsHeld", perYear: 2.5 })).rejects.toThrow(
      "Invalid input: Yearly target: must be a whole number",
    );
    await expect(f.as("admin").kpi.setTarget({ key: "forumsHeld" } as never)).rejects.toThrow(
      "Invalid input: Yearly target: is required",
    );
    await expect(
      f.as("admin", { language: "zh-HK" }).kpi.setTarget({ key: "forumsHeld", perYear: -1 }),
    ).rejects.toThrow("輸入無效：每年目標：不可小於 0");
    expect(await tableCounts(f.db)).toEqual(before);
  });

  it("a yearly target stands for a range in proportion to its length", () => {
    const year = { from: new Date("2026-01-01T00:00:00+08:00"), to: new Date("2027-01-01T00:00:00+08:00") };
    expect(kpi.targetForRange(12, year)).toBe(12);
    const quarter = { from: new Date("2026-04-01T00:00:00+08:00"), to: new Date("2026-07-01T00:00:00+08:00") };
    expect(kpi.targetForRange(12, quarter)).toBe(3);
    const sinceLaunch = { from: kpi.LAB_LAUNCH, to: new Date("2027-01-01T00:00:00+08:00") };
    expect(kpi.targetForRange(4, sinceLaunch)).toBe(31);
  });
});
