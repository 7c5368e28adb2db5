import { z } from "zod";
import { idSchema, optionalText, pageSchema } from "./common.schema";
import { MAX_PITCH } from "./proposal.schema";

/** At most this many pairs are decided in one go (one page of the desk). */
export const MAX_PAIRS_PER_DECISION = 50;

/** The desk's list: published needs with pairs waiting for a decision. */
export const matchingDeskSchema = z.object(pageSchema);

/** Staff's decision on a pair, however the pair is named (the desk, a match id, a suggestion). */
export const pairDecision = {
  decision: z.enum(["CONFIRM", "DISMISS"]),
  /** Told to the companies whose proposals are dismissed (required when any is a proposal). */
  reason: optionalText(MAX_PITCH),
};

/** Staff confirm or dismiss several pairs of one need at once; all or nothing. */
export const decidePairsSchema = z.object({
  needId: idSchema,
  solutionIds: z
    .array(idSchema)
    .min(1)
    .max(MAX_PAIRS_PER_DECISION)
    .refine((ids) => new Set(ids).size === ids.length, "each solution once"),
  ...pairDecision,
});
