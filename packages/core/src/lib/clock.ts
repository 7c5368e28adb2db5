import { TZDate } from "@date-fns/tz";

export const HONG_KONG = "Asia/Hong_Kong";

/** A date seen on Hong Kong's wall clock. */
export function inHongKong(date: Date): TZDate {
  return new TZDate(date, HONG_KONG);
}
