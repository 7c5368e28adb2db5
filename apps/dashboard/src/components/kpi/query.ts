import type { AppRouter } from "@innolab/core";
import type { inferRouterOutputs } from "@trpc/server";
import { HK_OFFSET_MS, hkDay, hkMidnight } from "~/lib/hong-kong-time";

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

/** What `kpi.overview` is asked for a view (cumulative and comparison are drawn from it). */
export const overviewQuery = (filters: KpiFilters) => ({
  from: filters.from,
  to: filters.to,
  granularity: filters.granularity,
  techArea: filters.techArea,
  organisationId: filters.organisationId,
});

/** The range of the same length just before. */
export function previousRange(from: Date, to: Date) {
  return { from: new Date(from.getTime() - (to.getTime() - from.getTime())), to: from };
}

const DAY_MS = 86_400_000;
const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The filters as a query string a manager can share or bookmark: `from` and `to` are the first
 * and last days shown (Hong Kong dates), `g` the periods, `area`, `org`, `cum=1`, `cmp=1`.
 */
export function filtersToSearch(filters: KpiFilters): string {
  const params = new URLSearchParams({
    from: hkDay(filters.from),
    to: hkDay(new Date(filters.to.getTime() - 1)),
    g: filters.granularity,
  });
  if (filters.techArea) params.set("area", filters.techArea);
  if (filters.organisationId) params.set("org", String(filters.organisationId));
  if (filters.cumulative) params.set("cum", "1");
  if (filters.compare) params.set("cmp", "1");
  return params.toString();
}

/**
 * The filters a query string asks for, on top of the defaults; anything malformed is ignored
 * (a crafted or truncated link opens the default view, never an error). `custom` says whether
 * the range came from the link.
 */
export function filtersFromSearch(
  params: Record<string, string | string[] | undefined>,
  defaults: KpiFilters,
): { filters: KpiFilters; custom: boolean } {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" ? value : undefined;
  };
  const day = (value: string | undefined) => {
    if (!value || !DAY.test(value)) return undefined;
    const date = hkMidnight(value);
    return Number.isNaN(date.getTime()) || hkDay(date) !== value ? undefined : date;
  };
  const from = day(one("from"));
  const lastDay = day(one("to"));
  const to = lastDay ? new Date(lastDay.getTime() + DAY_MS) : undefined;
  const custom = Boolean(from && to && from < to);
  const granularity = GRANULARITIES.find((g) => g === one("g"));
  const area = one("area");
  const org = one("org");
  return {
    custom,
    filters: {
      ...defaults,
      ...(custom ? { from, to } : {}),
      ...(granularity ? { granularity } : {}),
      ...(area && SLUG.test(area) && area.length <= 40 ? { techArea: area } : {}),
      ...(org && /^[1-9]\d{0,8}$/.test(org) ? { organisationId: Number(org) } : {}),
      cumulative: one("cum") === "1",
      compare: one("cmp") === "1",
    } as KpiFilters,
  };
}
