import { TZDate } from "@date-fns/tz";
import { HONG_KONG } from "../../lib/clock";

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
  const start = new TZDate(startsAt, HONG_KONG);
  const end = new TZDate(endsAt, HONG_KONG);
  const sameDay =
    start.getFullYear() === end.getFullYear() &&
    start.getMonth() === end.getMonth() &&
    start.getDate() === end.getDate();
  const isoDay = start.getDay() === 0 ? 7 : start.getDay();
  const startMin = start.getHours() * 60 + start.getMinutes();
  const endMin = end.getHours() * 60 + end.getMinutes();
  return sameDay && openDaysOf(hours).includes(isoDay) && startMin >= hours.opensAtMin && endMin <= hours.closesAtMin;
}

/** The Hong Kong instant of a day ("2026-12-01") and minute of that day. */
export function hongKongTime(day: string, minute: number): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, HONG_KONG).getTime() + minute * 60_000);
}

/** The Hong Kong calendar day of an instant, "yyyy-mm-dd". */
export function hongKongDay(date: Date): string {
  const hk = new TZDate(date, HONG_KONG);
  return `${hk.getFullYear()}-${String(hk.getMonth() + 1).padStart(2, "0")}-${String(hk.getDate()).padStart(2, "0")}`;
}

/** ISO weekday of a Hong Kong day. */
export function isoWeekday(day: string): number {
  const weekday = new TZDate(hongKongTime(day, 12 * 60), HONG_KONG).getDay();
  return weekday === 0 ? 7 : weekday;
}
