import type { Prisma } from "../generated/sqlite/client";
import { Random } from "./random";

const HK_OFFSET_MS = 8 * 3_600_000;
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function hkYear(date: Date): number {
  return new Date(date.getTime() + HK_OFFSET_MS).getUTCFullYear();
}

/** A Hong Kong wall-clock time as an instant. */
export function hkTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - HK_OFFSET_MS);
}

/**
 * Collects seed rows with explicit ids, so rows can refer to each other before anything is
 * written; the caller inserts them table by table.
 */
export class SeedBuilder {
  readonly random: Random;
  readonly techAreas: Prisma.TechAreaCreateManyInput[] = [];
  readonly organisations: Prisma.OrganisationCreateManyInput[] = [];
  readonly people: Prisma.PersonCreateManyInput[] = [];
  readonly identities: Prisma.ChatIdentityCreateManyInput[] = [];
  readonly needs: Prisma.ServiceNeedCreateManyInput[] = [];
  readonly solutions: Prisma.SolutionCreateManyInput[] = [];
  readonly needAreas: Prisma.NeedTechAreaCreateManyInput[] = [];
  readonly solutionAreas: Prisma.SolutionTechAreaCreateManyInput[] = [];
  readonly reviews: Prisma.ReviewCreateManyInput[] = [];
  readonly matches: Prisma.MatchCreateManyInput[] = [];
  readonly workshops: Prisma.WorkshopCreateManyInput[] = [];
  readonly invites: Prisma.WorkshopInviteCreateManyInput[] = [];
  readonly forums: Prisma.ForumCreateManyInput[] = [];
  readonly registrations: Prisma.ForumRegistrationCreateManyInput[] = [];
  readonly pocs: Prisma.PocCreateManyInput[] = [];
  readonly adoptions: Prisma.AdoptionCreateManyInput[] = [];
  readonly subscriptions: Prisma.SubscriptionCreateManyInput[] = [];
  readonly resources: Prisma.ResourceCreateManyInput[] = [];
  readonly bookings: Prisma.BookingCreateManyInput[] = [];
  readonly showroom: Prisma.ShowroomItemCreateManyInput[] = [];
  private readonly refCounters = new Map<string, number>();
  private readonly usedCodes = new Set<string>();

  constructor(seed: number) {
    this.random = new Random(seed);
  }

  nextId(rows: unknown[]): number {
    return rows.length + 1;
  }

  /** Reference codes in the order records are created: call in date order. */
  refCode(prefix: "SN" | "SOL" | "POC", at: Date): string {
    const key = `${prefix}-${hkYear(at)}`;
    const value = (this.refCounters.get(key) ?? 0) + 1;
    this.refCounters.set(key, value);
    return `${key}-${String(value).padStart(4, "0")}`;
  }

  checkInCode(): string {
    for (;;) {
      const code = Array.from({ length: 3 }, () =>
        Array.from({ length: 4 }, () => CODE_ALPHABET[this.random.int(0, CODE_ALPHABET.length - 1)]).join(""),
      ).join("-");
      if (!this.usedCodes.has(code)) {
        this.usedCodes.add(code);
        return code;
      }
    }
  }
}
