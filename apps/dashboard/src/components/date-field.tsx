"use client";
import { useId, useState } from "react";
import type { Dictionary } from "~/i18n/dictionary";

/**
 * A day typed as DD/MM/YYYY, the way Hong Kong writes dates in both languages. Browsers draw
 * `type="date"` in their own locale (mm/dd/yyyy on an American Chromium), which reads 04/01 as
 * 1 April to some and 4 January to others; a typed field with its format beside it does not.
 * ISO yyyy-mm-dd is accepted too (pasted from a spreadsheet). `value` and `onChange` use
 * yyyy-mm-dd; a day that does not exist is refused in words and never reaches `onChange`.
 */
export function DateField({
  t,
  label,
  value,
  onChange,
  id,
  name,
  required,
  className,
}: {
  t: Dictionary;
  label: string;
  value: string;
  onChange: (day: string) => void;
  id?: string;
  name?: string;
  required?: boolean;
  className?: string;
}) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  // What is being typed; null shows `value` as it stands.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? toDisplay(value);
  const invalid = draft !== null && draft.trim() !== "" && parseDay(draft) === undefined;
  return (
    <div className={className}>
      <label className="text-sm font-medium" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        className="mt-1 block w-full rounded border-gray-300 text-sm aria-[invalid=true]:border-red-600"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t.common.dateFormat}
        required={required}
        value={shown}
        aria-invalid={invalid}
        aria-describedby={`${inputId}-hint`}
        ref={(input) => input?.setCustomValidity(invalid ? t.common.dateInvalid : "")}
        onChange={(event) => {
          setDraft(event.target.value);
          const day = parseDay(event.target.value);
          if (day) onChange(day);
        }}
        onBlur={() => {
          // A valid day, or an optional field left empty, shows the value as it stands.
          if (draft !== null && (parseDay(draft) || (!required && draft.trim() === ""))) setDraft(null);
        }}
      />
      <p id={`${inputId}-hint`} className={`mt-1 text-xs ${invalid ? "text-red-700" : "text-gray-600"}`}>
        {invalid ? t.common.dateInvalid : t.common.dateFormat}
      </p>
    </div>
  );
}

/**
 * A Hong Kong date and time (yyyy-mm-ddTHH:mm): the day typed as DD/MM/YYYY, the time in the
 * browser's time field (24-hour or am/pm, never ambiguous).
 */
export function DateTimeField({
  t,
  label,
  value,
  onChange,
  className,
}: {
  t: Dictionary;
  label: string;
  value: string;
  onChange: (local: string) => void;
  className?: string;
}) {
  const [day = "", time = ""] = value.split("T");
  const timeId = useId();
  return (
    <fieldset className={className}>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="grid grid-cols-2 gap-2">
        <DateField t={t} label={t.common.date} value={day} required onChange={(d) => onChange(`${d}T${time}`)} />
        <div>
          <label className="text-sm font-medium" htmlFor={timeId}>
            {t.common.time}
          </label>
          <input
            id={timeId}
            className="mt-1 block w-full rounded border-gray-300 text-sm"
            type="time"
            required
            value={time}
            onChange={(event) => onChange(`${day}T${event.target.value}`)}
          />
        </div>
      </div>
    </fieldset>
  );
}

/** yyyy-mm-dd → DD/MM/YYYY (anything else shown as it is). */
function toDisplay(day: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** DD/MM/YYYY (or D/M/YYYY, with / . or -) or yyyy-mm-dd → yyyy-mm-dd, if that day exists. */
function parseDay(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number)
    : iso
      ? [iso[1], iso[2], iso[3]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1900 || year > 2200) return undefined;
  return date.toISOString().slice(0, 10);
}
