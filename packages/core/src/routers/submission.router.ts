import { z } from "zod";
import { needJourney } from "../domain/journey";
import {
  closeSubmission,
  createSubmission,
  getSubmission,
  reviewSubmission,
  type SubmissionKind,
  searchSubmissions,
  submitForReview,
  updateSubmission,
  withdrawSubmission,
} from "../domain/submissions";
import { idSchema } from "../schemas/common.schema";
import {
  createSubmissionSchema,
  mySubmissionsSchema,
  reviewSubmissionSchema,
  searchSubmissionsSchema,
  updateSubmissionSchema,
} from "../schemas/submission.schema";
import { allow, publicProcedure } from "../trpc";

const byId = z.object({ id: idSchema });

/** Needs and solutions have the same procedures; only who may submit differs. */
export function submissionRouter(kind: SubmissionKind) {
  const submitter = allow(kind === "need" ? "officer" : "vendor");
  return {
    search: publicProcedure
      .input(searchSubmissionsSchema)
      .query(({ ctx, input }) => searchSubmissions(ctx, kind, input)),
    get: publicProcedure.input(byId).query(({ ctx, input }) => getSubmission(ctx, kind, input.id)),
    mine: submitter
      .input(mySubmissionsSchema)
      .query(({ ctx, input }) => searchSubmissions(ctx, kind, { ...input, mine: true })),
    create: submitter.input(createSubmissionSchema).mutation(({ ctx, input }) => createSubmission(ctx, kind, input)),
    update: submitter.input(updateSubmissionSchema).mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateSubmission(ctx, kind, id, changes);
    }),
    submit: submitter.input(byId).mutation(({ ctx, input }) => submitForReview(ctx, kind, input.id)),
    withdraw: submitter.input(byId).mutation(({ ctx, input }) => withdrawSubmission(ctx, kind, input.id)),
    review: allow("staff")
      .input(reviewSubmissionSchema)
      .mutation(({ ctx, input }) => reviewSubmission(ctx, kind, input)),
    close: allow("staff")
      .input(byId)
      .mutation(({ ctx, input }) => closeSubmission(ctx, kind, input.id)),
  };
}

export const needRouter = {
  ...submissionRouter("need"),
  /** How far a need has come (published → matched → workshop → PoC → adopted), for everyone who may see it. */
  journey: publicProcedure.input(byId).query(({ ctx, input }) => needJourney(ctx, input.id)),
};

export const solutionRouter = submissionRouter("solution");
