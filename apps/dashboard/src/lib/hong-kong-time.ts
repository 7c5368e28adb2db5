/** The lab runs on Hong Kong time, which has had no daylight saving since 1979: a fixed +8 hours. */
export const HK_OFFSET_MS = 8 * 3_600_000;

/** Midnight in Hong Kong of a yyyy-mm-dd date. */
export const hkMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The yyyy-mm-dd a date falls on in Hong Kong. */
export const hkDay = (date: Date) => new Date(date.getTime() + HK_OFFSET_MS).toISOString().slice(0, 10);

/** A Hong Kong wall time, yyyy-mm-ddTHH:mm, as an instant. */
export const fromHkWallTime = (local: string) => new Date(`${local}:00+08:00`);

/** An instant as Hong Kong wall time, yyyy-mm-ddTHH:mm. */
export const toHkWallTime = (date: Date) => new Date(date.getTime() + HK_OFFSET_MS).toISOString().slice(0, 16);
