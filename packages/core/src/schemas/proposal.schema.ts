import { z } from "zod";
import { idSchema, optionalText } from "./common.schema";

export const MAX_PITCH = 500;

/** A vendor answers a published need with one of its company's published solutions. */
export const proposeSchema = z.object({
  needId: idSchema,
  solutionId: idSchema,
  pitch: optionalText(MAX_PITCH),
});

/** The need's officers shortlist a proposal or suggestion, or decline it with a reason the vendor is told. */
export const decideProposalSchema = z.discriminatedUnion("decision", [
  z.object({ needId: idSchema, solutionId: idSchema, decision: z.literal("SHORTLIST") }),
  z.object({
    needId: idSchema,
    solutionId: idSchema,
    decision: z.literal("DECLINE"),
    reason: z.string().trim().min(1).max(MAX_PITCH),
  }),
]);
