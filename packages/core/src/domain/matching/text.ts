import { stemmer } from "stemmer";
import { GLOSSARY } from "./glossary";

// Intl.Segmenter splits Chinese by dictionary and Latin text at spaces and punctuation, so one
// segmenter handles English, Chinese and text that mixes both.
const segmenter = new Intl.Segmenter("zh-Hant", { granularity: "word" });

const STOPWORDS = new Set([
  // English
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "for",
  "from",
  "in",
  "into",
  "is",
  "it",
  "its",
  "of",
  "on",
  "or",
  "that",
  "the",
  "their",
  "this",
  "to",
  "with",
  "without",
  "we",
  "our",
  "can",
  "will",
  "so",
  "such",
  "than",
  "more",
  "use",
  "using",
  "based",
  "new",
  "all",
  "each",
  "system",
  "solution",
  "platform",
  "service",
  "limited",
  "by",
  // Chinese function words and generic fillers
  "的",
  "及",
  "和",
  "與",
  "或",
  "以",
  "在",
  "為",
  "並",
  "並在",
  "於",
  "把",
  "將",
  "有",
  "是",
  "由",
  "等",
  "其",
  "之",
  "中",
  "可",
  "能",
  "讓",
  "使",
  "供",
  "前",
  "後",
  "內",
  "上",
  "下",
  "個",
  "各",
  "我們",
  "提供",
  "利用",
  "透過",
  "系統",
  "平台",
  "服務",
]);

const LATIN = /^[a-z0-9][a-z0-9'-]*$/;
const stem = (word: string) => (LATIN.test(word) ? stemmer(word) : word);

const CONCEPTS = new Map<string, string>();
for (const group of GLOSSARY) {
  const concept = stem(group[0] ?? "");
  for (const word of group) CONCEPTS.set(stem(word), concept);
}

/** A word as the index sees it: stemmed if English, mapped to its concept if in the glossary. */
export function normaliseTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower)) return null;
  const term = stem(lower);
  if (term.length === 0 || STOPWORDS.has(term)) return null;
  return CONCEPTS.get(term) ?? term;
}

// The segmenter's dictionary does not know every domain term (感測器 comes out as 感|測|器), so
// glossary terms in Chinese are replaced by their concept before segmenting, longest first.
const chineseTerms = [...CONCEPTS.keys()].filter((term) => !LATIN.test(term)).sort((a, b) => b.length - a.length);
const CHINESE_TERM = new RegExp(chineseTerms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** The words of a text, in order: English, Chinese or both. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  const prepared = text.replace(CHINESE_TERM, (term) => ` ${CONCEPTS.get(term) ?? term} `);
  for (const { segment, isWordLike } of segmenter.segment(prepared)) {
    if (isWordLike) words.push(segment);
  }
  return words;
}

/** Index terms of a text. */
export function terms(text: string): string[] {
  return segmentWords(text).flatMap((word) => {
    const term = normaliseTerm(word);
    return term ? [term] : [];
  });
}
