export { type IndexedKind, MatchIndex, matchIndex } from "./match-index";
export { AREA_BOOST, type Ranked, type RankQuery, rank, STRONG_MATCH } from "./rank";
export { quotedWords, terms, termWeights, tokens } from "./text";
