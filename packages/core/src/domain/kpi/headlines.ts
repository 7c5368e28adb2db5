import type { Db } from "@innolab/db";
import { hongKongDay, hongKongTime } from "../../lib/clock";
import { cachedKpiOverview } from "./cache";
import { LAB_LAUNCH } from "./periods";

/** The figures the public home page shows: since launch, up to the end of today (Hong Kong). */
const HEADLINE_KEYS = ["governments", "companies", "forumsHeld", "pocsStarted", "adoptions"] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export async function headlines(db: Db, now: Date): Promise<Array<{ key: HeadlineKey; value: number }>> {
  // The end of today, so that one day's visitors share one cached answer.
  const tomorrow = hongKongTime(hongKongDay(new Date(now.getTime() + 86_400_000)));
  const overview = await cachedKpiOverview(db, { from: LAB_LAUNCH, to: tomorrow, granularity: "year", now });
  return HEADLINE_KEYS.map((key) => ({ key, value: overview.cards.find((card) => card.key === key)?.value ?? 0 }));
}
