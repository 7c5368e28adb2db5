/**
 * @innolab/core — the lab's domain services and typed API.
 *
 *   import { createCaller, createContext, loadActor } from "@innolab/core";
 *   const api = createCaller(createContext({ db, source: "cli", actor: await loadActor(db, 1) }));
 *   const { items } = await api.need.search({ text: "signboard" });
 */

export {
  type Actor,
  type Context,
  type CreateContextOptions,
  createContext,
  loadActor,
  REQUEST_SOURCES,
  type RequestSource,
} from "./context";
export * as auth from "./domain/auth";
export { describeHours, isoWeekday, openDaysOf } from "./domain/collaboration/hours";
export { prune, pruneOncePerPeriod, RETENTION_DAYS } from "./domain/housekeeping";
export * as kpi from "./domain/kpi";
export * as matching from "./domain/matching";
export * as push from "./domain/push";
export type { SubmissionView } from "./domain/submissions";
export { TOPIC_KINDS, techAreaTopic } from "./domain/subscriptions";
export { hongKongDay, hongKongTime } from "./lib/clock";
export { normaliseCode } from "./lib/codes";
export { DomainError, localizeError } from "./lib/errors";
export { EVENT_TYPES, type EventType, eventsRecorded } from "./lib/events";
export { Health, type HealthCheck } from "./lib/health";
export { shapeProblem } from "./lib/input-guard";
export { LANGUAGES, type Language, languageFromTag } from "./lib/language";
export { describeError, type LogContext, log, logError, logInfo, redact, withLogContext } from "./lib/log";
export { type ErrorKey, errorMessages } from "./lib/messages";
export { metrics, watchDeliveries } from "./lib/metrics";
export { localNotice, type Notice, redisNotice } from "./lib/notice";
export { sameSecret } from "./lib/secrets";
export { type RoleGroup, roleGroups, roleInGroup } from "./roles";
export { type AppRouter, appRouter, createCaller } from "./root";
export { MAX_TECH_AREAS } from "./schemas/submission.schema";
export type { Meta } from "./trpc";
