import type { Db, Role } from "@innolab/db";
import type { Language } from "./lib/language";

/** Where a request came from; recorded with every event and audit entry. */
export const REQUEST_SOURCES = ["telegram", "teams", "web", "cli"] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** The person acting, as the core sees them. */
export interface Actor {
  personId: number;
  role: Role;
  organisationId: number | null;
}

export interface Context {
  db: Db;
  actor: Actor | null;
  source: RequestSource;
  language: Language;
  /** The current time; tests pass a fixed clock. */
  now: () => Date;
  /** The network address of an HTTP caller (sign-in throttling), when known. */
  clientAddress?: string;
  /** Domain events this call recorded (announced to the fan-out once the call succeeds). */
  outbox: { recorded: number };
}

export interface CreateContextOptions {
  db: Db;
  source: RequestSource;
  actor?: Actor | null;
  language?: Language;
  now?: () => Date;
  clientAddress?: string;
}

export function createContext(options: CreateContextOptions): Context {
  return {
    clientAddress: options.clientAddress,
    db: options.db,
    source: options.source,
    actor: options.actor ?? null,
    language: options.language ?? "en",
    now: options.now ?? (() => new Date()),
    outbox: { recorded: 0 },
  };
}

/** Loads a person as an actor (null if they do not exist). */
export async function loadActor(db: Db, personId: number): Promise<Actor | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { id: true, role: true, organisationId: true },
  });
  return person ? { personId: person.id, role: person.role, organisationId: person.organisationId } : null;
}
