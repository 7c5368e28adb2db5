import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Actor, Context } from "./context";
import { DomainError, localizeError } from "./lib/errors";
import { type RoleGroup, roleInGroup } from "./roles";

export interface Meta {
  /** The role group allowed to call the procedure; absent on public procedures. */
  allow?: RoleGroup;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter: ({ shape, error }) => ({
      ...shape,
      data: { ...shape.data, reason: error instanceof DomainError ? error.key : undefined },
    }),
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Every error leaves in the caller's language, whether the caller is HTTP or `createCaller`. */
const localizeErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) throw localizeError(result.error, ctx.language);
  return result;
});

const guardRole = t.middleware(({ ctx, meta, next }) => {
  if (!ctx.actor) throw new DomainError("SIGN_IN_REQUIRED");
  if (meta?.allow && !roleInGroup(ctx.actor.role, meta.allow)) {
    throw new DomainError("ROLE_FORBIDDEN", { role: ctx.actor.role });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as Actor } });
});

/** Open to anyone, signed in or not. */
export const publicProcedure = t.procedure.use(localizeErrors);

/** Needs a signed-in actor in the role group named by `.meta({ allow })` (any member if absent). */
export const protectedProcedure = publicProcedure.use(guardRole);

/** A procedure for one role group. */
export function allow(group: RoleGroup) {
  return protectedProcedure.meta({ allow: group });
}

/** For the chat channels' own server-side calls (the bot, the local terminal), never for a web request. */
export const channelProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.source === "web") throw new DomainError("CHANNEL_ONLY");
  return next();
});
