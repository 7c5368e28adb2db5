import type { Db } from "@innolab/db";
import { type Actor, createContext } from "../context";
import { createCaller } from "../root";

/**
 * The CLI acts as an administrator: the one with `email`, else the first admin, else a new
 * "Operator (CLI)" admin (a fresh database has none).
 */
export async function operatorCaller(db: Db, email?: string) {
  const person =
    (email ? await db.person.findUnique({ where: { email } }) : null) ??
    (await db.person.findFirst({ where: { role: "ADMIN" }, orderBy: { id: "asc" } })) ??
    (await db.person.create({ data: { displayName: "Operator (CLI)", role: "ADMIN" } }));
  if (email && person.email !== email) throw new Error(`No person with email ${email}`);
  const actor: Actor = { personId: person.id, role: person.role, organisationId: person.organisationId };
  return createCaller(createContext({ db, source: "cli", actor }));
}
