import type { Tx } from "@innolab/db";
import type { Context } from "../context";

/** Writes who changed what, in the caller's transaction. */
export async function audit(
  tx: Tx,
  ctx: Pick<Context, "actor" | "source" | "now">,
  action: string,
  entity: string,
  entityId: number | string,
  changes?: Record<string, unknown>,
) {
  await tx.auditLog.create({
    data: {
      actorId: ctx.actor?.personId ?? null,
      source: ctx.source,
      action,
      entity,
      entityId: String(entityId),
      changes: changes === undefined ? undefined : (JSON.parse(JSON.stringify(changes)) as object),
      at: ctx.now(),
    },
  });
}
