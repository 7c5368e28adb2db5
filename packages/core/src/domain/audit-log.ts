import type { Context } from "../context";

export function listAuditLog(
  ctx: Context,
  filter: { entity?: string; entityId?: string; page: number; pageSize: number },
) {
  return ctx.db.auditLog.findMany({
    where: {
      ...(filter.entity ? { entity: filter.entity } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
    },
    orderBy: { id: "desc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}

export function listEvents(ctx: Context, filter: { afterId?: number; type?: string; limit: number }) {
  return ctx.db.domainEvent.findMany({
    where: { ...(filter.afterId ? { id: { gt: filter.afterId } } : {}), ...(filter.type ? { type: filter.type } : {}) },
    orderBy: { id: "asc" },
    take: filter.limit,
  });
}
