import { z } from "zod";
import { languageSchema } from "../lib/language";
import { idSchema, optionalText, pageSchema, slugSchema, text } from "./common.schema";

export const SUBMISSION_STATUSES = ["DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "WITHDRAWN", "CLOSED"] as const;

/** Technology areas one need or solution may name. */
export const MAX_TECH_AREAS = 6;

export const submissionDraftSchema = z.object({
  title: text(200),
  description: text(5000),
  /** A need's expected outcome or a solution's use cases. */
  extra: optionalText(3000),
  techAreas: z.array(slugSchema).min(1).max(MAX_TECH_AREAS),
  language: languageSchema.default("en"),
});

export const createSubmissionSchema = submissionDraftSchema.extend({
  /** Send for review now (true) or keep as a draft (false). */
  submit: z.boolean().default(false),
});

export const updateSubmissionSchema = submissionDraftSchema.partial().extend({ id: idSchema });

export const reviewSubmissionSchema = z.object({
  id: idSchema,
  decision: z.enum(["PUBLISH", "REJECT"]),
  reason: optionalText(1000),
});

export const searchSubmissionsSchema = z.object({
  text: z.string().trim().max(200).optional(),
  techAreas: z.array(slugSchema).max(10).optional(),
  organisationId: idSchema.optional(),
  statuses: z.array(z.enum(SUBMISSION_STATUSES)).max(6).optional(),
  ...pageSchema,
});

export const mySubmissionsSchema = z.object({
  statuses: z.array(z.enum(SUBMISSION_STATUSES)).max(6).optional(),
  ...pageSchema,
});
