import { type Channel, type Db, type DigestMode, jsonColumn, Prisma, quickQuery, type Role } from "@innolab/db";
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

/** A chat identity and the person behind it: what a chat channel needs for each message. */
export interface ChatUserRecord {
  id: number;
  personId: number;
  chatId: string | null;
  conversationRef: unknown;
  blocked: boolean;
  person: { id: number; role: Role; organisationId: number | null; language: string; displayName: string };
}

interface ChatUserRow {
  id: number | bigint;
  personId: number | bigint;
  chatId: string | null;
  conversationRef: unknown;
  blocked: boolean | number;
  role: Role;
  organisationId: number | bigint | null;
  language: string;
  displayName: string;
}

/**
 * The chat user with one indexed join, in SQL run by `quickQuery`: it runs for every message a
 * bot receives, and the ORM's identity-then-person lookup cost three times as much.
 */
async function findChatUser(db: Db, channel: Channel, externalId: string): Promise<ChatUserRecord | undefined> {
  const [row] = await quickQuery<ChatUserRow>(
    db,
    Prisma.sql`SELECT i."id", i."personId", i."chatId", i."conversationRef", i."blocked",
      p."role", p."organisationId", p."language", p."displayName"
    FROM "ChatIdentity" i JOIN "Person" p ON p."id" = i."personId"
    WHERE i."channel" = ${channel} AND i."externalId" = ${externalId}`,
  );
  if (!row) return undefined;
  const personId = Number(row.personId);
  return {
    id: Number(row.id),
    personId,
    chatId: row.chatId,
    conversationRef: jsonColumn(row.conversationRef),
    blocked: Boolean(row.blocked),
    person: {
      id: personId,
      role: row.role,
      organisationId: row.organisationId === null ? null : Number(row.organisationId),
      language: row.language,
      displayName: row.displayName,
    },
  };
}

/** Only the record's own fields, from an ORM row that holds more. */
const asChatUser = (identity: ChatUserRecord): ChatUserRecord => {
  const { id, role, organisationId, language, displayName } = identity.person;
  return {
    id: identity.id,
    personId: identity.personId,
    chatId: identity.chatId,
    conversationRef: identity.conversationRef,
    blocked: identity.blocked,
    person: { id, role, organisationId, language, displayName },
  };
};

/**
 * Finds or creates the person behind a chat identity (a new person is a subscriber), refreshes
 * the chat's address, and clears a block: a user who writes again has come back.
 */
export async function upsertChatIdentity(ctx: Context, input: ChatIdentityInput): Promise<ChatUserRecord> {
  // Most messages come from known, reachable chats: answer those without a write transaction.
  const known = await findChatUser(ctx.db, input.channel, input.externalId);
  if (known && isUnchanged(known, input)) return known;
  const identity = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.chatIdentity.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      include: { person: true },
    });
    // The address alerts go to: only a personal chat gives one (a group's is left out by the
    // channel), so a message in a group chat never redirects this person's alerts there.
    const address = {
      ...(input.chatId !== undefined ? { chatId: input.chatId } : {}),
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
    const created = await tx.chatIdentity.create({
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
    return created;
  });
  return asChatUser(identity);
}

function isUnchanged(
  identity: { chatId: string | null; blocked: boolean; conversationRef: unknown },
  input: ChatIdentityInput,
): boolean {
  return (
    (input.chatId === undefined || identity.chatId === input.chatId) &&
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
