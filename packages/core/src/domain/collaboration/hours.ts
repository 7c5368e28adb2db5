import { hongKongDay, hongKongMinuteOfDay, hongKongTime, hongKongWeekday } from "../../lib/clock";

const DAY_NAMES = {
  en: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  zh: ["", "一", "二", "三", "四", "五", "六", "日"],
};

export interface OpeningHours {
  opensAtMin: number;
  closesAtMin: number;
  /** ISO weekdays, "1,2,3,4,5". */
  openDays: string;
}

export const openDaysOf = (hours: OpeningHours) =>
  hours.openDays
    .split(",")
    .map(Number)
    .filter((d) => d >= 1 && d <= 7);

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** "Mon–Fri" style text of the open days and hours, for messages in both languages. */
export function describeHours(hours: OpeningHours) {
  const days = openDaysOf(hours);
  const en = days.map((d) => DAY_NAMES.en[d]).join(", ");
  const zh = `星期${days.map((d) => DAY_NAMES.zh[d]).join("、")}`;
  return { days: en, daysZh: zh, opens: hhmm(hours.opensAtMin), closes: hhmm(hours.closesAtMin) };
}

/** Whether [startsAt, endsAt) lies within one open day's hours, in Hong Kong time. */
export function withinOpeningHours(hours: OpeningHours, startsAt: Date, endsAt: Date): boolean {
  return (
    hongKongDay(startsAt) === hongKongDay(endsAt) &&
    openDaysOf(hours).includes(hongKongWeekday(startsAt)) &&
    hongKongMinuteOfDay(startsAt) >= hours.opensAtMin &&
    hongKongMinuteOfDay(endsAt) <= hours.closesAtMin
  );
}

/** ISO weekday of a Hong Kong day ("2026-12-01"). */
export function isoWeekday(day: string): number {
  return hongKongWeekday(hongKongTime(day, 12 * 60));
}
