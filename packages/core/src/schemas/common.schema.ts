import { z } from "zod";

/** A row id: a positive integer the databases' 32-bit keys hold. */
export const idSchema = z.number().int().positive().max(2_147_483_647);
export const pageSchema = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};
/** Trimmed text that must not be blank. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes")
  .max(40);
/** Dates both databases store and the lab can mean: years 1900 to 2199. */
export const EARLIEST_DATE = new Date("1900-01-01T00:00:00Z");
export const LATEST_DATE = new Date("2200-01-01T00:00:00Z");
export const dateSchema = z.coerce
  .date()
  .min(EARLIEST_DATE, "must be in 1900 or later")
  .max(LATEST_DATE, "must be before the year 2200");
