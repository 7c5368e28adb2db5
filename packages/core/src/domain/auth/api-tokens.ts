import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@innolab/db";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Actor } from "../../context";
import { coreEnv } from "../../env";
import { DomainError } from "../../lib/errors";

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
/** Tokens start with this, so that one found in a log or a repository is recognisable. */
const PREFIX = "ilab_";
/** How often a token's last use is written (not on every request). */
const LAST_USED_EVERY_MS = 3_600_000;

/**
 * An API token for another team's tool, acting as the person of `email` (their role and
 * organisation decide what it may do). The token is shown once; only its hash is kept.
 */
export async function createApiToken(db: Db, input: { email: string; name: string; days: number }, now = new Date()) {
  const person = await db.person.findUnique({ where: { email: input.email.trim().toLowerCase() } });
  if (!person) throw new DomainError("NOT_FOUND", { entity: "person", id: input.email });
  const token = PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  const row = await db.apiToken.create({
    data: { tokenHash: hashToken(token), personId: person.id, name: input.name, createdAt: now, expiresAt },
  });
  return { id: row.id, token, expiresAt, person: { id: person.id, role: person.role } };
}

export async function revokeApiToken(db: Db, id: number, now = new Date()) {
  const { count } = await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new DomainError("NOT_FOUND", { entity: "API token", id });
}

/** Each token's requests per minute; counted per API process. */
const perToken = new RateLimiterMemory({ keyPrefix: "api-token", points: coreEnv.API_TOKEN_REQUESTS_PER_MINUTE, duration: 60 });

/** Counts a request against its token's limit; over it, refused with the wait in seconds. */
async function countRequest(tokenHash: string) {
  try {
    await perToken.consume(tokenHash);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw new DomainError("API_TOKEN_RATE_LIMITED", { seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) });
  }
}

/**
 * The actor an API token stands for, or null if it is unknown, revoked or expired. A token over
 * its requests per minute is refused (429).
 */
export async function actorForApiToken(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(PREFIX)) return null;
  const tokenHash = hashToken(token);
  const row = await db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      person: { select: { id: true, role: true, organisationId: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  await countRequest(tokenHash);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { personId: row.person.id, role: row.person.role, organisationId: row.person.organisationId };
}
