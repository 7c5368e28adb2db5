import type { Db, MatchStatus } from "@innolab/db";
import type { Context } from "../../context";
import { DomainError } from "../../lib/errors";
import { recordEvent } from "../../lib/events";
import { found } from "../../lib/guards";
import type { Language } from "../../lib/language";
import { seesAllRecords } from "../../roles";
import { type IndexedKind, matchIndex } from "./match-index";
import { type Ranked, rank, STRONG_MATCH, scoreOne } from "./rank";
import { quotedWords } from "./text";

type Side = "need" | "solution";
const other = (side: Side): IndexedKind => (side === "need" ? "solution" : "need");
const entityName = { need: "service need", solution: "solution" } as const;

interface SourceRecord {
  id: number;
  organisationId: number;
  title: string;
  description: string;
  extra: string;
  areaIds: number[];
}

async function loadSource(db: Db, side: Side, id: number): Promise<SourceRecord> {
  const include = { techAreas: { select: { techAreaId: true } } } as const;
  if (side === "need") {
    const need = found(await db.serviceNeed.findUnique({ where: { id }, include }), entityName.need, id);
    return { ...need, extra: need.expectedOutcome ?? "", areaIds: need.techAreas.map((l) => l.techAreaId) };
  }
  const solution = found(await db.solution.findUnique({ where: { id }, include }), entityName.solution, id);
  return { ...solution, extra: solution.useCases ?? "", areaIds: solution.techAreas.map((l) => l.techAreaId) };
}

/** Ranks the other side for a record: published solutions for a need, open needs for a solution. */
async function rankFor(
  db: Db,
  side: Side,
  source: SourceRecord,
  limit: number,
): Promise<{ ranked: Ranked[]; existing: Map<number, MatchStatus> }> {
  const index = matchIndex(db, other(side));
  const [, matches] = await Promise.all([
    index.sync(),
    db.match.findMany({
      where: side === "need" ? { needId: source.id } : { solutionId: source.id },
      select: { needId: true, solutionId: true, status: true },
    }),
  ]);
  const existing = new Map(matches.map((m) => [side === "need" ? m.solutionId : m.needId, m.status]));
  // Dismissed pairs never come back.
  const exclude = new Set([...existing].filter(([, status]) => status === "DISMISSED").map(([id]) => id));
  return { ranked: rank(index, { text: queryText(source), areaIds: source.areaIds, exclude, limit }), existing };
}

/** A record as a ranking query: the title counts twice. */
function queryText(source: SourceRecord): string {
  return [source.title, source.title, source.description, source.extra].join("\n");
}

function reasonText(
  language: Language,
  areas: Array<{ nameEn: string; nameZh: string }>,
  words: string[],
  sharesText: boolean,
): string {
  const parts: string[] = [];
  if (language === "zh-HK") {
    if (areas.length) parts.push(`共同科技範疇：${areas.map((a) => a.nameZh).join("、")}`);
    if (words.length) parts.push(`相符字詞：${words.join("、")}`);
    return parts.join("；") || (sharesText ? "內容相近" : "沒有共同字詞或科技範疇");
  }
  if (areas.length) parts.push(`Shared areas: ${areas.map((a) => a.nameEn).join(", ")}`);
  if (words.length) parts.push(`matching words: ${words.join(", ")}`);
  return parts.join("; ") || (sharesText ? "Similar content" : "No words or areas in common");
}

function assertMayView(ctx: Context, side: Side, source: SourceRecord) {
  const actor = ctx.actor!;
  if (seesAllRecords(actor.role)) return;
  if (actor.organisationId !== source.organisationId)
    throw new DomainError("SUGGESTIONS_NOT_YOURS", { entity: entityName[side] });
}

