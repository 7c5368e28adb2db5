import { createHash, randomBytes } from "node:crypto";
import type { Db, Role } from "@innolab/db";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { Actor, Context } from "../../context";
import { coreEnv } from "../../env";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { sharedLimiter } from "../../lib/shared-limiter";

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
/** Tokens start with this, so that one found in a log or a repository is recognisable. */
const PREFIX = "ilab_";
/** How often a token's last use is written (not on every request). */
const LAST_USED_EVERY_MS = 3_600_000;

/**
 * The roles a token may act with, by its person's role: their own, or less (a lab administrator's
 * tool may be limited to reading the KPIs as management does, or to what the public sees).
 */
export const TOKEN_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  ADMIN: ["ADMIN", "MANAGER", "SUBSCRIBER"],
  MANAGER: ["MANAGER", "SUBSCRIBER"],
  OFFICER: ["OFFICER", "SUBSCRIBER"],
  VENDOR: ["VENDOR", "SUBSCRIBER"],
  SUBSCRIBER: ["SUBSCRIBER"],
};

export interface ApiTokenInput {
  email: string;
  name: string;
  days: number;
  /** The role the token acts with (default: its person's), within TOKEN_ROLES. */
  role?: Role;
}

/** Who issues or revokes a token from the dashboard: recorded in the audit log with the change. */
type Issuer = Pick<Context, "actor" | "source" | "now">;

/**
 * An API token for another team's tool, acting as the person of `email` within `role`. The
 * token is shown once; only its hash is kept.
 */
export async function createApiToken(db: Db, input: ApiTokenInput, now = new Date(), issuer?: Issuer) {
  const person = await db.person.findUnique({ where: { email: input.email.trim().toLowerCase() } });
  if (!person) throw new DomainError("NOT_FOUND", { entity: "person", id: input.email });
  const role = input.role ?? person.role;
  if (!TOKEN_ROLES[person.role].includes(role))
    throw new DomainError("TOKEN_ROLE_TOO_HIGH", { role, personRole: person.role });
  const token = PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { tokenHash: hashToken(token), personId: person.id, name: input.name, createdAt: now, expiresAt, role },
    });
    if (issuer) await audit(tx, issuer, "create", "ApiToken", created.id, { name: input.name, role });
    return created;
  });
  return { id: row.id, token, expiresAt, role, person: { id: person.id, role: person.role } };
}

/** Every token (never the token itself): who it acts as, within which role, until when, last used. */
export function listApiTokens(db: Db) {
  return db.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      person: { select: { id: true, displayName: true, email: true, role: true } },
    },
    take: 500,
  });
}

export async function revokeApiToken(db: Db, id: number, now = new Date(), issuer?: Issuer) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) throw new DomainError("NOT_FOUND", { entity: "API token", id });
    if (issuer) await audit(tx, issuer, "revoke", "ApiToken", id);
  });
}

/**
 * Each token's requests per minute: counted once across every API process in Redis when
 * REDIS_URL is set, else per process (see sharedLimiter).
 */
const tokenLimiter = () =>
  sharedLimiter({ keyPrefix: "innolab:api-token", points: coreEnv.API_TOKEN_REQUESTS_PER_MINUTE, duration: 60 });
let perToken: RateLimiterAbstract | undefined;

/** Counts a request against its token's limit; over it, refused with the wait in seconds. */
async function countRequest(tokenHash: string) {
  perToken ??= tokenLimiter();
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
      role: true,
      person: { select: { id: true, role: true, organisationId: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  await countRequest(tokenHash);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  // Acts within its role while its person still holds a role that allows it (not after a demotion).
  const role = row.role ?? row.person.role;
  if (!TOKEN_ROLES[row.person.role].includes(role)) return null;
  return { personId: row.person.id, role, organisationId: row.person.organisationId };
}
