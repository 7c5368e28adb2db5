/**
 * @innolab/core — the lab's domain services and typed API.
 *
 *   import { createCaller, createContext, loadActor } from "@innolab/core";
 *   const api = createCaller(createContext({ db, source: "cli", actor: await loadActor(db, 1) }));
 *   const { items } = await api.need.search({ text: "signboard" });
 */
export { type AppRouter, appRouter, createCaller } from "./root";
export { type Actor, type Context, createContext, type CreateContextOptions, loadActor, REQUEST_SOURCES, type RequestSource } from "./context";
export { type Meta } from "./trpc";
export { roleGroups, type RoleGroup, roleInGroup } from "./roles";
export { DomainError, localizeError } from "./lib/errors";
export { errorMessages, type ErrorKey } from "./lib/messages";
export { EVENT_TYPES, type EventType } from "./lib/events";
export { LANGUAGES, type Language, languageFromTag } from "./lib/language";
export { normaliseCode } from "./lib/codes";
export * as kpi from "./domain/kpi";
export { TOPIC_KINDS, techAreaTopic } from "./domain/subscriptions";
export type { SubmissionView } from "./domain/submissions";
