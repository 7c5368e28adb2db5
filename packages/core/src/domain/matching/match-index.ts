import type { Db } from "@innolab/db";
import { TermIndex, type TextMatch } from "./term-index";
import { termWeights } from "./text";

export type IndexedKind = "need" | "solution";

/** What ranking needs of a record besides its text. */
export interface IndexedRecord {
  id: number;
  organisationId: number;
  areaIds: number[];
}

// Transactions time out after 10 s: a row can commit up to that long after its updatedAt.
const SAFETY_MARGIN_MS = 15_000;

/**
 * A term index (`TermIndex`) of the published records of one kind, with their areas. It is a cache of
 * the database: before each search it loads what changed since it last looked (`updatedAt`),
 * so records published, edited or withdrawn by any process are matchable — or gone — at once.
 */
export class MatchIndex {
  private readonly text = new TermIndex();
  private readonly records = new Map<number, IndexedRecord>();
  /** When each record (published or not) was last loaded: reload only what changed. */
  private readonly loadedAt = new Map<number, number>();
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
      this.text.set(row.id, termWeights(`${row.title}\n${row.title}\n${row.description}\n${row.extra}`));
      this.records.set(row.id, { id: row.id, organisationId: row.organisationId, areaIds });
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
    this.text.delete(id);
    this.records.delete(id);
    for (const areaId of existing.areaIds) this.byArea.get(areaId)?.delete(id);
  }

  /** Records sharing words with the query vector (see `termWeights`), unordered. */
  searchText(query: Map<string, number>, accept?: (id: number) => boolean): TextMatch[] {
    return this.text.search(query, accept);
  }

  /** The query's terms a record holds. */
  sharedTerms(id: number, query: Map<string, number>): string[] {
    return this.text.sharedTerms(id, query);
  }

  /** One record's text score for a query vector. */
  textScore(id: number, query: Map<string, number>): number {
    return this.text.scoreOf(id, query);
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
