import { describe, expect, it } from "vitest";
import { seed } from "../src";
import { describeEachDatabase } from "../src/testing";

const TODAY = new Date("2026-11-24T00:00:00Z");

describe("demo seed (built in memory)", () => {
  it("is deterministic for a given day", () => {
    expect(JSON.stringify(seed.buildDemo(TODAY))).toBe(JSON.stringify(seed.buildDemo(TODAY)));
  });

  it("holds the lab's real history", () => {
    const demo = seed.buildDemo(TODAY);
    const titles = demo.needs.map((n) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Approved Signboards Identification System (ASIS)",
        "Defective Signboards Diagnostic System (DSDS)",
        "Information push service",
      ]),
    );
    expect(demo.solutions.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        "OpenLegacy API factory",
        "Automatic ID/Travel Document Recognition and Validation",
        "Iris by HKT - From Surveillance to Intelligence",
      ]),
    );
    expect(demo.organisations.filter((o) => o.kind === "GOVERNMENT").length).toBeGreaterThanOrEqual(60);
    expect(demo.organisations.filter((o) => o.kind === "COMPANY").length).toBeGreaterThanOrEqual(170);
    expect(demo.organisations.map((o) => o.nameEn)).toEqual(
      expect.arrayContaining(["Cyberport", "Hong Kong Science and Technology Parks Corporation"]),
    );
    const forums = demo.forums.map((f) => (f.startsAt as Date).toISOString().slice(0, 7));
    expect(forums.slice(0, 4)).toEqual(["2019-06", "2019-09", "2019-12", "2020-03"]);
    expect(demo.forums[0]?.theme).toBe("Smart City Infrastructure");
    expect(demo.forums.map((f) => f.theme)).toContain("Robotics Technologies");
    // Onwards to today, with the next forum open for registration.
    expect(demo.forums.at(-1)?.status).toBe("SCHEDULED");
    expect(demo.forums.filter((f) => f.status === "HELD").length).toBe(demo.forums.length - 1);
    // Both languages.
    expect(demo.needs.some((n) => n.language === "zh-HK")).toBe(true);
    expect(demo.solutions.some((s) => s.language === "zh-HK")).toBe(true);
    // The pipeline flows through to adoptions.
    expect(demo.pocs.length).toBeGreaterThan(10);
    expect(demo.adoptions.length).toBeGreaterThan(3);
    for (const forum of demo.forums) {
      const taken = demo.registrations.filter(
        (r) => r.forumId === forum.id && (r.status === "REGISTERED" || r.status === "ATTENDED"),
      );
      expect(taken.length).toBe(forum.seatsTaken);
    }
  });
});

describeEachDatabase("seeding a database", (database) => {
  it("writes the demo, continues ids and reference codes after it, and refuses to seed twice", async () => {
    const { db } = database();
    const demo = await seed.seedDemo(db, { today: TODAY });
    expect(await db.organisation.count()).toBe(demo.organisations.length);
    expect(await db.forumRegistration.count()).toBe(demo.registrations.length);
    // Sequences and counters continue after the seeded rows.
    const org = await db.organisation.create({ data: { kind: "COMPANY", nameEn: "After seed Ltd", nameZh: "種子後" } });
    expect(org.id).toBe(demo.organisations.length + 1);
    const counter = await db.counter.findUniqueOrThrow({ where: { key: "SN-2026" } });
    const lastCode = demo.needs
      .filter((n) => n.refCode.startsWith("SN-2026"))
      .map((n) => n.refCode)
      .sort()
      .at(-1);
    expect(counter.value).toBe(Number(lastCode?.slice(-4)));
    await expect(seed.seedDemo(db, { today: TODAY })).rejects.toThrow(/already has data/);
  }, 120_000);
});

describe("synthetic generator", () => {
  it("scales its size", () => {
    expect(seed.syntheticSize(1)).toEqual({
      organisations: 1000,
      people: 4000,
      registrations: 100_000,
      needs: 25_000,
      solutions: 25_000,
    });
    const small = seed.buildSynthetic(0.02);
    expect(small.needs).toHaveLength(500);
    expect(small.solutions).toHaveLength(500);
    expect(small.registrations.length).toBeGreaterThan(1500);
    const years = new Set(small.needs.map((n) => (n.createdAt as Date).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });
});
