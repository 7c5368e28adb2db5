import { type Channel, seed, type Tx } from "@innolab/db";

/** Who an alert goes to. */
export type Audience =
  | { topics: string[] }
  | { personIds: number[] }
  /** People of organisations with these roles (a need's officers, a solution's vendors). */
  | { organisations: Array<{ id: number; roles: Array<"OFFICER" | "VENDOR"> }> }
  /** Everyone registered or waitlisted for a forum. */
  | { forumId: number; statuses: Array<"REGISTERED" | "WAITLISTED" | "ATTENDED"> };

export interface Recipient {
  identityId: number;
  channel: Channel;
  language: string;
  digestMode: "REALTIME" | "DAILY";
  quietStartMin: number | null;
  quietEndMin: number | null;
}

/** The chat identities an audience reaches: on Telegram or Teams, not blocked, not the demo's. */
function reachableIdentities(audience: Audience) {
  const personWhere =
    "topics" in audience
      ? { subscriptions: { some: { topicKey: { in: audience.topics } } } }
      : "personIds" in audience
        ? { id: { in: audience.personIds } }
        : "organisations" in audience
          ? { OR: audience.organisations.map((org) => ({ organisationId: org.id, role: { in: org.roles } })) }
          : { registrations: { some: { forumId: audience.forumId, status: { in: audience.statuses } } } };
  return {
    blocked: false,
    channel: { in: ["TELEGRAM" as Channel, "TEAMS" as Channel] },
    // The demo's made-up chats: a real channel would refuse every message to them.
    NOT: { externalId: { startsWith: seed.DEMO_CHAT_PREFIX } },
    person: personWhere,
  };
}

/** How many messages an alert to this audience sends (one per reachable chat identity). */
export function countRecipients(tx: Tx, audience: Audience): Promise<number> {
  return tx.chatIdentity.count({ where: reachableIdentities(audience) });
}

/** The audience's recipients in chat identity order; `after` and `take` page through it. */
export async function recipientsOf(
  tx: Tx,
  audience: Audience,
  page: { after?: number; take?: number } = {},
): Promise<Recipient[]> {
  const identities = await tx.chatIdentity.findMany({
    where: { ...reachableIdentities(audience), ...(page.after ? { id: { gt: page.after } } : {}) },
    ...(page.take ? { take: page.take } : {}),
    select: {
      id: true,
      channel: true,
      person: { select: { language: true, digestMode: true, quietStartMin: true, quietEndMin: true } },
    },
    orderBy: { id: "asc" },
  });
  return identities.map((identity) => ({ identityId: identity.id, channel: identity.channel, ...identity.person }));
}
