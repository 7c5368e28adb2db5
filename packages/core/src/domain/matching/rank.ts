import type { IndexedKind, MatchIndex } from "./match-index";
import { termWeights } from "./text";

/** Shared technology areas lift a score by at most this much: a boost, not the substance. */
export const AREA_BOOST = 0.1;
/**
 * A pair scoring at least this is a strong match: recorded and announced when either record is
 * published, and shown without "no strong match yet". Set on the evaluation set's development part.
 */
export const STRONG_MATCH = 0.25;

export interface RankQuery {
  text: string;
  areaIds: number[];
  /** Records never to return (dismissed pairs, the query's own organisation's records). */
  exclude?: ReadonlySet<number>;
  limit: number;
  /** A boost other than the default (for evaluation). */
  areaBoost?: number;
}

export interface Ranked {
  id: number;
  /** Text similarity plus the area boost, 0–1, comparable between queries. */
  score: number;
  textScore: number;
  sharedAreaIds: number[];
  /** The query's terms the record holds. */
  terms: string[];
}

/**
 * Ranks the index's records for a query: cosine similarity of their words (both languages in one
 * term space) plus a small boost for the share of the query's technology areas a record also has.
 * Records sharing only an area fill the list when too few share words.
 */
export function rank(index: MatchIndex, query: RankQuery): Ranked[] {
  const vector = termWeights(query.text);
  const wanted = new Set(query.areaIds);
  const boost = query.areaBoost ?? AREA_BOOST;
  const accept = (id: number) => !query.exclude?.has(id);
  const scored: Array<{ id: number; textScore: number; score: number; sharedAreaIds: number[] }> = [];
  const consider = (id: number, textScore: number) => {
    const item = combine(index, id, textScore, wanted, boost);
    if (item.score > 0) scored.push(item);
  };
  const hits = index.searchText(vector, accept);
  // Areas add at most `boost`: a hit further than that below the k-th best text score cannot
  // make the list, so only the others are looked up and scored (the catalogue can be large).
  const kth = topK(hits, query.limit).at(-1)?.score ?? 0;
  for (const hit of hits) if (hit.score >= kth - boost) consider(hit.id, hit.score);
  if (hits.length < query.limit) {
    const seen = new Set(hits.map((hit) => hit.id));
    for (const id of index.inAreas(query.areaIds)) if (!seen.has(id) && accept(id)) consider(id, 0);
  }
  return topK(scored, query.limit).map((item) => ({ ...item, terms: index.sharedTerms(item.id, vector) }));
}

/** One record's score for a query, as `rank` would give it (undefined if it scores nothing). */
export function scoreOne(
  index: MatchIndex,
  query: Pick<RankQuery, "text" | "areaIds" | "areaBoost">,
  id: number,
): Ranked | undefined {
  if (!index.record(id)) return undefined;
  const vector = termWeights(query.text);
  const item = combine(index, id, index.textScore(id, vector), new Set(query.areaIds), query.areaBoost ?? AREA_BOOST);
  return item.score > 0 ? { ...item, terms: index.sharedTerms(id, vector) } : undefined;
}

function combine(index: MatchIndex, id: number, textScore: number, wanted: ReadonlySet<number>, boost: number) {
  const sharedAreaIds = (index.record(id)?.areaIds ?? []).filter((areaId) => wanted.has(areaId));
  const areaShare = wanted.size > 0 ? sharedAreaIds.length / wanted.size : 0;
  return { id, textScore, score: Math.min(1, textScore + boost * areaShare), sharedAreaIds };
}

/** The best `k` items, best first (ties: lower id first), without sorting everything. */
function topK<T extends { id: number; score: number }>(items: T[], k: number): T[] {
  const better = (a: T, b: T) => a.score > b.score || (a.score === b.score && a.id < b.id);
  const top: T[] = [];
  for (const item of items) {
    if (top.length >= k && !better(item, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && better(item, top[at - 1]!)) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

export type { IndexedKind };
