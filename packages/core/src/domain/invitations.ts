import type { Role } from "@innolab/db";
import { addDays } from "date-fns";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { normaliseCode, randomCode } from "../lib/codes";
import { DomainError } from "../lib/errors";
import { recordEvent } from "../lib/events";
import { found } from "../lib/guards";

const kindForRole: Partial<Record<Role, "GOVERNMENT" | "COMPANY">> = { OFFICER: "GOVERNMENT", VENDOR: "COMPANY" };

export async function createInvitation(
  ctx: Context,
  input: { role: Role; organisationId?: number | null; validDays: number },
) {
  const expectedKind = kindForRole[input.role];
  if (expectedKind && !input.organisationId) throw new DomainError("INVITATION_ORG_REQUIRED");
  return ctx.db.$transaction(async (tx) => {
    if (input.organisationId) {
      const org = found(
        await tx.organisation.findUnique({ where: { id: input.organisationId } }),
        "organisation",
        input.organisationId,
      );
      if (expectedKind && org.kind !== expectedKind)
        throw new DomainError("WRONG_ORGANISATION_KIND", { expected: expectedKind });
    }
    const now = ctx.now();
    const invitation = await tx.invitation.create({
      data: {
        code: randomCode(),
        role: input.role,
        organisationId: input.organisationId ?? null,
        createdById: ctx.actor?.personId ?? null,
        createdAt: now,
        expiresAt: addDays(now, input.validDays),
      },
      include: { organisation: true },
    });
    await audit(tx, ctx, "create", "Invitation", invitation.id, {
      role: input.role,
      organisationId: input.organisationId,
    });
    return invitation;
  });
}

export function listInvitations(ctx: Context, filter: { onlyOpen: boolean }) {
  return ctx.db.invitation.findMany({
    where: filter.onlyOpen ? { usedAt: null, revokedAt: null, expiresAt: { gt: ctx.now() } } : {},
    include: { organisation: true },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
}

export function revokeInvitation(ctx: Context, code: string) {
  return ctx.db.$transaction(async (tx) => {
    const invitation = found(
      await tx.invitation.findUnique({ where: { code: normaliseCode(code) } }),
      "invitation",
      code,
    );
    if (invitation.usedAt) throw new DomainError("INVITATION_USED");
    const revoked = await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: ctx.now() } });
    await audit(tx, ctx, "revoke", "Invitation", invitation.id);
    return revoked;
  });
}

/** Grants the invitation's role and organisation to the actor; a code works once. */
export function redeemInvitation(ctx: Context, code: string) {
  const personId = ctx.actor!.personId;
  return ctx.db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { code: normaliseCode(code) } });
    if (!invitation) throw new DomainError("INVITATION_UNKNOWN");
    if (invitation.revokedAt) throw new DomainError("INVITATION_REVOKED");
    if (invitation.usedAt) throw new DomainError("INVITATION_USED");
    if (invitation.expiresAt <= ctx.now()) throw new DomainError("INVITATION_EXPIRED");
    // Conditional update: of two people redeeming one code at once, one wins.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: ctx.now(), usedById: personId },
    });
    if (count === 0) throw new DomainError("INVITATION_USED");
    const person = await tx.person.update({
      where: { id: personId },
      data: { role: invitation.role, organisationId: invitation.organisationId },
      include: { organisation: true },
    });
    await audit(tx, ctx, "redeem", "Invitation", invitation.id, {
      role: invitation.role,
      organisationId: invitation.organisationId,
    });
    await recordEvent(tx, ctx, "invitation.redeemed", {
      personId,
      role: invitation.role,
      organisationId: invitation.organisationId,
    });
    return person;
  });
}
