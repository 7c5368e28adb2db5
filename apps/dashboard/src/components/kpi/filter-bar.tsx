"use client";
import type { Language } from "@innolab/core";
import { useState } from "react";
import type { Dictionary } from "~/i18n/dictionary";
import { pick } from "~/i18n/format";
import { hkDay, hkMidnight } from "~/lib/hong-kong-time";
import { DateField } from "../date-field";
import type { Option } from "./kpi-dashboard";
import { type Granularity, type KpiFilters, presetRange } from "./query";

type Preset = "quarter" | "last4" | "launch" | "custom";

/** Range (presets or custom), granularity, area, B/D, cumulative and comparison: every chart follows them. */
export function KpiFilterBar({
  t,
  language,
  filters,
  onChange,
  techAreas,
  departments,
  launch,
  initialPreset,
}: {
  t: Dictionary;
  language: Language;
  filters: KpiFilters;
  onChange: (filters: KpiFilters) => void;
  techAreas: Option[];
  departments: Option[];
  launch: string;
  initialPreset?: Preset;
}) {
  const [preset, setPreset] = useState<Preset>(initialPreset ?? "launch");
  const [departmentSearch, setDepartmentSearch] = useState("");
  const field = "mt-1 block w-full rounded border-gray-300 text-sm";
  const label = "text-sm font-medium";
  const choosePreset = (value: Preset) => {
    setPreset(value);
    if (value !== "custom") onChange({ ...filters, ...presetRange(value, new Date(), new Date(launch)) });
  };
  // The "to" field shows the last day included; the range itself ends at the next midnight.
  const lastDay = hkDay(new Date(filters.to.getTime() - 1));
  return (
    <form
      className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t.kpi.range}
    >
      <div>
        <label className={label} htmlFor="kpi-preset">
          {t.kpi.range}
        </label>
        <select
          id="kpi-preset"
          className={field}
          name="preset"
          value={preset}
          onChange={(e) => choosePreset(e.target.value as Preset)}
        >
          {(["quarter", "last4", "launch", "custom"] as const).map((p) => (
            <option key={p} value={p}>
              {t.kpi.presets[p]}
            </option>
          ))}
        </select>
      </div>
      <DateField
        t={t}
        id="kpi-from"
        name="from"
        label={t.kpi.from}
        value={hkDay(filters.from)}
        onChange={(day) => {
          setPreset("custom");
          onChange({ ...filters, from: hkMidnight(day) });
        }}
      />
      <DateField
        t={t}
        id="kpi-to"
        name="to"
        label={t.kpi.to}
        value={lastDay}
        onChange={(day) => {
          setPreset("custom");
          onChange({ ...filters, to: new Date(hkMidnight(day).getTime() + 86_400_000) });
        }}
      />
      <div>
        <label className={label} htmlFor="kpi-granularity">
          {t.kpi.granularity}
        </label>
        <select
          id="kpi-granularity"
          className={field}
          name="granularity"
          value={filters.granularity}
          onChange={(e) => onChange({ ...filters, granularity: e.target.value as Granularity })}
        >
          {(["month", "quarter", "year"] as const).map((g) => (
            <option key={g} value={g}>
              {t.kpi.granularities[g]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className={label} htmlFor="kpi-techArea">
          {t.kpi.techArea}
        </label>
        <select
          id="kpi-techArea"
          className={field}
          name="techArea"
          value={filters.techArea ?? ""}
          onChange={(e) => onChange({ ...filters, techArea: e.target.value || undefined })}
        >
          <option value="">{t.kpi.all}</option>
          {techAreas.map((o) => (
            <option key={o.value} value={o.value}>
              {pick(language, o.labelEn, o.labelZh)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className={label} htmlFor="kpi-department">
          {t.kpi.department}
        </label>
        {/* Many B/Ds: a few letters (English or Chinese) narrow the list below. */}
        <input
          className={`${field} mb-1`}
          type="search"
          aria-label={t.kpi.findDepartment}
          placeholder={t.kpi.findDepartment}
          value={departmentSearch}
          onChange={(e) => setDepartmentSearch(e.target.value)}
        />
        <select
          id="kpi-department"
          className={field}
          name="department"
          value={filters.organisationId ?? ""}
          onChange={(e) =>
            onChange({ ...filters, organisationId: e.target.value ? Number(e.target.value) : undefined })
          }
        >
          <option value="">{t.kpi.all}</option>
          {departments
            .filter(
              (o) =>
                String(filters.organisationId) === o.value ||
                !departmentSearch.trim() ||
                `${o.labelEn} ${o.labelZh}`.toLowerCase().includes(departmentSearch.trim().toLowerCase()),
            )
            .map((o) => (
              <option key={o.value} value={o.value}>
                {pick(language, o.labelEn, o.labelZh)}
              </option>
            ))}
        </select>
      </div>
      <fieldset className="flex items-center gap-4 sm:col-span-3 lg:col-span-6">
        <legend className="sr-only">{t.kpi.view}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="mode"
            checked={!filters.cumulative}
            onChange={() => onChange({ ...filters, cumulative: false })}
          />
          {t.kpi.perPeriod}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="mode"
            checked={filters.cumulative}
            onChange={() => onChange({ ...filters, cumulative: true })}
          />
          {t.kpi.cumulative}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="compare"
            checked={filters.compare}
            onChange={(e) => onChange({ ...filters, compare: e.target.checked })}
          />
          {t.kpi.compare}
        </label>
      </fieldset>
    </form>
  );
}
