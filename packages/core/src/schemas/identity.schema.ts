import { z } from "zod";
import { languageSchema } from "../lib/language";
import { text } from "./common.schema";

export const chatIdentitySchema = z.object({
  channel: z.enum(["TELEGRAM", "TEAMS", "TERMINAL"]),
  externalId: text(200),
  chatId: z.string().max(200).nullish(),
  conversationRef: z.record(z.string(), z.unknown()).nullish(),
  displayName: text(200),
  language: languageSchema.default("en"),
});

const minuteOfDay = z.number().int().min(0).max(1439);
export const preferencesSchema = z.object({
  language: languageSchema.optional(),
  digestMode: z.enum(["REALTIME", "DAILY"]).optional(),
  quietHours: z.object({ startMin: minuteOfDay, endMin: minuteOfDay }).nullish(),
});

export const chatReachableSchema = z.object({
  channel: z.enum(["TELEGRAM", "TEAMS", "TERMINAL"]),
  externalId: text(200),
  reachable: z.boolean(),
});

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
  password: z.string().min(1).max(200),
});
