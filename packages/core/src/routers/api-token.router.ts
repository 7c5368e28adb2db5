import { createApiToken, listApiTokens, revokeApiToken } from "../domain/auth/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "../schemas/api-token.schema";
import { allow } from "../trpc";

/** Lab staff issue API tokens for other teams' tools, see them (never the token again) and revoke them (audited). */
export const apiTokenRouter = {
  list: allow("staff").query(({ ctx }) => listApiTokens(ctx.db)),
  create: allow("staff")
    .input(createApiTokenSchema)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, input, ctx.now(), ctx)),
  revoke: allow("staff")
    .input(revokeApiTokenSchema)
    .mutation(async ({ ctx, input }) => {
      await revokeApiToken(ctx.db, input.id, ctx.now(), ctx);
      return { id: input.id };
    }),
};
