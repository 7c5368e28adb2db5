import type { IndexedKind, MatchIndex } from "./match-index";

/** Text and shared technology areas weigh equally (the best of a 0.45–0.8 sweep on the evaluation set, within 0.03). */
export const TEXT_WEIGHT = 0.5;
export const AREA_WEIGHT = 0.5;

export interface RankQuery {
  text: string;
  areaIds: number[];
  /** Records never to return (dismissed pairs, the query's own organisation's records). */
  exclude?: ReadonlySet<number>;
  limit: number;
  /** Weights other than the defaults (for evaluation). */
  weights?: { text: number; area: number };
}

export interface Ranked {
  id: number;
  score: number;
  textScore: number;
  sharedAreaIds: number[];
  terms: string[];
}

/**
 * Ranks the index's records for a query: BM25 text relevance (normalised by the best hit) plus
 * the share of the query's technology areas a record also has. Candidates are the text hits and
 * the records sharing an area.
 */
export function rank(index: MatchIndex, query: RankQuery): Ranked[] {
  const wanted = new Set(query.areaIds);
  const weights = query.weights ?? { text: TEXT_WEIGHT, area: AREA_WEIGHT };
  const top = new TopK(query.limit);
  const consider = (id: number, textScore: number, terms: string[]) => {
    if (query.exclude?.has(id)) return;
    const ranked = scoreRecord(index, id, wanted, weights, textScore, terms);
    if (ranked) top.offer(ranked);
  };
  const hits = index.searchText(query.text);
  const best = hits[0]?.score ?? 0;
  const seen = new Set<number>();
  for (const hit of hits) {
    seen.add(hit.id);
    consider(hit.id, best > 0 ? hit.score / best : 0, hit.terms);
  }
  // Records that share an area but no words score at most the area weight: look at them only
  // if they could still make the list.
  if (!top.full || top.lowest < weights.area) {
    for (const id of index.inAreas(query.areaIds)) if (!seen.has(id)) consider(id, 0, []);
  }
  return top.sorted();
}

/** One record's score for a query, as `rank` would give it (undefined if it scores nothing). */
export function scoreOne(
  index: MatchIndex,
  query: Pick<RankQuery, "text" | "areaIds" | "weights">,
  id: number,
): Ranked | undefined {
  const hits = index.searchText(query.text);
  const best = hits[0]?.score ?? 0;
  const hit = hits.find((h) => h.id === id);
  const textScore = hit && best > 0 ? hit.score / best : 0;
  return scoreRecord(
    index,
    id,
    new Set(query.areaIds),
    query.weights ?? { text: TEXT_WEIGHT, area: AREA_WEIGHT },
    textScore,
    hit?.terms ?? [],
  );
}

function scoreRecord(
  index: MatchIndex,
  id: number,
  wanted: ReadonlySet<number>,
  weights: { text: number; area: number },
  textScore: number,
  terms: string[],
): Ranked | undefined {
  const record = index.record(id);
  if (!record) return undefined;
  const sharedAreaIds = record.areaIds.filter((areaId) => wanted.has(areaId));
  const areaScore = wanted.size > 0 ? sharedAreaIds.length / wanted.size : 0;
  const score = weights.text * textScore + weights.area * areaScore;
  return score > 0 ? { id, score, textScore, sharedAreaIds, terms } : undefined;
}

/** The best `k` of what is offered, kept in order (k is small). */
class TopK {
  private readonly items: Ranked[] = [];
  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  get lowest(): number {
    return this.items.at(-1)?.score ?? 0;
  }

  offer(item: Ranked) {
    if (this.full && !better(item, this.items.at(-1)!)) return;
    let at = this.items.length;
    while (at > 0 && better(item, this.items[at - 1]!)) at--;
    this.items.splice(at, 0, item);
    if (this.items.length > this.k) this.items.pop();
  }

  sorted(): Ranked[] {
    return [...this.items];
  }
}

function better(a: Ranked, b: Ranked): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

export type { IndexedKind };
