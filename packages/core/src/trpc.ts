import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Actor, Context } from "./context";
import { DomainError, localizeError } from "./lib/errors";
import { eventsRecorded } from "./lib/events";
import { shapeProblem } from "./lib/input-guard";
import { logError, withLogContext } from "./lib/log";
import { metrics } from "./lib/metrics";
import { type RoleGroup, roleInGroup } from "./roles";

export interface Meta {
  /** The role group allowed to call the procedure; absent on public procedures. */
  allow?: RoleGroup;
  /** For the chat channels' own calls only (see `channelProcedure`). */
  channelOnly?: true;
}

// superjson rebuilds values along paths in its `meta`; a crafted one can recurse without end.
const WIRE_LIMITS = { depth: 40, items: 10_000, stringLength: 1_000_000, nodes: 100_000 };

/** superjson, refusing input it could not read safely (a 400, not a stack overflow). */
const transformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (value: unknown) => {
      const problem = shapeProblem(value, WIRE_LIMITS);
      if (problem)
        throw new TRPCError({ code: "BAD_REQUEST", message: `The request could not be read: ${problem.en}` });
      try {
        return superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]);
      } catch {
        throw new TRPCError({ code: "BAD_REQUEST", message: "The request could not be read." });
      }
    },
  },
  output: superjson,
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    // No stack traces or server paths in answers, in development or production.
    isDev: false,
    errorFormatter: ({ shape, error }) => {
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, data: { ...data, reason: error instanceof DomainError ? error.key : undefined } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Every error leaves in the caller's language, whether the caller is HTTP or `createCaller`;
 * one that is not the caller's doing is logged here, once, and told as such.
 */
const localizeErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  const localized = localizeError(result.error, ctx.language);
  if (localized.code === "INTERNAL_SERVER_ERROR") logError("core", `${path} failed`, localized.cause);
  throw localized;
});

/** Every call counted and timed, by procedure and outcome (see lib/metrics.ts). */
const measure = t.middleware(async ({ ctx, path, next }) => {
  const stop = metrics.procedureSeconds.startTimer({ procedure: path });
  // Log lines written while it runs name the procedure and where the call came from.
  const result = await withLogContext({ procedure: path, source: ctx.source }, next);
  stop();
  metrics.procedureCalls.inc({ procedure: path, source: ctx.source, outcome: result.ok ? "ok" : result.error.code });
  return result;
});

/**
 * A call that committed domain events tells the bots' fan-out at once (else it finds them at its
 * next poll): an alert reaches its first reader within milliseconds of the change.
 */
const announceEvents = t.middleware(async ({ ctx, next }) => {
  const before = ctx.outbox.recorded;
  const result = await next();
  if (result.ok && ctx.outbox.recorded > before) eventsRecorded().notify();
  return result;
});

/** Input the schemas should never see: too deep, too large, or text no database can store. */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  const problem = shapeProblem(await getRawInput());
  if (problem) throw new DomainError("MALFORMED_REQUEST", { details: problem.en, detailsZh: problem.zh });
  return next();
});

const guardRole = t.middleware(({ ctx, meta, next }) => {
  if (!ctx.actor) throw new DomainError("SIGN_IN_REQUIRED");
  if (meta?.allow && !roleInGroup(ctx.actor.role, meta.allow)) {
    throw new DomainError("ROLE_FORBIDDEN", { role: ctx.actor.role });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as Actor } });
});

/** Open to anyone, signed in or not. */
export const publicProcedure = t.procedure.use(measure).use(localizeErrors).use(announceEvents).use(guardInput);

/** Needs a signed-in actor in the role group named by `.meta({ allow })` (any member by default). */
export const protectedProcedure = publicProcedure.use(guardRole).meta({ allow: "member" });

/** A procedure for one role group. */
export function allow(group: RoleGroup) {
  return protectedProcedure.meta({ allow: group });
}

/** For the chat channels' own server-side calls (the bot, the local terminal), never for a web request. */
export const channelProcedure = publicProcedure.meta({ channelOnly: true }).use(({ ctx, next }) => {
  if (ctx.source === "web") throw new DomainError("CHANNEL_ONLY");
  return next();
});
