import { shapeProblem } from "@innolab/core";

/**
 * Readers of a page's query string and path. Anyone can type a URL: a value that does not fit
 * is read as absent (or the first page), never passed on to fail as a server error.
 */
type Raw = string | string[] | undefined;

/** One value of a parameter that may be repeated (`?a=1&a=2`). */
export const one = (value: Raw): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined;

/** The largest id the databases' integer keys hold. */
const MAX_ID = 2_147_483_647;

export function idParam(value: Raw): number | undefined {
  const text = one(value);
  if (!text || !/^\d{1,10}$/.test(text)) return undefined;
  const id = Number(text);
  return id >= 1 && id <= MAX_ID ? id : undefined;
}

/** A page number from 1 to `max`; anything else is page 1. */
export function pageParam(value: Raw, max = 10_000): number {
  const page = idParam(value);
  return page && page <= max ? page : 1;
}

/** A technology area's slug (lower-case letters, digits, dashes). */
export function slugParam(value: Raw): string | undefined {
  const text = one(value);
  return text && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text) && text.length <= 40 ? text : undefined;
}

/** Search text, cut (by whole characters) to what the search accepts; text no database can store is dropped. */
export function textParam(value: Raw, max = 200): string | undefined {
  const text = Array.from(one(value)?.trim() ?? "")
    .slice(0, max)
    .join("");
  return text && !shapeProblem(text) ? text : undefined;
}

/** A calendar day `yyyy-mm-dd` that exists. */
export function dayParam(value: Raw): string | undefined {
  const text = one(value);
  if (!text || !/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : undefined;
}

/** One of the allowed values, or undefined. */
export function choiceParam<T extends string>(value: Raw, allowed: readonly T[]): T | undefined {
  const text = one(value);
  return allowed.find((choice) => choice === text);
}
