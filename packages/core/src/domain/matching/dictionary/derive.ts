/**
 * Derives the compact Chinese–English table the matcher loads (`zh-en.json`) from CC-CEDICT's
 * entries: simplified word → its short English glosses, joined by "|". Long explanations,
 * proper names, variants, surnames and pronunciation notes are left out: a gloss is a
 * translation of at most three words, as a person would write it in the other language.
 */
export type CedictEntry = [traditional: string, simplified: string, pinyin: string, senses: string | string[]];

const MAX_GLOSSES = 4;
const MAX_GLOSS_WORDS = 3;
const MAX_WORD_LENGTH = 6;
const HAN = /^\p{Script=Han}+$/u;
const UNUSABLE = /variant of|surname |Taiwan pr\.|pr\. |CL:|abbr\. |used in |see |\p{Script=Han}|\[/u;

/** One sense's alternatives as short glosses: "(HK) privacy" → "privacy", "to collude" → "collude". */
export function glossesOf(sense: string): string[] {
  return sense
    .replace(/\([^)]*\)/g, " ")
    .split(/[;,]/)
    .flatMap((alternative) => {
      if (UNUSABLE.test(alternative)) return [];
      const gloss = alternative
        .trim()
        .replace(/^(to|a|an|the)\s+/i, "")
        .replace(/\s+/g, " ")
        .toLowerCase();
      if (!gloss || !/^[a-z][a-z' -]*$/.test(gloss)) return [];
      return gloss.split(" ").length <= MAX_GLOSS_WORDS ? [gloss] : [];
    });
}

export function deriveTable(entries: Iterable<CedictEntry>): Record<string, string> {
  const glosses = new Map<string, string[]>();
  for (const [, simplified, pinyin, senses] of entries) {
    if (!HAN.test(simplified) || simplified.length > MAX_WORD_LENGTH) continue;
    // Capitalised pinyin marks a proper name (a place, a person, a brand).
    if (/^[A-Z]/.test(pinyin)) continue;
    const list = glosses.get(simplified) ?? [];
    for (const sense of Array.isArray(senses) ? senses : [senses]) {
      for (const gloss of glossesOf(sense)) if (!list.includes(gloss)) list.push(gloss);
    }
    glosses.set(simplified, list);
  }
  const table: Record<string, string> = {};
  for (const [word, list] of [...glosses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (list.length > 0) table[word] = list.slice(0, MAX_GLOSSES).join("|");
  }
  return table;
}
