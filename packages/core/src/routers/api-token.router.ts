import { createApiToken, listApiTokens, revokeApiToken } from "../domain/auth/api-tokens";
import { audit } from "../lib/audit";
import { createApiTokenSchema, revokeApiTokenSchema } from "../schemas/api-token.schema";
import { allow } from "../trpc";

/** Lab staff issue API tokens for other teams' tools, see them (never the token again) and revoke them. */
export const apiTokenRouter = {
  list: allow("staff").query(({ ctx }) => listApiTokens(ctx.db)),
  create: allow("staff")
    .input(createApiTokenSchema)
    .mutation(async ({ ctx, input }) => {
      const created = await createApiToken(ctx.db, input, ctx.now());
      await audit(ctx.db, ctx, "create", "ApiToken", created.id, { name: input.name, role: created.role });
      return created;
    }),
  revoke: allow("staff")
    .input(revokeApiTokenSchema)
    .mutation(async ({ ctx, input }) => {
      await revokeApiToken(ctx.db, input.id, ctx.now());
      await audit(ctx.db, ctx, "revoke", "ApiToken", input.id);
      return { id: input.id };
    }),
};
