import { hkTime, type SeedBuilder } from "./builder";
import { FORUM_THEMES } from "./data/catalogue";
import { addDaysUtc } from "./random";

/** Quarterly technology forums (Mar, Jun, Sep, Dec) from June 2019 until a quarter past `today`. */
export function buildForums(
  seed: SeedBuilder,
  options: { today: Date; partnerIds: number[]; capacity: number; perQuarter: number; untilYear?: number },
) {
  const created: number[] = [];
  const horizon = addDaysUtc(options.today, 100);
  let index = 0;
  for (let year = 2019; ; year++) {
    for (const month of [3, 6, 9, 12]) {
      if (year === 2019 && month < 6) continue;
      for (let k = 0; k < options.perQuarter; k++) {
        const startsAt = hkTime(year, month, 18 + k, 14, 30);
        if (startsAt > horizon) return created;
        const [theme, themeZh] = FORUM_THEMES[index % FORUM_THEMES.length] ?? ["Innovation", "創新"];
        const id = seed.nextId(seed.forums);
        const upcoming = startsAt > options.today;
        seed.forums.push({
          id,
          title: `Technology Forum ${year} Q${Math.ceil(month / 3)}${options.perQuarter > 1 ? ` #${k + 1}` : ""}`,
          titleZh: `${year}年第${Math.ceil(month / 3)}季科技論壇${options.perQuarter > 1 ? `（${k + 1}）` : ""}`,
          theme,
          themeZh,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
          venue: index % 2 === 0 ? "Cyberport Conference Hall" : "Hong Kong Science Park Auditorium",
          partnerId: options.partnerIds[index % options.partnerIds.length] ?? null,
          capacity: options.capacity,
          seatsTaken: 0,
          registrationOpensAt: addDaysUtc(startsAt, -45),
          registrationClosesAt: addDaysUtc(startsAt, -1),
          status: upcoming ? "SCHEDULED" : "HELD",
          createdAt: addDaysUtc(startsAt, -60),
        });
        created.push(id);
        index++;
      }
    }
    if (options.untilYear && year > options.untilYear) return created;
  }
}

/** Registrations of the given people for a forum; past forums get attendance, the rest waitlists. */
export function buildRegistrations(
  seed: SeedBuilder,
  forumId: number,
  attendees: Array<{ personId: number; organisationId: number | null }>,
  today: Date,
) {
  const forum = seed.forums[forumId - 1];
  if (!forum) throw new Error(`no forum ${forumId}`);
  const startsAt = forum.startsAt as Date;
  const opens = forum.registrationOpensAt as Date;
  const closes = forum.registrationClosesAt as Date;
  const past = startsAt <= today;
  let seats = 0;
  for (const attendee of attendees) {
    const registeredAt = seed.random.dateBetween(opens, closes < today ? closes : today);
    if (registeredAt > today) continue;
    const roll = seed.random.next();
    let status: "REGISTERED" | "WAITLISTED" | "CANCELLED" | "ATTENDED";
    if (roll < 0.05) status = "CANCELLED";
    else if (seats >= forum.capacity) status = "WAITLISTED";
    else status = past && roll > 0.15 ? "ATTENDED" : "REGISTERED";
    if (status === "REGISTERED" || status === "ATTENDED") seats++;
    seed.registrations.push({
      id: seed.nextId(seed.registrations),
      forumId,
      personId: attendee.personId,
      organisationId: attendee.organisationId,
      status,
      checkInCode: seed.checkInCode(),
      registeredAt,
      cancelledAt: status === "CANCELLED" ? addDaysUtc(registeredAt, 1) : null,
      attendedAt: status === "ATTENDED" ? startsAt : null,
    });
  }
  forum.seatsTaken = seats;
}
