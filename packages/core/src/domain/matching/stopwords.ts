/**
 * Words that say nothing about what a need or a solution is for: function words, the fillers of
 * dictionary glosses ("sb", "sth") and the generic words every submission uses ("system",
 * "solution", "提供"). Chinese in Simplified characters, as the segmenter sees it.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about after all also an and any are as at be been before being between both but by can could
  do does each either etc for from get go had has have how if in into is it its may more most must
  no not of off on one oneself one's only onto or other our out over own per sb so some sth such
  than that the their them then there these they this those through to too under up upon use used
  using very via was we well were what when where which while who whom why will with within without
  would you your
  all based new make made thing things something someone kind sort way etc
  system systems solution solutions platform platforms service services provide provides limited
  help helps allow allows enable enables need needs want wants`
    .split(/\s+/)
    .filter(Boolean),
);

const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  `的 了 着 及 和 与 或 以 在 为 并 于 把 将 有 是 由 等 其 之 中 可 能 让 使 供 前 后 内 上 下 个 各 也 都
  就 又 而 但 被 给 向 从 对 到 这 那 此 该 每 所 已 会 要 不 没 很 更 最 再 即 如 若 则 因 因此 所以
  我们 他们 你们 我 你 他 她 它 提供 利用 透过 通过 系统 平台 服务 方案 希望 需要 可以 能够 进行 相关
  以便 以及 并且 或者 如果 一些 这些 那些 一个 不同`
    .split(/\s+/)
    .filter(Boolean),
);

export const isChineseStopword = (word: string) => CHINESE_STOPWORDS.has(word);