/** Suggestions for one record, best first, each with a score and a reason in the caller's language. */
export async function suggest(ctx: Context, side: Side, input: { id: number; limit: number }) {
  const source = await loadSource(ctx.db, side, input.id);
  assertMayView(ctx, side, source);
  const { ranked: engine, existing } = await rankFor(ctx.db, side, source, input.limit);
  // Vendors' proposals for a need are in its list whatever their score.
  const proposals = new Map(
    (side === "need"
      ? await ctx.db.match.findMany({
          where: { needId: source.id, source: "VENDOR", status: { not: "DISMISSED" } },
          select: { solutionId: true, pitch: true },
        })
      : []
    ).map((p) => [p.solutionId, p.pitch]),
  );
  const ranked = [...engine];
  const index = matchIndex(ctx.db, other(side));
  for (const solutionId of proposals.keys()) {
    if (ranked.some((hit) => hit.id === solutionId)) continue;
    const hit = scoreOne(index, { text: queryText(source), areaIds: source.areaIds }, solutionId);
    ranked.push(hit ?? { id: solutionId, score: 0, textScore: 0, sharedAreaIds: [], terms: [] });
  }
  // Proposals waiting for a decision come first (someone asked for one), then by score.
  const waiting = (id: number) => (proposals.has(id) && existing.get(id) === "SUGGESTED" ? 1 : 0);
  ranked.sort((a, b) => waiting(b.id) - waiting(a.id) || b.score - a.score || a.id - b.id);
  const ids = ranked.map((r) => r.id);
  const select = {
    id: true,
    refCode: true,
    title: true,
    description: true,
    organisation: { select: { id: true, nameEn: true, nameZh: true, acronym: true } },
    techAreas: { select: { techArea: true } },
  } as const;
  const rows =
    side === "need"
      ? await ctx.db.solution.findMany({ where: { id: { in: ids } }, select: { ...select, useCases: true } })
      : await ctx.db.serviceNeed.findMany({ where: { id: { in: ids } }, select: { ...select, expectedOutcome: true } });
  const byId = new Map<number, (typeof rows)[number]>(rows.map((row) => [row.id, row]));
  return ranked.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const areas = row.techAreas.map((l) => l.techArea);
    const shared = areas.filter((area) => hit.sharedAreaIds.includes(area.id));
    const words = quotedWords(
      `${row.title}\n${row.description}\n${"useCases" in row ? (row.useCases ?? "") : (row.expectedOutcome ?? "")}`,
      new Set(hit.terms),
    );
    const { techAreas: _links, ...record } = row;
    return [
      {
        record: { ...record, techAreas: areas },
        score: Math.round(hit.score * 1000) / 1000,
        /** At or above the floor: below it the answer is "no strong match yet". */
        strong: hit.score >= STRONG_MATCH,
        reason: {
          sharedAreas: shared.map(({ slug, nameEn, nameZh }) => ({ slug, nameEn, nameZh })),
          matchedWords: words,
          text: reasonText(ctx.language, shared, words, hit.textScore > 0),
        },
        matchStatus: existing.get(hit.id) ?? null,
        /** A vendor's proposal of this pair (with its pitch), or null for the engine's suggestion. */
        proposal: proposals.has(hit.id) ? { pitch: proposals.get(hit.id) ?? null } : null,
      },
    ];
  });
}

/** Pairs' scores as the engine ranks them (0 for a solution not indexed), by solution id. */
export async function scoresOfPairs(db: Db, needId: number, solutionIds: number[]): Promise<Map<number, number>> {
  const source = await loadSource(db, "need", needId);
  const index = matchIndex(db, "solution");
  await index.sync();
  const query = { text: queryText(source), areaIds: source.areaIds };
  return new Map(solutionIds.map((id) => [id, scoreOne(index, query, id)?.score ?? 0]));
}

/** A pair's score as the engine ranks it (0 if the solution is not indexed). */
export async function scoreOfPair(db: Db, needId: number, solutionId: number): Promise<number> {
  return (await scoresOfPairs(db, needId, [solutionId])).get(solutionId) ?? 0;
}

/** Strong matches of a publication told to its submitter at most; the rest wait in the lists. */
const ANNOUNCED_PER_RECORD = 5;
/** How far down a publication's ranking a strong pair is still recorded (and told to its other side). */
const RECORDED_PER_RECORD = 20;

/**
 * After a need or solution is published: record its strong matches (score ≥ STRONG_MATCH) and
 * tell, in one message each, the record's submitter (it is published, and its best matches) and
 * the submitter of every matched record on the other side (this new record) — nobody else.
 */
export async function suggestAfterPublish(ctx: Context, side: Side, id: number): Promise<number> {
  const source = await loadSource(ctx.db, side, id);
  const { ranked, existing } = await rankFor(ctx.db, side, source, RECORDED_PER_RECORD);
  const fresh = ranked.filter((hit) => hit.score >= STRONG_MATCH && !existing.has(hit.id));
  await ctx.db.$transaction(async (tx) => {
    const recorded: number[] = [];
    for (const hit of fresh) {
      const pair = side === "need" ? { needId: id, solutionId: hit.id } : { needId: hit.id, solutionId: id };
      const taken = await tx.match.findUnique({ where: { needId_solutionId: pair } });
      if (taken) continue;
      await tx.match.create({
        data: { ...pair, score: hit.score, source: "ENGINE", status: "SUGGESTED", createdAt: ctx.now() },
      });
      recorded.push(hit.id);
    }
    // The submitter hears of the publication once, with its best matches (or that none is strong yet).
    await recordEvent(tx, ctx, "match.suggested", {
      side,
      id,
      otherIds: recorded.slice(0, ANNOUNCED_PER_RECORD),
      published: true,
    });
    for (const otherId of recorded) {
      await recordEvent(tx, ctx, "match.suggested", { side: other(side), id: otherId, otherIds: [id] });
    }
  });
  return fresh.length;
}
