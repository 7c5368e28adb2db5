import { z } from "zod";
import { dateSchema, idSchema, optionalText, pageSchema, text } from "./common.schema";

const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const weekdays = z
  .array(z.number().int().min(1).max(7))
  .min(1)
  .max(7)
  .transform((days) => [...new Set(days)].sort().join(","));
const roles = z
  .array(z.enum(["SUBSCRIBER", "OFFICER", "VENDOR", "ADMIN", "MANAGER"]))
  .min(1)
  .transform((list) => [...new Set(list)].join(","));

const resourceFields = {
  kind: z.enum(["MEETING_AREA", "EQUIPMENT"]),
  nameEn: text(200),
  nameZh: text(200),
  location: text(200),
  capacity: z.number().int().min(1).max(1000),
  opensAtMin: minuteOfDay,
  closesAtMin: minuteOfDay,
  openDays: weekdays.default("1,2,3,4,5"),
  bookableBy: roles.default("OFFICER,VENDOR"),
  needsApproval: z.boolean().default(false),
  active: z.boolean().default(true),
};
export const createResourceSchema = z
  .object(resourceFields)
  .refine((r) => r.opensAtMin < r.closesAtMin, { message: "opening must be before closing", path: ["closesAtMin"] });
export const updateResourceSchema = z.object(resourceFields).partial().extend({ id: idSchema });

export const createBookingSchema = z.object({
  resourceId: idSchema,
  startsAt: dateSchema,
  endsAt: dateSchema,
  purpose: text(500),
  quantity: z.number().int().min(1).max(1000).default(1),
});
export const blockOutSchema = z.object({
  resourceId: idSchema,
  startsAt: dateSchema,
  endsAt: dateSchema,
  reason: text(500),
});
export const decideBookingSchema = z.object({
  id: idSchema,
  decision: z.enum(["APPROVE", "REJECT"]),
  reason: optionalText(500),
});
export const availabilitySchema = z.object({
  resourceId: idSchema,
  // z.iso.date checks the calendar too (no 2026-02-30); the years are those dates may take.
  day: z.iso
    .date("a day is written yyyy-mm-dd and exists in the calendar")
    .refine((day) => day >= "1900-01-01" && day < "2200-01-01", "must be in 1900 to 2199"),
});
export const calendarSchema = z
  .object({ from: dateSchema, to: dateSchema, resourceId: idSchema.optional() })
  .refine((q) => q.from < q.to && q.to.getTime() - q.from.getTime() <= 62 * 86_400_000, {
    message: "a calendar shows at most two months, from before to",
    path: ["to"],
  });

export const showroomItemSchema = z.object({
  solutionId: idSchema,
  pocId: idSchema.nullish(),
  status: z.enum(["UNDER_TESTING", "TESTED"]),
  findingsEn: optionalText(5000),
  findingsZh: optionalText(5000),
  published: z.boolean().default(true),
});
export const listShowroomSchema = z.object({
  status: z.enum(["UNDER_TESTING", "TESTED"]).optional(),
  techArea: z.string().max(40).optional(),
  ...pageSchema,
});
