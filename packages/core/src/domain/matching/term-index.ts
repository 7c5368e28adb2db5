/**
 * An inverted index of weighted term vectors, scored by cosine similarity of TF-IDF weights.
 * The score is absolute — 0 for nothing in common, 1 for the same words in the same proportions —
 * so it can be compared between queries and held against a floor. Records are replaced by adding
 * them again; a removed record's postings are skipped and dropped when they outnumber live ones.
 */
interface Posting {
  slots: number[];
  weights: number[];
  /** Live records holding the term. */
  count: number;
}

export interface TextMatch {
  id: number;
  /** Cosine similarity, 0–1. */
  score: number;
}

export class TermIndex {
  private readonly postings = new Map<string, Posting>();
  private ids: number[] = [];
  private vectors: Array<Map<string, number> | undefined> = [];
  private readonly slotOf = new Map<number, number>();
  private norms = new Float64Array(0);
  private normsStale = true;
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds or replaces a record's vector (term → weight within the record). */
  set(id: number, vector: Map<string, number>) {
    const damped = new Map<string, number>();
    // Repeating a word says a little more, not proportionally more.
    for (const [term, weight] of vector) if (weight > 0) damped.set(term, weight > 1 ? 1 + Math.log(weight) : weight);
    this.delete(id);
    this.insert(id, damped);
  }

  private insert(id: number, damped: Map<string, number>) {
    const slot = this.ids.length;
    this.ids.push(id);
    this.vectors.push(damped);
    this.slotOf.set(id, slot);
    for (const [term, w] of damped) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], weights: [], count: 0 };
        this.postings.set(term, posting);
      }
      posting.slots.push(slot);
      posting.weights.push(w);
      posting.count++;
    }
    this.normsStale = true;
  }

  delete(id: number) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const term of this.vectors[slot]!.keys()) {
      const posting = this.postings.get(term)!;
      posting.count--;
      if (posting.count === 0) this.postings.delete(term);
    }
    this.vectors[slot] = undefined;
    this.slotOf.delete(id);
    this.dead++;
    this.normsStale = true;
    if (this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  /** How telling a term is: rare terms weigh more. */
  idf(term: string): number {
    const count = this.postings.get(term)?.count ?? 0;
    return Math.log(1 + (this.size + 1) / (count + 1));
  }

  /** Records sharing a term with the query (unordered), those `accept` lets through. */
  search(query: Map<string, number>, accept?: (id: number) => boolean): TextMatch[] {
    const norms = this.currentNorms();
    const scores = new Float64Array(this.ids.length);
    const touched: number[] = [];
    let queryNorm = 0;
    for (const [term, weight] of query) {
      const idf = this.idf(term);
      queryNorm += (weight * idf) ** 2;
      const posting = this.postings.get(term);
      if (!posting) continue;
      const factor = weight * idf * idf;
      const { slots, weights } = posting;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        if (this.vectors[slot] === undefined) continue;
        const before = scores[slot]!;
        if (before === 0) touched.push(slot);
        scores[slot] = before + factor * weights[i]!;
      }
    }
    const q = Math.sqrt(queryNorm);
    const results: TextMatch[] = [];
    for (const slot of touched) {
      const id = this.ids[slot]!;
      if (accept && !accept(id)) continue;
      results.push({ id, score: scores[slot]! / (q * norms[slot]!) });
    }
    return results;
  }

  /** The query's terms a record holds (for reasons; computed only for what is shown). */
  sharedTerms(id: number, query: Map<string, number>): string[] {
    const vector = this.vectors[this.slotOf.get(id) ?? -1];
    return vector ? [...query.keys()].filter((term) => vector.has(term)) : [];
  }

  /** One record's score for a query. */
  scoreOf(id: number, query: Map<string, number>): number {
    const slot = this.slotOf.get(id);
    const vector = slot === undefined ? undefined : this.vectors[slot];
    if (slot === undefined || !vector) return 0;
    let dot = 0;
    let queryNorm = 0;
    for (const [term, weight] of query) {
      const idf = this.idf(term);
      queryNorm += (weight * idf) ** 2;
      dot += weight * idf * idf * (vector.get(term) ?? 0);
    }
    const norm = this.currentNorms()[slot]!;
    return dot > 0 ? dot / (Math.sqrt(queryNorm) * norm) : 0;
  }

  /** Record norms depend on every term's rarity, so they are recomputed after changes, once. */
  private currentNorms(): Float64Array {
    if (!this.normsStale) return this.norms;
    const idf = new Map<string, number>();
    for (const term of this.postings.keys()) idf.set(term, this.idf(term));
    const norms = new Float64Array(this.ids.length);
    this.vectors.forEach((vector, slot) => {
      if (!vector) return;
      let sum = 0;
      for (const [term, weight] of vector) sum += (weight * idf.get(term)!) ** 2;
      norms[slot] = Math.sqrt(sum) || 1;
    });
    this.norms = norms;
    this.normsStale = false;
    return norms;
  }

  private compact() {
    const live = [...this.slotOf].map(([id, slot]) => [id, this.vectors[slot]!] as const);
    this.postings.clear();
    this.ids = [];
    this.vectors = [];
    this.slotOf.clear();
    this.dead = 0;
    for (const [id, damped] of live) this.insert(id, damped);
  }
}
