import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@innolab/db";
import type { Actor, Context } from "../../context";
import { audit } from "../../lib/audit";
import { DomainError } from "../../lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { assertSignInAllowed, recordFailedSignIn, recordSignedIn } from "./throttle";

/** How long a dashboard sign-in lasts. */
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const decoyHash = hashPassword("decoy");

/**
 * Signs a staff member or manager in with email and password. Returns the session token for
 * the cookie (only its hash is stored). Unknown email and wrong password get the same answer.
 */
export async function signIn(ctx: Context, input: { email: string; password: string }) {
  const email = input.email.trim().toLowerCase();
  await assertSignInAllowed(email, ctx.clientAddress);
  const person = await ctx.db.person.findUnique({
    where: { email },
    select: { id: true, displayName: true, role: true, language: true, passwordHash: true },
  });
  const valid = await verifyPassword(input.password, person?.passwordHash ?? (await decoyHash));
  if (!person?.passwordHash || !valid) {
    await recordFailedSignIn(email, ctx.clientAddress);
    await ctx.db.$transaction((tx) =>
      audit(tx, ctx, "sign-in-failed", "Person", person?.id ?? email, { address: ctx.clientAddress ?? null }),
    );
    throw new DomainError("INVALID_CREDENTIALS");
  }
  await recordSignedIn(email);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.now().getTime() + SESSION_HOURS * 3_600_000);
  await ctx.db.$transaction(async (tx) => {
    await tx.webSession.create({ data: { tokenHash: hashToken(token), personId: person.id, expiresAt } });
    await audit(
      tx,
      { ...ctx, actor: { personId: person.id, role: person.role, organisationId: null } },
      "sign-in",
      "Person",
      person.id,
    );
  });
  const { passwordHash: _, ...who } = person;
  return { token, expiresAt, person: who };
}

/** The actor a session cookie stands for, or null if it is unknown or expired. */
export async function actorForSession(db: Db, token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!token) return null;
  const session = await db.webSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, person: { select: { id: true, role: true, organisationId: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  return { personId: session.person.id, role: session.person.role, organisationId: session.person.organisationId };
}

export async function signOut(db: Db, token: string | undefined) {
  if (token) await db.webSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Sets a person's dashboard password (by email) and ends their other sessions. */
export async function setPassword(db: Db, email: string, password: string) {
  if (password.length < 10) throw new DomainError("PASSWORD_TOO_SHORT", { min: 10 });
  const passwordHash = await hashPassword(password);
  const person = await db.person.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!person) throw new DomainError("NOT_FOUND", { entity: "person", id: email });
  await db.$transaction([
    db.person.update({ where: { id: person.id }, data: { passwordHash } }),
    db.webSession.deleteMany({ where: { personId: person.id } }),
  ]);
}
