import type { Language } from "@innolab/core";
import type { ReactNode } from "react";
import { pick } from "~/i18n/format";

export const FIELD_CLASS = "mt-1 block w-full rounded border-gray-300 text-sm";

/** A public search form (GET, so that results can be linked) with its search button last. */
export function SearchForm({ columns, button, children }: { columns: string; button: string; children: ReactNode }) {
  return (
    <search>
      <form method="get" className={`grid gap-3 rounded-lg border border-gray-200 bg-white p-4 ${columns}`}>
        {children}
        <div className="flex items-end">
          <button
            type="submit"
            className="w-full rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
          >
            {button}
          </button>
        </div>
      </form>
    </search>
  );
}

/** A labelled select of a search form; `any` adds a first, empty choice. */
export function FilterSelect({
  label,
  name,
  value,
  options,
  any,
}: {
  label: string;
  name: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  any?: string;
}) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select className={FIELD_CLASS} name={name} defaultValue={value}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The technology-area filter of a search form (`area`), its areas named in the user's language. */
export function TechAreaSelect({
  label,
  value,
  any,
  areas,
  language,
}: {
  label: string;
  value: string;
  any: string;
  areas: Array<{ slug: string; nameEn: string; nameZh: string }>;
  language: Language;
}) {
  return (
    <FilterSelect
      label={label}
      name="area"
      value={value}
      any={any}
      options={areas.map((area) => ({ value: area.slug, label: pick(language, area.nameEn, area.nameZh) }))}
    />
  );
}
