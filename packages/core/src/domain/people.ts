import type { Channel, DigestMode } from "@innolab/db";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { found } from "../lib/guards";
import type { Language } from "../lib/language";

export interface ChatIdentityInput {
  channel: Channel;
  externalId: string;
  chatId?: string | null;
  conversationRef?: Record<string, unknown> | null;
  displayName: string;
  language: Language;
}

/**
 * Finds or creates the person behind a chat identity (a new person is a subscriber), refreshes
 * the chat's address, and clears a block: a user who writes again has come back.
 */
export async function upsertChatIdentity(ctx: Context, input: ChatIdentityInput) {
  // Most messages come from known, reachable chats: answer those without a write transaction.
  const known = await ctx.db.chatIdentity.findUnique({
    where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
    include: { person: true },
  });
  if (known && isUnchanged(known, input)) return known;
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.chatIdentity.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      include: { person: true },
    });
    const address = {
      chatId: input.chatId ?? null,
      ...(input.conversationRef ? { conversationRef: input.conversationRef as object } : {}),
      blocked: false,
      blockedAt: null,
    };
    if (existing) {
      if (isUnchanged(existing, input)) return existing;
      return tx.chatIdentity.update({ where: { id: existing.id }, data: address, include: { person: true } });
    }
    const person = await tx.person.create({
      data: { displayName: input.displayName, language: input.language, createdAt: ctx.now() },
    });
    const identity = await tx.chatIdentity.create({
      data: {
        personId: person.id,
        channel: input.channel,
        externalId: input.externalId,
        language: input.language,
        createdAt: ctx.now(),
        ...address,
      },
      include: { person: true },
    });
    await audit(tx, ctx, "create", "Person", person.id, { channel: input.channel });
    return identity;
  });
}

function isUnchanged(
  identity: { chatId: string | null; blocked: boolean; conversationRef: unknown },
  input: ChatIdentityInput,
): boolean {
  return (
    identity.chatId === (input.chatId ?? null) &&
    !identity.blocked &&
    (!input.conversationRef || JSON.stringify(identity.conversationRef) === JSON.stringify(input.conversationRef))
  );
}

/**
 * A chat user blocked the bot (Telegram's my_chat_member "kicked", or a 403 on sending) or came
 * back: alerts stop, or resume. Unknown chats are ignored.
 */
export async function setChatReachable(
  ctx: Context,
  input: { channel: Channel; externalId: string; reachable: boolean },
) {
  const { count } = await ctx.db.chatIdentity.updateMany({
    where: { channel: input.channel, externalId: input.externalId },
    data: input.reachable ? { blocked: false, blockedAt: null } : { blocked: true, blockedAt: ctx.now() },
  });
  return { updated: count > 0 };
}

export async function getMe(ctx: Context) {
  const personId = ctx.actor!.personId;
  return found(
    await ctx.db.person.findUnique({
      where: { id: personId },
      include: { organisation: true, identities: true, subscriptions: { orderBy: { topicKey: "asc" } } },
    }),
    "person",
    personId,
  );
}

export interface Preferences {
  language?: Language;
  digestMode?: DigestMode;
  quietHours?: { startMin: number; endMin: number } | null;
}

export function updatePreferences(ctx: Context, prefs: Preferences) {
  const personId = ctx.actor!.personId;
  return ctx.db.$transaction(async (tx) => {
    const person = await tx.person.update({
      where: { id: personId },
      data: {
        ...(prefs.language ? { language: prefs.language } : {}),
        ...(prefs.digestMode ? { digestMode: prefs.digestMode } : {}),
        ...(prefs.quietHours !== undefined
          ? { quietStartMin: prefs.quietHours?.startMin ?? null, quietEndMin: prefs.quietHours?.endMin ?? null }
          : {}),
      },
    });
    if (prefs.language) await tx.chatIdentity.updateMany({ where: { personId }, data: { language: prefs.language } });
    await audit(tx, ctx, "update", "Person", personId, { ...prefs });
    return person;
  });
}

export function listPeople(ctx: Context, filter: { organisationId?: number; page: number; pageSize: number }) {
  return ctx.db.person.findMany({
    where: filter.organisationId ? { organisationId: filter.organisationId } : {},
    select: { id: true, displayName: true, role: true, organisationId: true, language: true, createdAt: true },
    orderBy: { id: "asc" },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
}
