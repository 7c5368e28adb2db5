import type { Context } from "../context";
import { DomainError } from "./errors";

/** Loads a row or fails with a NOT_FOUND the user can read. */
export function found<T>(row: T | null | undefined, entity: string, id: number | string): T {
  if (row === null || row === undefined) throw new DomainError("NOT_FOUND", { entity, id });
  return row;
}

export function requireOrganisation(ctx: Context): number {
  const organisationId = ctx.actor?.organisationId;
  if (!organisationId) throw new DomainError("NO_ORGANISATION");
  return organisationId;
}

export function assertOrder(earlier: Date, later: Date, names: { earlier: string; later: string }) {
  if (later.getTime() <= earlier.getTime()) throw new DomainError("DATES_OUT_OF_ORDER", names);
}
