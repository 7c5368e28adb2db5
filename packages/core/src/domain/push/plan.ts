import type { DomainEvent, Tx } from "@innolab/db";
import { techAreaTopic } from "../subscriptions";
import type { Audience } from "./audience";
import { type AlertText, alertText } from "./content";

/** A record an alert offers to open (a button in the chat). */
export interface AlertAction {
  kind: "need" | "solution";
  id: number;
  label: string;
}

export interface PlannedAlert extends AlertText {
  kind: string;
  critical: boolean;
  audience: Audience;
  actions?: AlertAction[];
}

type Payload = Record<string, unknown>;
const num = (payload: Payload, key: string) => Number(payload[key]);

/** The alert a domain event causes, if any: what it says and to whom. */
export async function planAlert(tx: Tx, event: DomainEvent): Promise<PlannedAlert | null> {
  const payload = event.payload as Payload;
  switch (event.type) {
    case "need.published":
    case "solution.published": {
      const isNeed = event.type === "need.published";
      const include = { techAreas: { include: { techArea: true } } } as const;
      const record = isNeed
        ? await tx.serviceNeed.findUnique({ where: { id: num(payload, "id") }, include })
        : await tx.solution.findUnique({ where: { id: num(payload, "id") }, include });
      if (!record) return null;
      const topics = [
        isNeed ? "NEW_NEEDS" : "NEW_SOLUTIONS",
        ...record.techAreas.map((l) => techAreaTopic(l.techArea.slug)),
      ];
      const text = isNeed
        ? alertText.needPublished(record.refCode, record.title)
        : alertText.solutionPublished(record.refCode, record.title);
      return { kind: isNeed ? "NEED_PUBLISHED" : "SOLUTION_PUBLISHED", critical: false, audience: { topics }, ...text };
    }
    case "need.rejected":
    case "solution.rejected":
      return {
        kind: "SUBMISSION_REJECTED",
        critical: false,
        audience: { personIds: [num(payload, "submittedById")] },
        ...alertText.rejected(String(payload.refCode), (payload.reason as string | null) ?? null),
      };
    case "forum.announced":
    case "forum.cancelled":
    case "forum.updated":
    case "registration.promoted": {
      const forum = await tx.forum.findUnique({ where: { id: num(payload, "forumId") } });
      if (!forum) return null;
      if (event.type === "forum.announced") {
        return {
          kind: "FORUM_ANNOUNCED",
          critical: false,
          audience: { topics: ["FORUMS"] },
          ...alertText.forumAnnounced(forum),
        };
      }
      if (event.type === "registration.promoted") {
        return {
          kind: "WAITLIST_PROMOTED",
          critical: false,
          audience: { personIds: [num(payload, "personId")] },
          ...alertText.promoted(forum),
        };
      }
      // Cancelled or moved: critical, to everyone who planned to come.
      if (event.type === "forum.updated" && !payload.moved) return null;
      const audience: Audience = { forumId: forum.id, statuses: ["REGISTERED", "WAITLISTED"] };
      const text = event.type === "forum.cancelled" ? alertText.forumCancelled(forum) : alertText.forumMoved(forum);
      return {
        kind: event.type === "forum.cancelled" ? "FORUM_CANCELLED" : "FORUM_MOVED",
        critical: true,
        audience,
        ...text,
      };
    }
    case "forum.reminder": {
      const forum = await tx.forum.findUnique({ where: { id: num(payload, "forumId") } });
      if (forum?.status !== "SCHEDULED") return null;
      return {
        kind: "FORUM_REMINDER",
        critical: false,
        audience: { forumId: forum.id, statuses: ["REGISTERED"] },
        ...alertText.forumReminder(forum),
      };
    }
    case "match.suggested": {
      // To one record's submitter: the strong matches found for it, each with a button.
      const side = payload.side === "need" ? "need" : "solution";
      const otherIds = (payload.otherIds as unknown[]).map(Number);
      const select = { id: true, refCode: true, title: true, submittedById: true } as const;
      const record =
        side === "need"
          ? await tx.serviceNeed.findUnique({ where: { id: num(payload, "id") }, select })
          : await tx.solution.findUnique({ where: { id: num(payload, "id") }, select });
      if (!record?.submittedById) return null;
      const others =
        side === "need"
          ? await tx.solution.findMany({ where: { id: { in: otherIds }, status: "PUBLISHED" }, select })
          : await tx.serviceNeed.findMany({ where: { id: { in: otherIds }, status: "PUBLISHED" }, select });
      // On publication the submitter is told in the same message; later matches only when there are some.
      const published = payload.published === true;
      if (others.length === 0 && !published) return null;
      // In the order the engine ranked them.
      others.sort((a, b) => otherIds.indexOf(a.id) - otherIds.indexOf(b.id));
      const otherKind: "need" | "solution" = side === "need" ? "solution" : "need";
      const matched = others.map((other) => ({ kind: otherKind, id: other.id, label: other.refCode }));
      return {
        kind: published ? "SUBMISSION_PUBLISHED" : "MATCH_SUGGESTED",
        critical: false,
        audience: { personIds: [record.submittedById] },
        actions: published ? [{ kind: side, id: record.id, label: record.refCode }, ...matched] : matched,
        ...(published ? alertText.published(side, record, others) : alertText.matchSuggested(side, record, others)),
      };
    }
    case "match.proposed":
    case "match.proposal_decided": {
      const match = await tx.match.findUnique({
        where: { id: num(payload, "matchId") },
        include: {
          need: { select: { id: true, refCode: true, title: true, submittedById: true } },
          solution: { select: { id: true, refCode: true, title: true } },
        },
      });
      if (!match) return null;
      if (event.type === "match.proposed") {
        // To the need's submitter: a vendor answered it.
        if (!match.need.submittedById) return null;
        return {
          kind: "MATCH_PROPOSED",
          critical: false,
          audience: { personIds: [match.need.submittedById] },
          actions: [{ kind: "solution", id: match.solution.id, label: match.solution.refCode }],
          ...alertText.proposed(match.need, match.solution, match.pitch),
        };
      }
      if (!match.proposedById || match.status === "SUGGESTED") return null;
      return {
        kind: "PROPOSAL_DECIDED",
        critical: false,
        audience: { personIds: [match.proposedById] },
        actions: [{ kind: "need", id: match.need.id, label: match.need.refCode }],
        ...alertText.proposalDecided(match.need, match.solution, match.status === "CONFIRMED", match.declineReason),
      };
    }
    case "poc.status_changed": {
      const poc = await tx.poc.findUnique({ where: { id: num(payload, "pocId") } });
      if (!poc) return null;
      const audience: Audience = {
        organisations: [
          { id: poc.governmentOrgId, roles: ["OFFICER"] },
          { id: poc.companyId, roles: ["VENDOR"] },
        ],
      };
      return {
        kind: "POC_STATUS_CHANGED",
        critical: false,
        audience,
        ...alertText.pocStatus(poc.refCode, String(payload.to)),
      };
    }
    case "booking.reminder":
    case "booking.decided": {
      const booking = await tx.booking.findUnique({
        where: { id: num(payload, "bookingId") },
        include: { resource: true },
      });
      if (!booking) return null;
      const audience: Audience = { personIds: [booking.personId] };
      if (event.type === "booking.decided") {
        const approved = booking.status === "CONFIRMED";
        return { kind: "BOOKING_DECIDED", critical: false, audience, ...alertText.bookingDecided(booking, approved) };
      }
      if (booking.status !== "CONFIRMED") return null;
      return { kind: "BOOKING_REMINDER", critical: false, audience, ...alertText.bookingReminder(booking) };
    }
    default:
      return null;
  }
}
