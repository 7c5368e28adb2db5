import { type Db, seed } from "@innolab/db";
import { FlowEngine } from "../src/flows/engine";

export const DAY = 86_400_000;

/** The demo lab, plus a small forum (one seat) and invitation codes for the tests. */
export async function setupLab(db: Db) {
  await seed.seedDemo(db, { today: new Date() });
  const now = Date.now();
  const smallForum = await db.forum.create({
    data: {
      title: "Small Robotics Forum",
      titleZh: "小型機械人論壇",
      theme: "Robotics Technologies",
      themeZh: "機械人技術",
      startsAt: new Date(now + 10 * DAY),
      endsAt: new Date(now + 10 * DAY + 3 * 3_600_000),
      venue: "Cyberport",
      capacity: 1,
      registrationOpensAt: new Date(now - DAY),
      registrationClosesAt: new Date(now + 9 * DAY),
    },
  });
  const bd = await db.organisation.findFirstOrThrow({ where: { acronym: "BD" } });
  const company = await db.organisation.findFirstOrThrow({ where: { kind: "COMPANY" }, orderBy: { id: "asc" } });
  const invite = (
    code: string,
    role: "OFFICER" | "VENDOR" | "ADMIN" | "MANAGER",
    organisationId: number,
    expiresAt: Date,
  ) => db.invitation.create({ data: { code, role, organisationId, expiresAt } });
  await invite("OFFI-CER1", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("OFFI-CER2", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("OFFI-CER3", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("VEND-OR11", "VENDOR", company.id, new Date(now + 7 * DAY));
  await invite("OLDC-ODE1", "OFFICER", bd.id, new Date(now - DAY));
  await invite("OFFI-CER4", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("BOOK-OFF1", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("BOOK-OFF2", "OFFICER", bd.id, new Date(now + 7 * DAY));
  await invite("BOOK-VEN1", "VENDOR", company.id, new Date(now + 7 * DAY));
  await invite("PROP-VEN1", "VENDOR", company.id, new Date(now + 7 * DAY));
  await invite("PROP-OFF1", "OFFICER", bd.id, new Date(now + 7 * DAY));
  const labOrg = await db.organisation.findFirstOrThrow({ where: { kind: "LAB" } });
  await invite("STAF-F001", "ADMIN", labOrg.id, new Date(now + 7 * DAY));
  await invite("MANA-GER1", "MANAGER", labOrg.id, new Date(now + 7 * DAY));
  const clock = { now };
  const engine = new FlowEngine(db, () => new Date(clock.now));
  return { smallForum, bd, company, clock, engine };
}
