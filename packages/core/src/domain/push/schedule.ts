import { hongKongDay, hongKongMinuteOfDay, hongKongTime } from "../../lib/clock";

/** Daily digests go out at this Hong Kong time (minutes after midnight). */
export const DIGEST_AT_MIN = 9 * 60;

export interface DeliveryPreferences {
  digestMode: "REALTIME" | "DAILY";
  quietStartMin: number | null;
  quietEndMin: number | null;
}

/** The Hong Kong instant `minutes` after the midnight of `date`'s Hong Kong day, `dayOffset` days on. */
function atHongKongMinute(date: Date, minutes: number, dayOffset = 0): Date {
  return hongKongTime(hongKongDay(date), minutes + dayOffset * 24 * 60);
}

/** The end of the quiet hours `at` falls in, or `at` itself. Quiet hours may span midnight. */
function afterQuietHours(at: Date, prefs: DeliveryPreferences): Date {
  const { quietStartMin: start, quietEndMin: end } = prefs;
  if (start === null || end === null || start === end) return at;
  const minute = hongKongMinuteOfDay(at);
  const quiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quiet) return at;
  // Spanning midnight and already past it: the end is today; otherwise the end is tomorrow.
  const endsTomorrow = start > end && minute >= start;
  return atHongKongMinute(at, end, endsTomorrow ? 1 : 0);
}

/**
 * When an alert may reach a person: now for critical alerts (a forum cancelled or moved);
 * otherwise the next daily digest for digest readers, and never inside their quiet hours.
 */
export function deliveryTime(now: Date, prefs: DeliveryPreferences, critical: boolean): Date {
  if (critical) return now;
  let at = now;
  if (prefs.digestMode === "DAILY") {
    const today = atHongKongMinute(now, DIGEST_AT_MIN);
    at = now <= today ? today : atHongKongMinute(now, DIGEST_AT_MIN, 1);
  }
  return afterQuietHours(at, prefs);
}
