import { signIn } from "../domain/auth";
import { signInSchema } from "../schemas/identity.schema";
import { publicProcedure } from "../trpc";

export const authRouter = {
  /** Staff and managers sign in to the dashboard; the token goes in an http-only cookie. */
  signIn: publicProcedure.input(signInSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
};
