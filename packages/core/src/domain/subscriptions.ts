import { z } from "zod";
import type { Context } from "../context";
import { audit } from "../lib/audit";
import { countRecipients } from "./push/audience";
import { techAreaIds } from "./tech-areas";

export const TOPIC_KINDS = ["NEW_NEEDS", "NEW_SOLUTIONS", "FORUMS"] as const;

/** A topic: "NEW_NEEDS", "NEW_SOLUTIONS", "FORUMS", or "TECH_AREA:<slug>". */
export const topicKeySchema = z.union([
  z.enum(TOPIC_KINDS),
  z.string().regex(/^TECH_AREA:[a-z0-9-]{1,40}$/, "a topic is NEW_NEEDS, NEW_SOLUTIONS, FORUMS or TECH_AREA:<slug>"),
]);

export function techAreaTopic(slug: string): string {
  return `TECH_AREA:${slug}`;
}

async function assertTopicsExist(ctx: Context, topics: readonly string[]) {
  const slugs = topics
    .filter((topic) => topic.startsWith("TECH_AREA:"))
    .map((topic) => topic.slice("TECH_AREA:".length));
  if (slugs.length) await techAreaIds(ctx.db, slugs);
}

export async function subscribe(ctx: Context, topicKey: string) {
  await assertTopicsExist(ctx, [topicKey]);
  const personId = ctx.actor!.personId;
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.subscription.findUnique({ where: { personId_topicKey: { personId, topicKey } } });
    if (existing) return existing;
    const subscription = await tx.subscription.create({ data: { personId, topicKey, createdAt: ctx.now() } });
    await audit(tx, ctx, "subscribe", "Subscription", subscription.id, { topicKey });
    return subscription;
  });
}

export function unsubscribe(ctx: Context, topicKey: string) {
  const personId = ctx.actor!.personId;
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.subscription.deleteMany({ where: { personId, topicKey } });
    if (count > 0) await audit(tx, ctx, "unsubscribe", "Subscription", `${personId}:${topicKey}`);
    return { removed: count > 0 };
  });
}

export function mySubscriptions(ctx: Context) {
  return ctx.db.subscription.findMany({ where: { personId: ctx.actor!.personId }, orderBy: { topicKey: "asc" } });
}

/** How many messages an alert to these topics would send: the same audience the push engine fans out to. */
export async function countAudience(ctx: Context, topics: readonly string[]) {
  await assertTopicsExist(ctx, topics);
  return countRecipients(ctx.db, { topics: [...topics] });
}
