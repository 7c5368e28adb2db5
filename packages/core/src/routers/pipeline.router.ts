import { z } from "zod";
import { createMatch, decideMatch, listMatches } from "../domain/matches";
import { decidePairs, decideSuggestion } from "../domain/matching/decide-pairs";
import { matchingDesk } from "../domain/matching/desk";
import { decideProposal, propose } from "../domain/matching/proposals";
import { suggest } from "../domain/matching/suggestions";
import { getPoc, listAdoptions, listPocs, recordAdoption, startPoc, updatePoc } from "../domain/pocs";
import {
  createMatchSchema,
  decideMatchSchema,
  decideSuggestionSchema,
  listMatchesSchema,
  listPocsSchema,
  recordAdoptionSchema,
  startPocSchema,
  suggestionsSchema,
  updatePocSchema,
} from "../schemas/admin.schema";
import { idSchema, pageSchema } from "../schemas/common.schema";
import { decidePairsSchema, matchingDeskSchema } from "../schemas/matching-desk.schema";
import { decideProposalSchema, proposeSchema } from "../schemas/proposal.schema";
import { allow, protectedProcedure } from "../trpc";

export const matchRouter = {
  /** Staff and managers see all; officers and vendors see their organisation's. */
  list: protectedProcedure.input(listMatchesSchema).query(({ ctx, input }) => listMatches(ctx, input)),
  create: allow("staff")
    .input(createMatchSchema)
    .mutation(({ ctx, input }) => createMatch(ctx, input)),
  decide: allow("staff")
    .input(decideMatchSchema)
    .mutation(({ ctx, input }) => decideMatch(ctx, input)),
  /** Ranked published solutions for a need (its organisation, staff and managers). */
  suggestionsForNeed: protectedProcedure
    .input(suggestionsSchema)
    .query(({ ctx, input }) => suggest(ctx, "need", input)),
  /** Ranked open needs for a solution (its company, staff and managers). */
  suggestionsForSolution: protectedProcedure
    .input(suggestionsSchema)
    .query(({ ctx, input }) => suggest(ctx, "solution", input)),
  decideSuggestion: allow("staff")
    .input(decideSuggestionSchema)
    .mutation(({ ctx, input }) => decideSuggestion(ctx, input)),
  /** A vendor proposes its company's solution for a published need. */
  propose: allow("vendor")
    .input(proposeSchema)
    .mutation(({ ctx, input }) => propose(ctx, input)),
  /** The need's officers (or staff) shortlist or decline a proposal or suggestion. */
  decideProposal: protectedProcedure
    .input(decideProposalSchema)
    .mutation(({ ctx, input }) => decideProposal(ctx, input)),
  /** The matching desk: needs with suggestions and proposals waiting for a decision. */
  desk: allow("staff")
    .input(matchingDeskSchema)
    .query(({ ctx, input }) => matchingDesk(ctx, input)),
  /** Staff confirm or dismiss several pairs of one need at once (all or nothing). */
  decidePairs: allow("staff")
    .input(decidePairsSchema)
    .mutation(({ ctx, input }) => decidePairs(ctx, input)),
};

export const pocRouter = {
  list: allow("oversight")
    .input(listPocsSchema)
    .query(({ ctx, input }) => listPocs(ctx, input)),
  get: allow("oversight")
    .input(z.object({ id: idSchema }))
    .query(({ ctx, input }) => getPoc(ctx, input.id)),
  start: allow("staff")
    .input(startPocSchema)
    .mutation(({ ctx, input }) => startPoc(ctx, input)),
  update: allow("staff")
    .input(updatePocSchema)
    .mutation(({ ctx, input }) => updatePoc(ctx, input)),
};

export const adoptionRouter = {
  list: allow("oversight")
    .input(z.object(pageSchema))
    .query(({ ctx, input }) => listAdoptions(ctx, input)),
  record: allow("staff")
    .input(recordAdoptionSchema)
    .mutation(({ ctx, input }) => recordAdoption(ctx, input)),
};
