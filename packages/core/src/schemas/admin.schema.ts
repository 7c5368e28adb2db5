import { z } from "zod";
import { topicKeySchema } from "../domain/subscriptions";
import { dateSchema, idSchema, optionalText, pageSchema, slugSchema, text } from "./common.schema";
import { pairDecision } from "./matching-desk.schema";

export const organisationSchema = z.object({
  kind: z.enum(["GOVERNMENT", "COMPANY", "PARTNER", "LAB"]),
  nameEn: text(200),
  nameZh: text(200),
  acronym: optionalText(20),
  isStartup: z.boolean().optional(),
  isSme: z.boolean().optional(),
  website: z.url().max(300).nullish(),
});
export const updateOrganisationSchema = organisationSchema.partial().extend({ id: idSchema });
export const listOrganisationsSchema = z.object({
  kind: organisationSchema.shape.kind.optional(),
  text: z.string().trim().max(100).optional(),
  ...pageSchema,
});

export const techAreaSchema = z.object({ slug: slugSchema, nameEn: text(100), nameZh: text(100) });

export const createInvitationSchema = z.object({
  role: z.enum(["SUBSCRIBER", "OFFICER", "VENDOR", "ADMIN", "MANAGER"]),
  organisationId: idSchema.nullish(),
  validDays: z.number().int().min(1).max(90).default(14),
});
export const invitationCodeSchema = z.object({ code: z.string().trim().min(4).max(40) });

const forumFields = {
  title: text(200),
  titleZh: text(200),
  theme: text(200),
  themeZh: text(200),
  startsAt: dateSchema,
  endsAt: dateSchema,
  venue: text(200),
  partnerId: idSchema.nullish(),
  capacity: z.number().int().min(1).max(100_000),
  registrationOpensAt: dateSchema,
  registrationClosesAt: dateSchema,
};
export const createForumSchema = z.object(forumFields);
export const updateForumSchema = z.object(forumFields).partial().extend({ id: idSchema });
export const listForumsSchema = z.object({
  when: z.enum(["upcoming", "past", "all"]).default("upcoming"),
  ...pageSchema,
});
export const forumIdSchema = z.object({ forumId: idSchema });
/** A code typed or scanned at one forum's own desk. */
export const checkInSchema = z.object({ forumId: idSchema, code: z.string().trim().min(4).max(40) });

export const createMatchSchema = z.object({ needId: idSchema, solutionId: idSchema, reason: optionalText(1000) });
export const decideMatchSchema = z.object({ id: idSchema, ...pairDecision });
export const suggestionsSchema = z.object({ id: idSchema, limit: z.number().int().min(1).max(50).default(10) });
export const decideSuggestionSchema = z.object({ needId: idSchema, solutionId: idSchema, ...pairDecision });
export const listMatchesSchema = z.object({
  needId: idSchema.optional(),
  solutionId: idSchema.optional(),
  statuses: z.array(z.enum(["SUGGESTED", "CONFIRMED", "DISMISSED"])).optional(),
  ...pageSchema,
});

export const createWorkshopSchema = z.object({
  title: text(200),
  needId: idSchema,
  scheduledAt: dateSchema,
  venue: optionalText(200),
  companyIds: z.array(idSchema).max(50).default([]),
  /** Also invite the companies of the need's confirmed matches. */
  inviteConfirmedMatches: z.boolean().default(false),
});
export const updateWorkshopSchema = z.object({
  id: idSchema,
  status: z.enum(["PLANNED", "HELD", "CANCELLED"]).optional(),
  outcome: optionalText(5000),
  invites: z
    .array(z.object({ organisationId: idSchema, status: z.enum(["INVITED", "ACCEPTED", "DECLINED", "ATTENDED"]) }))
    .max(50)
    .optional(),
});
export const listWorkshopsSchema = z.object({ needId: idSchema.optional(), ...pageSchema });

const pocStatus = z.enum(["PLANNED", "IN_PROGRESS", "COMPLETED", "ABANDONED"]);
export const startPocSchema = z.object({
  needId: idSchema,
  solutionId: idSchema,
  startDate: dateSchema,
  endDate: dateSchema.nullish(),
});
export const updatePocSchema = z.object({
  id: idSchema,
  status: pocStatus.optional(),
  findings: optionalText(10_000),
  feedbackToProvider: optionalText(10_000),
  endDate: dateSchema.nullish(),
});
export const listPocsSchema = z.object({
  status: pocStatus.optional(),
  governmentOrgId: idSchema.optional(),
  ...pageSchema,
});
export const recordAdoptionSchema = z.object({
  pocId: idSchema,
  adoptedOn: dateSchema,
  scale: text(200),
  notes: optionalText(5000),
});

export const topicSchema = z.object({ topic: topicKeySchema });
export const createAlertSchema = z.object({
  titleEn: text(200),
  titleZh: text(200),
  bodyEn: text(3000),
  bodyZh: text(3000),
  topics: z.array(topicKeySchema).min(1).max(20),
  critical: z.boolean().default(false),
});
export const audienceSchema = z.object({ topics: z.array(topicKeySchema).min(1).max(20) });

export const auditLogSchema = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  ...pageSchema,
});
export const eventsSchema = z.object({
  afterId: z.number().int().min(0).optional(),
  type: z.string().max(50).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});
