// Tuning aid: the matching figures on the evaluation set's development part only (the held-out
// part is never loaded here). `pnpm --filter @innolab/core exec tsx scripts/tune-matching.ts [boost...]`
import { createTestDatabase } from "@innolab/db/testing";
import { matchIndex } from "../src/domain/matching/match-index";
import { rank } from "../src/domain/matching/rank";
import { loadEvalSet, measure } from "../test/matching/eval-lab";
import { DISTRACTORS, EVAL_TOPICS } from "../test/matching/eval-set";

const database = await createTestDatabase("sqlite");
try {
  const catalogue = await loadEvalSet(database.db, EVAL_TOPICS, DISTRACTORS);
  const boosts = process.argv.slice(2).map(Number);
  for (const areaBoost of boosts.length ? boosts : [undefined]) {
    console.info(JSON.stringify({ areaBoost, ...(await measure(database.db, catalogue, undefined, { areaBoost })) }));
  }
  // Where to put the floor: scores of good and other pairs in each need's top ten.
  const index = matchIndex(database.db, "solution");
  const good: number[] = [];
  const other: number[] = [];
  for (const need of catalogue.needs) {
    const ranked = rank(index, { text: need.text, areaIds: need.areaIds, limit: 10 });
    for (const hit of ranked) (catalogue.topicOfSolution.get(hit.id) === need.topic ? good : other).push(hit.score);
  }
  const share = (list: number[], floor: number) => (list.filter((s) => s >= floor).length / list.length).toFixed(2);
  for (const floor of [0.1, 0.15, 0.2, 0.25, 0.3]) {
    console.info(`floor ${floor}: good above ${share(good, floor)}, others above ${share(other, floor)}`);
  }
} finally {
  await database.drop();
}
