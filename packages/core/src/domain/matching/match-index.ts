import type { Db } from "@innolab/db";
import MiniSearch, { type SearchResult } from "minisearch";
import { terms } from "./text";

export type IndexedKind = "need" | "solution";

/** What ranking needs of a record besides its text. */
export interface IndexedRecord {
  id: number;
  organisationId: number;
  areaIds: number[];
}

interface IndexedDocument extends IndexedRecord {
  title: string;
  description: string;
  extra: string;
}

export interface TextHit {
  id: number;
  score: number;
  /** The query's index terms this record matched. */
  terms: string[];
}

const FIELDS = ["title", "description", "extra"] as const;
// Transactions time out after 10 s: a row can commit up to that long after its updatedAt.
const SAFETY_MARGIN_MS = 15_000;
/** Query terms kept, rarest first, and how common a term may be to count at all. */
const MAX_QUERY_TERMS = 12;
const MAX_TERM_SHARE = 0.15;

/**
 * A full-text index (MiniSearch, BM25) of the published records of one kind. It is a cache of
 * the database: before each search it loads what changed since it last looked (`updatedAt`),
 * so records published, edited or withdrawn by any process are matchable — or gone — at once.
 */
export class MatchIndex {
  private readonly search = new MiniSearch<IndexedDocument>({
    fields: [...FIELDS],
    idField: "id",
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 2 }, combineWith: "OR" },
  });
  private readonly records = new Map<number, IndexedRecord & { terms: Set<string> }>();
  /** When each record (published or not) was last loaded: reload only what changed. */
  private readonly loadedAt = new Map<number, number>();
  /** Document frequency of each term among indexed records. */
  private readonly frequency = new Map<string, number>();
  private readonly byArea = new Map<number, Set<number>>();
  private watermark = new Date(0);
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    readonly kind: IndexedKind,
  ) {}

  get size(): number {
    return this.records.size;
  }

  record(id: number): IndexedRecord | undefined {
    return this.records.get(id);
  }

  /** Brings the index up to date; concurrent callers share one sync. */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.loadChanges());
    return this.syncing;
  }

  private async loadChanges(): Promise<void> {
    // New since the last look, plus the last few seconds again: a transaction may commit a
    // little after a later one, with an older updatedAt.
    const since = new Date(Math.min(this.watermark.getTime() + 1, Date.now() - SAFETY_MARGIN_MS));
    const delegate = this.kind === "need" ? this.db.serviceNeed : this.db.solution;
    const touched = await (delegate as typeof this.db.solution).findMany({
      where: { updatedAt: { gte: since } },
      select: { id: true, updatedAt: true },
    });
    const changed = touched.filter((row) => this.loadedAt.get(row.id) !== row.updatedAt.getTime()).map((row) => row.id);
    if (changed.length === 0) return;
    const select = {
      id: true,
      title: true,
      description: true,
      status: true,
      organisationId: true,
      updatedAt: true,
      techAreas: { select: { techAreaId: true } },
    } as const;
    const rows = [];
    // Chunks keep the IN list within the databases' parameter limits.
    for (let i = 0; i < changed.length; i += 5_000) {
      const where = { id: { in: changed.slice(i, i + 5_000) } };
      if (this.kind === "need") {
        const needs = await this.db.serviceNeed.findMany({ where, select: { ...select, expectedOutcome: true } });
        rows.push(...needs.map((row) => ({ ...row, extra: row.expectedOutcome ?? "" })));
      } else {
        const solutions = await this.db.solution.findMany({ where, select: { ...select, useCases: true } });
        rows.push(...solutions.map((row) => ({ ...row, extra: row.useCases ?? "" })));
      }
    }
    for (const row of rows) {
      this.remove(row.id);
      this.loadedAt.set(row.id, row.updatedAt.getTime());
      if (row.updatedAt > this.watermark) this.watermark = row.updatedAt;
      if (row.status !== "PUBLISHED") continue;
      const areaIds = row.techAreas.map((link) => link.techAreaId);
      const document = {
        id: row.id,
        organisationId: row.organisationId,
        areaIds,
        title: row.title,
        description: row.description,
        extra: row.extra,
      };
      this.search.add(document);
      const termSet = new Set(terms(`${row.title}\n${row.description}\n${row.extra}`));
      for (const term of termSet) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
      this.records.set(row.id, { id: row.id, organisationId: row.organisationId, areaIds, terms: termSet });
      for (const areaId of areaIds) {
        const ids = this.byArea.get(areaId) ?? new Set<number>();
        ids.add(row.id);
        this.byArea.set(areaId, ids);
      }
    }
  }

  private remove(id: number) {
    const existing = this.records.get(id);
    if (!existing) return;
    this.search.discard(id);
    this.records.delete(id);
    for (const term of existing.terms) this.frequency.set(term, (this.frequency.get(term) ?? 1) - 1);
    for (const areaId of existing.areaIds) this.byArea.get(areaId)?.delete(id);
  }

  /**
   * Records matching the text's most telling terms, best first. Terms in more than a fifth of the
   * records say little about purpose and cost the most to look up, so only the rarest count.
   */
  searchText(text: string): TextHit[] {
    const known = [...new Set(terms(text))].filter((term) => (this.frequency.get(term) ?? 0) > 0);
    known.sort((a, b) => (this.frequency.get(a) ?? 0) - (this.frequency.get(b) ?? 0));
    const limit = Math.max(1, this.records.size * MAX_TERM_SHARE);
    const telling = known
      .filter((term, i) => i < 3 || (this.frequency.get(term) ?? 0) <= limit)
      .slice(0, MAX_QUERY_TERMS);
    const query = telling.join(" ");
    if (!query) return [];
    return this.search
      .search(query)
      .map((hit: SearchResult) => ({ id: Number(hit.id), score: hit.score, terms: hit.terms }));
  }

  /** Ids of records in any of the areas. */
  inAreas(areaIds: readonly number[]): Set<number> {
    const ids = new Set<number>();
    for (const areaId of areaIds) for (const id of this.byArea.get(areaId) ?? []) ids.add(id);
    return ids;
  }
}

const indexes = new WeakMap<Db, Record<IndexedKind, MatchIndex>>();

/** The process's index of a kind for a database client, created on first use. */
export function matchIndex(db: Db, kind: IndexedKind): MatchIndex {
  let pair = indexes.get(db);
  if (!pair) {
    pair = { need: new MatchIndex(db, "need"), solution: new MatchIndex(db, "solution") };
    indexes.set(db, pair);
  }
  return pair[kind];
}
