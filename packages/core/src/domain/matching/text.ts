import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { Converter } from "opencc-js/t2cn";
import { stemmer } from "stemmer";
import table from "./dictionary/zh-en.json";
import { GLOSSARY } from "./glossary";
import { ENGLISH_STOPWORDS, isChineseStopword } from "./stopwords";

/**
 * How a text becomes index terms, in one term space for both languages: English words are
 * stemmed; Chinese is converted to Simplified (the segmenter's and the dictionary's script),
 * cut into words by jieba, and each word stands for itself and for its English meanings from
 * CC-CEDICT. So 監測 matches 監測 fully and "monitoring" through its meaning "monitor".
 */
export interface Token {
  /** The word as the text writes it. */
  surface: string;
  /** The word's own term: an English stem, or a Chinese word in Simplified characters. */
  key: string;
  /** English stems the word means, each with the weight it carries. */
  meanings: ReadonlyArray<readonly [stem: string, weight: number]>;
  /** A Chinese word of one character: weighed lightly and never quoted as a reason. */
  lone: boolean;
}

/** Weight of a word's English meanings, shared among them (a word with many meanings is vaguer). */
export const MEANING_WEIGHT = 1;
/** How much a lone Chinese character counts against a word. */
export const LONE_WEIGHT = 0.3;

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const DIGITS = /^\p{N}+$/u;

let segmenter: { jieba: Jieba; toSimplified: (text: string) => string } | undefined;
function chinese() {
  if (!segmenter) {
    const jieba = Jieba.withDict(dict);
    // The glossary's words are lab terms the dictionaries lack: cut them whole.
    const toSimplified = Converter({ from: "hk", to: "cn" });
    const extra = Object.keys(GLOSSARY)
      .filter((word) => HAN.test(word))
      .map((word) => `${toSimplified(word)} 100000 n`)
      .join("\n");
    jieba.loadDict(new TextEncoder().encode(extra));
    segmenter = { jieba, toSimplified };
  }
  return segmenter;
}

const dictionary = table as Record<string, string>;
const glossary = new Map(Object.entries(GLOSSARY).map(([word, glosses]) => [word.toLowerCase(), glosses]));
const meaningCache = new Map<string, ReadonlyArray<readonly [string, number]>>();

const stem = (word: string) => stemmer(word.toLowerCase());

/** A word's English meanings ("supervise|manage") as stems, their weight shared among them. */
function meaningsOf(glosses: string | undefined): ReadonlyArray<readonly [string, number]> {
  if (!glosses) return [];
  let meanings = meaningCache.get(glosses);
  if (!meanings) {
    const stems = new Set<string>();
    for (const word of glosses.split(/[| ]/)) {
      if (word && !ENGLISH_STOPWORDS.has(word)) stems.add(stem(word));
    }
    const weight = stems.size > 0 ? MEANING_WEIGHT / Math.sqrt(stems.size) : 0;
    meanings = [...stems].filter((s) => !ENGLISH_STOPWORDS.has(s)).map((s) => [s, weight] as const);
    meaningCache.set(glosses, meanings);
  }
  return meanings;
}

function englishTokens(text: string, into: Token[]) {
  for (const [surface] of text.matchAll(LATIN_WORD)) {
    const lower = surface.toLowerCase().replace(/'s$/, "");
    if (DIGITS.test(lower) || ENGLISH_STOPWORDS.has(lower)) continue;
    const key = stem(lower);
    if (!key || ENGLISH_STOPWORDS.has(key)) continue;
    into.push({ surface, key, meanings: meaningsOf(glossary.get(lower)), lone: false });
  }
}

function chineseTokens(run: string, into: Token[]) {
  const { jieba, toSimplified } = chinese();
  const simplified = toSimplified(run);
  // Conversion keeps length for all but a few phrases: then offsets give the words as written.
  const aligned = simplified.length === run.length;
  let at = 0;
  for (const word of jieba.cut(simplified, true)) {
    const surface = aligned ? run.slice(at, at + word.length) : word;
    at += word.length;
    if (isChineseStopword(word)) continue;
    const known = glossary.get(surface) ?? dictionary[word];
    const lone = word.length === 1;
    if (known || lone) {
      into.push({ surface, key: word, meanings: meaningsOf(known), lone });
      continue;
    }
    // A word no dictionary knows (a new compound): it means what its characters mean.
    const meanings = [...word].flatMap((char) =>
      meaningsOf(dictionary[char]).map(([s, weight]) => [s, weight * LONE_WEIGHT] as const),
    );
    into.push({ surface, key: word, meanings, lone: false });
  }
}

/** The words of a text in order, English and Chinese, with what each means. */
export function tokens(text: string): Token[] {
  const result: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    englishTokens(text.slice(last, match.index), result);
    chineseTokens(match[0], result);
    last = match.index + match[0].length;
  }
  englishTokens(text.slice(last), result);
  return result;
}

/** A text as a vector of terms: each word's own term and its meanings, summed. */
export function termWeights(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, (weights.get(term) ?? 0) + weight);
  for (const token of tokens(text)) {
    const scale = token.lone ? LONE_WEIGHT : 1;
    add(token.key, scale);
    for (const [meaning, weight] of token.meanings) add(meaning, weight * scale);
  }
  return weights;
}

/** The distinct terms of a text. */
export function terms(text: string): string[] {
  return [...termWeights(text).keys()];
}

/** The words of a text that carry any of `matched` terms, as written, whole words only. */
export function quotedWords(text: string, matched: ReadonlySet<string>, max = 5): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens(text)) {
    if (token.lone || seen.has(token.key)) continue;
    if (!matched.has(token.key) && !token.meanings.some(([meaning]) => matched.has(meaning))) continue;
    seen.add(token.key);
    words.push(token.surface);
    if (words.length >= max) break;
  }
  return words;
}
