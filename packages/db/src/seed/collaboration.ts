import { hkTime, type SeedBuilder } from "./builder";

const HOUR = 3_600_000;

/**
 * The lab's collaboration platform: a meeting area and discussion room, PoC equipment, a
 * year of bookings, and a showroom of the technologies its PoCs tried (tested when the PoC
 * completed, under testing while it runs).
 */
export function buildCollaboration(seed: SeedBuilder, options: { today: Date; bookers: number[] }) {
  const r = seed.random;
  const weekdays = "1,2,3,4,5";
  const resources = [
    {
      kind: "MEETING_AREA",
      nameEn: "Brainstorming Area",
      nameZh: "集思區",
      location: "Lab, 2/F",
      capacity: 20,
      needsApproval: false,
    },
    {
      kind: "MEETING_AREA",
      nameEn: "Discussion Room",
      nameZh: "討論室",
      location: "Lab, 2/F, Room 203",
      capacity: 8,
      needsApproval: false,
    },
    {
      kind: "EQUIPMENT",
      nameEn: "IoT sensor kit",
      nameZh: "物聯網感應器套件",
      location: "Lab, PoC bench",
      capacity: 4,
      needsApproval: true,
    },
    {
      kind: "EQUIPMENT",
      nameEn: "Service robot",
      nameZh: "服務機械人",
      location: "Lab, showroom",
      capacity: 1,
      needsApproval: true,
    },
  ] as const;
  const ids = resources.map((resource) => {
    const id = seed.nextId(seed.resources);
    seed.resources.push({
      id,
      ...resource,
      opensAtMin: 9 * 60,
      closesAtMin: 18 * 60,
      openDays: weekdays,
      bookableBy: "OFFICER,VENDOR",
      createdAt: hkTime(2019, 4, 1),
    });
    return id;
  });
  // A booking most working days of the past year, 2-hour slots from 10:00 or 14:00.
  const start = new Date(options.today.getTime() - 365 * 24 * HOUR);
  for (let day = 0; day < 365; day++) {
    const date = new Date(start.getTime() + day * 24 * HOUR);
    const hk = new Date(date.getTime() + 8 * HOUR);
    const weekday = hk.getUTCDay();
    if (weekday === 0 || weekday === 6 || !r.chance(0.6)) continue;
    const index = r.int(0, ids.length - 1);
    const resource = resources[index]!;
    const startsAt = hkTime(hk.getUTCFullYear(), hk.getUTCMonth() + 1, hk.getUTCDate(), r.pick([10, 14]));
    seed.bookings.push({
      id: seed.nextId(seed.bookings),
      resourceId: ids[index]!,
      personId: r.pick(options.bookers),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      purpose: r.pick(["Brainstorming with vendors", "PoC set-up", "Demo to department", "Design workshop"]),
      // A meeting area is booked whole; equipment one unit at a time.
      quantity: resource.kind === "MEETING_AREA" ? resource.capacity : 1,
      status: "CONFIRMED",
      createdAt: new Date(startsAt.getTime() - 7 * 24 * HOUR),
    });
  }
  for (const poc of seed.pocs) {
    if (poc.status !== "COMPLETED" && poc.status !== "IN_PROGRESS") continue;
    if (seed.showroom.some((item) => item.solutionId === poc.solutionId)) continue;
    const tested = poc.status === "COMPLETED";
    seed.showroom.push({
      id: seed.nextId(seed.showroom),
      solutionId: poc.solutionId,
      pocId: poc.id ?? null,
      status: tested ? "TESTED" : "UNDER_TESTING",
      findingsEn: tested ? "Met most acceptance criteria in the PoC; accuracy dropped in poor lighting." : null,
      findingsZh: tested ? "概念驗證中符合大部分驗收準則；光線不足時準確度下降。" : null,
      published: true,
      createdAt: poc.startDate,
      updatedAt: poc.completedAt ?? poc.startDate,
    });
  }
}
