export { type IndexedKind, MatchIndex, matchIndex } from "./match-index";
export { AREA_WEIGHT, type Ranked, type RankQuery, rank, TEXT_WEIGHT } from "./rank";
export { SUGGESTION_THRESHOLD } from "./suggestions";
export { normaliseTerm, segmentWords, terms } from "./text";
