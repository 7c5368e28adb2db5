import type { AppRouter } from "@innolab/core";
import type { inferRouterOutputs } from "@trpc/server";

export type Granularity = "month" | "quarter" | "year";
export type Overview = inferRouterOutputs<AppRouter>["kpi"]["overview"];

export interface KpiFilters {
  from: Date;
  to: Date;
  granularity: Granularity;
  techArea?: string;
  organisationId?: number;
  cumulative: boolean;
  compare: boolean;
}

const HK_OFFSET_MS = 8 * 3_600_000;

/** Midnight in Hong Kong of a yyyy-mm-dd date. */
export const hkMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The yyyy-mm-dd a date falls on in Hong Kong. */
export const hkDay = (date: Date) => new Date(date.getTime() + HK_OFFSET_MS).toISOString().slice(0, 10);

/** The range a preset stands for, in Hong Kong time; `to` is exclusive. */
export function presetRange(preset: "quarter" | "last4" | "launch", today: Date, launch: Date) {
  const hk = new Date(today.getTime() + HK_OFFSET_MS);
  const year = hk.getUTCFullYear();
  const quarterStartMonth = Math.floor(hk.getUTCMonth() / 3) * 3;
  const quarterStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1) - HK_OFFSET_MS);
  const thisQuarter = quarterStart(year, quarterStartMonth);
  const nextQuarter = quarterStart(year, quarterStartMonth + 3);
  if (preset === "quarter") return { from: thisQuarter, to: nextQuarter };
  if (preset === "last4") return { from: quarterStart(year, quarterStartMonth - 9), to: nextQuarter };
  return { from: launch, to: nextQuarter };
}

/** The range of the same length just before. */
export function previousRange(from: Date, to: Date) {
  return { from: new Date(from.getTime() - (to.getTime() - from.getTime())), to: from };
}
